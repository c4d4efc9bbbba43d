#include "core/TicketNotificationPolicy.h"

#include "core/TicketInbox.h"

#include <algorithm>

namespace p2pdesk::workstation {

std::optional<Notification> TicketNotificationPolicy::onCustomerMessage(const proto::TicketSummary &ticket,
                                                                        qint64 nowMs)
{
    // Forget bursts long over, so a desk that runs for weeks does not keep every ticket it saw.
    if (m_lastMessageAt.size() > 512) {
        m_lastMessageAt.removeIf(
            [nowMs](QHash<qint64, qint64>::iterator entry) { return nowMs - entry.value() > kBurstMsecs; });
    }
    const auto previous = m_lastMessageAt.constFind(ticket.id);
    const bool inBurst = previous != m_lastMessageAt.constEnd() && nowMs - previous.value() < kBurstMsecs;
    m_lastMessageAt.insert(ticket.id, nowMs);
    if (inBurst || ticket.status != "open")
        return std::nullopt;
    const bool mine = ticket.assignee && ticket.assignee->id == m_operatorId;
    if (ticket.assignee && !mine)
        return std::nullopt;

    Notification notification;
    notification.ticketId = ticket.id;
    notification.orderId = ticket.orderId.value_or(0);
    const QString customer = TicketInbox::customerName(ticket);
    const int unread = static_cast<int>(std::max<std::int64_t>(ticket.unread, 1));
    if (ticket.orderCode) {
        notification.title = tr("Customer message on order %1").arg(QString::fromStdString(*ticket.orderCode));
        notification.text = tr("%1: %n unread message(s).", nullptr, unread).arg(customer);
    } else {
        notification.title = tr("Message from %1").arg(customer);
        notification.text = tr("%n unread message(s).", nullptr, unread);
    }
    if (!ticket.assignee)
        notification.text += u' ' + tr("Nobody has taken this ticket yet.");
    return notification;
}

} // namespace p2pdesk::workstation
