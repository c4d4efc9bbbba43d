#pragma once

// Support tickets as syncd lists them, for the support inbox's tests and benchmark.
#include "Orders.h"

#include "p2pdesk/proto/Tickets.h"

#include <cstdint>
#include <optional>
#include <string>

namespace p2pdesk::workstation::test {

// An open, unassigned, normal-priority general ticket of customer "customer<id>" with one unread
// message `minutesAgo` ago and its first answer due `dueInMinutes` from `nowMs` (negative: overdue).
inline proto::TicketSummary makeTicket(std::int64_t id, qint64 nowMs, int minutesAgo = 5, int dueInMinutes = 10)
{
    proto::TicketSummary ticket;
    ticket.id = id;
    ticket.customer = proto::CustomerRef{100 + id, 7'000'000 + id, "customer" + std::to_string(id)};
    ticket.lastCustomerMessageAt = timestampFromMsecs(nowMs - qint64(minutesAgo) * 60'000);
    ticket.firstResponseDueAt = timestampFromMsecs(nowMs + qint64(dueInMinutes) * 60'000);
    ticket.lastMessageId = id * 10;
    ticket.createdAt = timestampFromMsecs(nowMs - qint64(minutesAgo + 1) * 60'000);
    ticket.updatedAt = ticket.createdAt;
    ticket.unread = 1;
    return ticket;
}

inline proto::TicketSummary withOrder(proto::TicketSummary ticket, std::int64_t orderId, const std::string &status)
{
    ticket.orderId = orderId;
    ticket.orderCode = "P-" + std::to_string(1000 + orderId);
    ticket.orderStatus = status;
    return ticket;
}

inline proto::TicketSummary assignedTo(proto::TicketSummary ticket, std::int64_t operatorId)
{
    ticket.assignee = proto::OperatorRef{operatorId, "operator" + std::to_string(operatorId)};
    return ticket;
}

inline proto::TicketSummary closed(proto::TicketSummary ticket, qint64 nowMs)
{
    ticket.status = "closed";
    ticket.closedAt = timestampFromMsecs(nowMs);
    ticket.firstResponseDueAt.reset();
    ticket.nextResponseDueAt.reset();
    ticket.unread = 0;
    return ticket;
}

} // namespace p2pdesk::workstation::test
