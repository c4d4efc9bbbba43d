#pragma once

#include "p2pdesk/proto/Timestamp.h"

#include <pqxx/transaction>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::db {

// One support ticket with what the list shows beside it (customer, order, assignee) and, for the
// reading operator, the unread count. Timestamps are the database's.
struct TicketRow {
    std::int64_t id = 0;
    std::int64_t customerId = 0;
    std::int64_t customerTelegramId = 0;
    std::optional<std::string> customerUsername;
    std::optional<std::string> customerFirstName;
    std::optional<std::int64_t> orderId;
    std::optional<std::string> orderCode;
    std::optional<std::string> orderStatus;
    std::string status;   // open | closed
    std::string priority; // normal | urgent
    std::optional<std::int64_t> assigneeId;
    std::optional<std::string> assigneeUsername;
    std::optional<proto::Timestamp> firstResponseDueAt;
    std::optional<proto::Timestamp> nextResponseDueAt;
    std::optional<proto::Timestamp> firstRespondedAt;
    std::optional<proto::Timestamp> lastCustomerMessageAt;
    std::optional<std::int64_t> lastMessageId;
    std::optional<proto::Timestamp> closedAt;
    proto::Timestamp createdAt{};
    proto::Timestamp updatedAt{};
    std::int64_t version = 1;
    std::int64_t unread = 0;
    bool overdue = false;
};

struct TicketFilter {
    std::int64_t viewerId = 0; // unread counts are this operator's
    // One ticket's row (the workstation refreshes a single row on a change-feed event without
    // reading the ticket's messages); the other filters still apply.
    std::optional<std::int64_t> ticketId;
    std::optional<std::string> status;
    std::optional<std::int64_t> assigneeId;
    bool unassigned = false;
    bool overdue = false;
    bool urgent = false;
    std::optional<std::int64_t> orderId;
    std::optional<std::int64_t> customerId;
    std::optional<std::string> text; // order code, customer username / first name, message text
    std::int64_t limit = 50;
    std::int64_t offset = 0;
};

// `support_tickets`. Takes the caller's transaction, never opens one. Every change bumps version and
// updated_at.
class TicketRepository final {
public:
    TicketRepository() = delete;

    // The ticket of this order (orderId set) or the customer's general one, created when missing and
    // locked FOR UPDATE either way. Two first messages racing meet on the unique indexes
    // (ON CONFLICT DO NOTHING, then read the winner's row).
    static std::int64_t findOrCreateLocked(pqxx::work &work, std::int64_t customerId,
                                           std::optional<std::int64_t> orderId);
    // The ticket id locked FOR UPDATE; nullopt when unknown.
    static std::optional<std::int64_t> lock(pqxx::work &work, std::int64_t id);
    static std::optional<TicketRow> find(pqxx::work &work, std::int64_t id, std::int64_t viewerId);
    // Sorted by SLA: the earliest response deadline first (so overdue first), then urgent first,
    // then the most recent customer message.
    static std::vector<TicketRow> list(pqxx::work &work, const TicketFilter &filter);
    // The customer's newest order that is not finished (COMPLETED / CANCELLED).
    static std::optional<std::int64_t> activeOrderOf(pqxx::work &work, std::int64_t customerId);
    // Whether the order exists and belongs to the customer.
    static bool orderOfCustomer(pqxx::work &work, std::int64_t orderId, std::int64_t customerId);
    // The ticket of an order, if any.
    static std::optional<std::int64_t> ticketOfOrder(pqxx::work &work, std::int64_t orderId);

    // A customer wrote: reopens a closed ticket (returns true when it did), records the message as
    // the last one and starts the answer clock — the first-response deadline until an operator has
    // answered once, the next-response deadline after that; a clock already running keeps its
    // earlier deadline.
    static bool onCustomerMessage(pqxx::work &work, std::int64_t id, std::int64_t messageId, int firstResponseMinutes,
                                  int nextResponseMinutes);
    // An operator answered the customer: the first answer is recorded, both clocks stop.
    static void onOperatorReply(pqxx::work &work, std::int64_t id, std::int64_t messageId);
    // A message that starts no clock (private note, system line).
    static void onOtherMessage(pqxx::work &work, std::int64_t id, std::int64_t messageId);
    static void setAssignee(pqxx::work &work, std::int64_t id, std::optional<std::int64_t> operatorId);
    static void setPriority(pqxx::work &work, std::int64_t id, const std::string &priority);
    // Closing stops both clocks; reopening leaves them stopped until the customer writes.
    static void setStatus(pqxx::work &work, std::int64_t id, const std::string &status);
};

} // namespace p2pdesk::syncd::db
