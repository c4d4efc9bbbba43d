#include "core/OrderSnapshot.h"

#include <chrono>

namespace p2pdesk::workstation {

qint64 toMsecsSinceEpoch(const proto::Timestamp &timestamp)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(timestamp.time_since_epoch()).count();
}

OrderSnapshot OrderSnapshot::fromSummary(proto::OrderSummary summary)
{
    OrderSnapshot row;
    row.code = QString::fromStdString(summary.code);
    row.customer = summary.customer.username && !summary.customer.username->empty()
                       ? QString(u'@' + QString::fromStdString(*summary.customer.username))
                       : QString(QStringLiteral("tg:") + QString::number(summary.customer.telegramId));
    row.holder = summary.holder ? QString::fromStdString(summary.holder->username) : QString();
    row.createdAtMs = toMsecsSinceEpoch(summary.createdAt);
    row.deadlineMs = summary.statusDeadline ? toMsecsSinceEpoch(*summary.statusDeadline) : -1;
    for (const proto::RiskBrief &risk : summary.risk) {
        if (risk.severity != proto::RiskSeverity::Info)
            row.onHold = true;
    }
    row.searchKey =
        (row.code + u' ' + row.customer + u' ' + row.holder + u' ' + QString::fromStdString(summary.asset) + u' ' +
         QString::fromStdString(summary.fiatCurrency) + u' ' + QString::fromStdString(summary.requisitesMasked) + u' ' +
         QString::fromStdString(summary.payoutBankName.value_or(std::string())))
            .toLower();
    row.summary = std::move(summary);
    return row;
}

} // namespace p2pdesk::workstation
