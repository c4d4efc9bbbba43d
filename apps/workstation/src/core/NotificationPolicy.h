#pragma once

#include "p2pdesk/proto/Orders.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>

namespace p2pdesk::workstation {

struct Notification {
    std::int64_t orderId = 0;
    QString title;
    QString text;
    std::int64_t ticketId = 0; // a support ticket's notification: clicking it opens the ticket
};

// Shows notifications (the tray icon in the app, a recorder in tests).
class Notifier {
public:
    virtual ~Notifier();
    virtual void notify(const Notification &notification) = 0;
};

// Which live changes deserve to interrupt the operator: a new order, or an order that now waits
// for this operator (as holder, or as a senior for approvals and disputes).
class NotificationPolicy final {
    Q_DECLARE_TR_FUNCTIONS(NotificationPolicy)

public:
    NotificationPolicy(std::int64_t operatorId, bool isSenior)
        : m_operatorId(operatorId)
        , m_isSenior(isSenior)
    {
    }

    std::optional<Notification> decide(const std::optional<proto::OrderSummary> &before,
                                       const proto::OrderSummary &after) const;

private:
    std::int64_t m_operatorId;
    bool m_isSenior;
};

} // namespace p2pdesk::workstation
