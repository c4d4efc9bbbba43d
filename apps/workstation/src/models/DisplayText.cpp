#include "models/DisplayText.h"

#include "core/OrderSnapshot.h"

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/domain/Fiat.h"
#include "p2pdesk/domain/RiskRules.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>
#include <array>
#include <utility>

namespace p2pdesk::workstation {

namespace {

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

QString DisplayText::riskRule(std::string_view rule)
{
    namespace r = domain::rule;
    if (rule == r::kCustomerOrders24h)
        return tr("Many orders from this customer in 24 h");
    if (rule == r::kCustomerVolume24h)
        return tr("High volume from this customer in 24 h");
    if (rule == r::kPayoutAccountOrders24h)
        return tr("Many orders to this payout account in 24 h");
    if (rule == r::kSingleOrderMax)
        return tr("Order above the single-order limit");
    if (rule == r::kRequisitesChanges30d)
        return tr("Payout details changed often in 30 days");
    if (rule == r::kFirstOrderAbove)
        return tr("Large first order");
    if (rule == r::kProofReuse)
        return tr("Proof file already used on another order");
    if (rule == r::kTxidReuse)
        return tr("Transaction id already used on another order");
    if (rule == r::kLimitsMissing)
        return tr("Risk limits not configured");
    if (rule == r::kCustomerBlocked)
        return tr("Customer blocked");
    if (rule == r::kNewPayoutAccountAbove)
        return tr("First payout to new payout details");
    if (rule == r::kPayoutAccountCustomers30d)
        return tr("Payout account used by other customers in 30 days");
    if (rule == r::kAmountAboveUsual)
        return tr("Amount far above this customer's usual");
    if (rule == r::kRequisitesChangedNearOrder)
        return tr("Payout details changed minutes after another order");
    if (rule == r::kKycLevel0Volume30d)
        return tr("30-day volume above the unverified customer's limit");
    if (rule == r::kKycLevel1Volume30d)
        return tr("30-day volume above the limit of verification level 1");
    if (rule == r::kKycLevel2Volume30d)
        return tr("30-day volume above the limit of verification level 2");
    if (rule == r::kSenderAddressRisk)
        return tr("Sender address above the AML risk limit");
    // A rule a newer syncd knows: say so in words, the code is in the tooltip.
    return tr("Other risk rule");
}

QString DisplayText::riskRuleMeaning(std::string_view rule)
{
    namespace r = domain::rule;
    if (rule == r::kSingleOrderMax)
        return tr("Fires when one order's amount in this currency is above the threshold.");
    if (rule == r::kCustomerVolume24h)
        return tr("Fires when a customer's orders in this currency over 24 hours, this one included, add up to more "
                  "than the threshold.");
    if (rule == r::kFirstOrderAbove)
        return tr("Fires when a customer's very first order is above the threshold in this currency.");
    if (rule == r::kNewPayoutAccountAbove)
        return tr("Fires when the first payout to payout details the desk has never paid is above the threshold: a "
                  "cooling-off against stolen accounts.");
    if (rule == r::kCustomerOrders24h)
        return tr("Fires when a customer places more orders in 24 hours than the threshold.");
    if (rule == r::kPayoutAccountOrders24h)
        return tr("Fires when more orders than the threshold pay out to one payout account in 24 hours, whoever the "
                  "customers are.");
    if (rule == r::kRequisitesChanges30d)
        return tr("Fires when a customer changes their payout details more often in 30 days than the threshold.");
    if (rule == r::kPayoutAccountCustomers30d)
        return tr("Fires when more other customers than the threshold were paid to the same payout account in 30 "
                  "days: the pattern of a money mule.");
    if (rule == r::kAmountAboveUsual)
        return tr("Fires when an order is above the threshold times the customer's median order (once they have "
                  "three completed orders in that currency).");
    if (rule == r::kRequisitesChangedNearOrder)
        return tr("Fires when a customer brings new payout details within the threshold in minutes of their "
                  "previous order: the pattern of a hijacked account.");
    if (rule == r::kKycLevel0Volume30d)
        return tr("Fires when an unverified customer's orders in this currency over 30 days, this one included, add "
                  "up to more than the threshold.");
    if (rule == r::kKycLevel1Volume30d)
        return tr("Fires when the orders in this currency over 30 days of a customer at verification level 1 (an "
                  "identity document checked), this one included, add up to more than the threshold.");
    if (rule == r::kKycLevel2Volume30d)
        return tr("Fires when the orders in this currency over 30 days of a customer at verification level 2 (fully "
                  "verified), this one included, add up to more than the threshold.");
    if (rule == r::kSenderAddressRisk)
        return tr("Fires when the address a customer's crypto came from scores above the desk's limit (Desk settings) "
                  "in an AML screening: the order waits for a senior.");
    return tr("A rule this workstation does not describe yet.");
}

QString DisplayText::kycLevel(domain::KycLevel level)
{
    switch (level) {
    case domain::KycLevel::Unverified:
        return tr("Level 0 — unverified");
    case domain::KycLevel::Basic:
        return tr("Level 1 — identity document checked");
    case domain::KycLevel::Full:
        return tr("Level 2 — fully verified");
    }
    return {};
}

QString DisplayText::limitAction(proto::LimitAction action)
{
    switch (action) {
    case proto::LimitAction::Flag:
        return tr("Flag");
    case proto::LimitAction::Hold:
        return tr("Hold");
    case proto::LimitAction::Block:
        return tr("Block");
    }
    return {};
}

QString DisplayText::riskRuleTooltip(std::string_view rule, proto::RiskSeverity severity)
{
    return tr("%1 — %2 (rule %3)").arg(riskRule(rule), DisplayText::severity(severity), fromStd(rule));
}

QString DisplayText::severity(proto::RiskSeverity severity)
{
    switch (severity) {
    case proto::RiskSeverity::Info:
        return tr("for information");
    case proto::RiskSeverity::Hold:
        return tr("on hold");
    case proto::RiskSeverity::Block:
        return tr("blocked");
    }
    return {};
}

QString DisplayText::riskFigures(const proto::Json &figures, std::string_view rule)
{
    if (!figures.is_object())
        return {};
    const auto text = [&figures](const char *key) -> QString {
        const auto it = figures.find(key);
        if (it == figures.end())
            return {};
        return it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString::fromStdString(it->dump());
    };
    const QString observed = text("observed");
    const QString limit = text("limit");
    // risk_limits_missing: the fiat, and "none" for the limit it lacks.
    if (!observed.isEmpty() && limit == u"none")
        return tr("%1, no limit set").arg(observed);
    // An AML risk score against the desk's setting: "score 87 of 100 (limit 70)".
    if (rule == domain::rule::kSenderAddressRisk && !observed.isEmpty() && !limit.isEmpty())
        return tr("score %1 of 100 (limit %2)").arg(observed, limit);
    if (!observed.isEmpty() && !limit.isEmpty())
        return tr("%1 (limit %2)").arg(observed, limit);
    if (!observed.isEmpty())
        return observed;
    return {};
}

QString DisplayText::error(const ApiError &error)
{
    return error.sentence(); // the code goes in the tooltip (errorTooltip)
}

QString DisplayText::errorTooltip(const ApiError &error)
{
    if (error.code.isEmpty())
        return {};
    QString text = error.httpStatus > 0
                       ? tr("Error code for support: %1 (HTTP %2)").arg(error.code).arg(error.httpStatus)
                       : tr("Error code for support: %1").arg(error.code);
    // The admin finds the server's side of it by this id in syncd's log.
    if (!error.requestId.isEmpty())
        text += u'\n' + tr("Request id: %1").arg(error.requestId);
    return text;
}

QString DisplayText::actor(const proto::Actor &actor)
{
    const QString name = actor.name ? QString::fromStdString(*actor.name) : QString();
    switch (actor.kind) {
    case proto::ActorKind::Operator:
        return name.isEmpty() ? tr("operator %1").arg(actor.id.value_or(0)) : name;
    case proto::ActorKind::Customer:
        return name.isEmpty() ? tr("customer") : tr("customer @%1").arg(name);
    case proto::ActorKind::System:
        return tr("system");
    }
    return {};
}

QString DisplayText::operatorName(const std::optional<proto::OperatorRef> &ref)
{
    if (!ref)
        return tr("nobody");
    return ref->username.empty() ? tr("operator %1").arg(ref->id) : QString::fromStdString(ref->username);
}

QString DisplayText::customerName(const proto::CustomerInfo &c)
{
    const QString username = c.username ? QStringLiteral("@") + QString::fromStdString(*c.username) : QString();
    const QString first = QString::fromStdString(c.firstName.value_or("")).trimmed();
    if (!first.isEmpty() && !username.isEmpty())
        return tr("%1 (%2)", "first name (@username)").arg(first, username);
    if (!first.isEmpty())
        return first;
    if (!username.isEmpty())
        return username;
    return tr("Customer %1").arg(c.telegramId);
}

QString DisplayText::approvalLine(const proto::OrderDetail &detail, std::optional<bool> needsApproval,
                                  bool validApproval)
{
    using S = domain::OrderStatus;
    const proto::Approval *latest = nullptr;
    const proto::Approval *latestApprove = nullptr;
    for (const proto::Approval &approval : detail.approvals) {
        if (!latest || approval.at >= latest->at)
            latest = &approval;
        if (approval.decision == proto::ApprovalDecision::Approve &&
            (!latestApprove || approval.at >= latestApprove->at))
            latestApprove = &approval;
    }
    const auto approvedBy = [](const proto::Approval &a) {
        return tr("Approved by %1 at %2").arg(QString::fromStdString(a.approver.username), dateTime(a.at));
    };
    const auto rejectedBy = [](const proto::Approval &a) {
        return tr("Rejected by %1 at %2").arg(QString::fromStdString(a.approver.username), dateTime(a.at));
    };
    const S status = detail.summary.status;
    if (validApproval) {
        const proto::Approval *current = nullptr;
        for (const proto::Approval &approval : detail.approvals) {
            if (approval.orderVersion == detail.summary.version && (!current || approval.at >= current->at))
                current = &approval;
        }
        if (current)
            return approvedBy(*current);
    }
    switch (status) {
    case S::ProcessingPayout:
    case S::PaidOut:
    case S::Completed:
        // The payout started: it was approved, or it needed no approval.
        return latestApprove ? approvedBy(*latestApprove) : tr("Not needed");
    case S::Cancelled:
    case S::Dispute:
        if (latest)
            return latest->decision == proto::ApprovalDecision::Approve ? approvedBy(*latest) : rejectedBy(*latest);
        return needsApproval == true ? tr("Not given") : tr("Not needed");
    default:
        break;
    }
    if (needsApproval == false)
        return tr("Not needed (below the threshold)");
    if (needsApproval == true) {
        if (latest && latest->orderVersion == detail.summary.version &&
            latest->decision == proto::ApprovalDecision::Reject)
            return rejectedBy(*latest) + u' ' + tr("— another senior may still approve.");
        return status == S::PaymentVerified ? tr("Waiting for a second senior (above the threshold)")
                                            : tr("Needed before the payout (above the threshold)");
    }
    return tr("Checked by the server when the payout starts");
}

int DisplayText::cryptoPrecision(std::string_view asset, std::string_view network)
{
    // Stablecoins are dollars: cents are what people count. The desk stores them at 6 places;
    // digits beyond the cents still show when they are not zero.
    if (asset == "USDT" || asset == "USDC")
        return 2;
    if (!network.empty()) {
        if (const auto found = domain::findAsset(asset, network))
            return found->amountScale;
    }
    for (const domain::Asset &known : domain::assets()) {
        if (known.code == asset)
            return known.amountScale;
    }
    return 2;
}

int DisplayText::fiatPrecision(std::string_view fiat)
{
    const auto found = domain::fiat(fiat);
    return found.ok() ? found.value().decimals : 2;
}

QString DisplayText::number(const domain::Decimal &value, int minDecimals, const QLocale &locale)
{
    // Decimal::toString: digits, optional ".", exactly scale() fraction digits, no sign, no grouping.
    const QString raw = QString::fromStdString(value.toString());
    const qsizetype dot = raw.indexOf(u'.');
    QString integer = dot < 0 ? raw : raw.left(dot);
    QString fraction = dot < 0 ? QString() : raw.mid(dot + 1);
    while (fraction.size() > minDecimals && fraction.endsWith(u'0'))
        fraction.chop(1);
    while (fraction.size() < minDecimals)
        fraction.append(u'0');
    const bool group = !(locale.numberOptions() & QLocale::OmitGroupSeparator);
    if (group && integer.size() > 3) {
        const QString separator = locale.groupSeparator();
        for (qsizetype at = integer.size() - 3; at > 0; at -= 3)
            integer.insert(at, separator);
    }
    if (fraction.isEmpty())
        return integer;
    return integer + locale.decimalPoint() + fraction;
}

QString DisplayText::cryptoAmount(const domain::Decimal &value, std::string_view asset, std::string_view network,
                                  const QLocale &locale)
{
    return tr("%1 %2", "amount, asset").arg(number(value, cryptoPrecision(asset, network), locale), fromStd(asset));
}

QString DisplayText::fiatAmount(const domain::Decimal &value, std::string_view fiat, const QLocale &locale)
{
    return tr("%1 %2", "amount, currency").arg(number(value, fiatPrecision(fiat), locale), fromStd(fiat));
}

QString DisplayText::rate(const domain::Decimal &value, std::string_view fiat, const QLocale &locale)
{
    return number(value, fiatPrecision(fiat), locale);
}

QString DisplayText::dateTime(qint64 msecsSinceEpoch, const QLocale &locale)
{
    return locale.toString(QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch), QLocale::ShortFormat);
}

QString DisplayText::dateTime(const proto::Timestamp &at, const QLocale &locale)
{
    return dateTime(toMsecsSinceEpoch(at), locale);
}

QString DisplayText::duration(qint64 msecs)
{
    const qint64 seconds = std::max<qint64>(0, msecs / 1000);
    if (seconds < 60)
        return tr("%n s", nullptr, int(seconds));
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    if (minutes < 24 * 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(minutes / (24 * 60)).arg((minutes % (24 * 60)) / 60);
}

QString DisplayText::deadline(qint64 deadlineMs, qint64 nowMs)
{
    const qint64 left = deadlineMs - nowMs;
    return left >= 0 ? tr("in %1", "deadline").arg(duration(left)) : tr("overdue by %1").arg(duration(-left));
}

QString DisplayText::deadlineTooltip(qint64 deadlineMs, const QLocale &locale)
{
    return tr("Deadline: %1").arg(dateTime(deadlineMs, locale));
}

Urgency DisplayText::urgency(qint64 deadlineMs, qint64 nowMs)
{
    if (deadlineMs < 0)
        return Urgency::None;
    const qint64 left = deadlineMs - nowMs;
    if (left < 0)
        return Urgency::Overdue;
    return left <= kSoonMsecs ? Urgency::Soon : Urgency::Normal;
}

QColor DisplayText::urgencyColor(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Overdue:
        return QColor(0xc6, 0x28, 0x28);
    case Urgency::Soon:
        return QColor(0xb2, 0x5e, 0x00);
    case Urgency::None:
    case Urgency::Normal:
        break;
    }
    return {};
}

} // namespace p2pdesk::workstation
