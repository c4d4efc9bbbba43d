#pragma once

#include "core/NotificationPolicy.h"

#include "p2pdesk/proto/Tickets.h"

#include <QCoreApplication>
#include <QHash>

#include <cstdint>
#include <optional>

namespace p2pdesk::workstation {

// Which customer messages in the support inbox interrupt the operator: a message in an open
// ticket assigned to them or to nobody (someone else's customer is someone else's to answer),
// once per burst — a customer typing three lines in a row is one interruption, not three. A burst
// ends after kBurstMsecs without a customer message in that ticket; the next one notifies again.
class TicketNotificationPolicy final {
    Q_DECLARE_TR_FUNCTIONS(TicketNotificationPolicy)

public:
    static constexpr qint64 kBurstMsecs = 30'000;

    explicit TicketNotificationPolicy(std::int64_t operatorId)
        : m_operatorId(operatorId)
    {
    }

    // A customer wrote in `ticket` (the ticket as syncd lists it after the message) at `nowMs`.
    // Every call extends the ticket's burst, also one that does not notify (assigned elsewhere).
    std::optional<Notification> onCustomerMessage(const proto::TicketSummary &ticket, qint64 nowMs);

private:
    std::int64_t m_operatorId;
    QHash<qint64, qint64> m_lastMessageAt; // ticket id → the latest customer message seen
};

} // namespace p2pdesk::workstation
