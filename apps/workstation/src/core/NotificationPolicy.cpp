#include "core/NotificationPolicy.h"

#include <QCoreApplication>

namespace p2pdesk::workstation {

namespace {

QString amounts(const proto::OrderSummary &order)
{
    return QString::fromStdString(order.amountCrypto.toString() + ' ' + order.asset + " / " +
                                  order.amountFiat.toString() + ' ' + order.fiatCurrency);
}

} // namespace

Notifier::~Notifier() = default;

std::optional<Notification> NotificationPolicy::decide(const std::optional<proto::OrderSummary> &before,
                                                       const proto::OrderSummary &after) const
{
    using S = domain::OrderStatus;
    const QString code = QString::fromStdString(after.code);
    if (!before) {
        if (after.status != S::New)
            return std::nullopt;
        return Notification{after.id, tr("New order %1").arg(code), amounts(after)};
    }
    if (before->status == after.status)
        return std::nullopt;
    const bool mine = after.holder && after.holder->id == m_operatorId;
    if (mine && (after.status == S::OperatorVerifyProof || after.status == S::UserMarkedSent)) {
        return Notification{after.id, tr("Order %1: the customer sent the crypto").arg(code),
                            tr("Check the proof and verify the payment.")};
    }
    if (mine && after.status == S::Dispute)
        return Notification{after.id, tr("Order %1 is disputed").arg(code), amounts(after)};
    if (m_isSenior && !mine && after.status == S::PaymentVerified) {
        return Notification{after.id, tr("Order %1 may need your approval").arg(code), amounts(after)};
    }
    if (m_isSenior && !mine && after.status == S::Dispute)
        return Notification{after.id, tr("Dispute on order %1").arg(code), amounts(after)};
    return std::nullopt;
}

} // namespace p2pdesk::workstation
