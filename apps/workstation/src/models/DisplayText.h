#pragma once

#include "core/ApiError.h"

#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/proto/Customers.h"
#include "p2pdesk/proto/Orders.h"
#include "p2pdesk/proto/RiskLimits.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>
#include <string_view>

namespace p2pdesk::workstation {

// How close a deadline is: the colour changes before the deadline passes, not only after.
enum class Urgency { None, Normal, Soon, Overdue };

// The one place that turns codes and raw values into what an operator reads: human, translated
// names of risk rules, errors and actors, and amounts, rates and deadlines formatted for the
// user's locale. Codes never reach the screen except in tooltips (for support). Money is formatted
// from domain::Decimal's exact digits, never through a double.
class DisplayText final {
    Q_DECLARE_TR_FUNCTIONS(DisplayText)

public:
    // --- names ---
    static QString riskRule(std::string_view rule);
    // "Risk rule: payout_account_orders_24h" style tooltip line with the code for support.
    static QString riskRuleTooltip(std::string_view rule, proto::RiskSeverity severity);
    static QString severity(proto::RiskSeverity severity);
    // What a configurable rule watches, in one sentence, for the admin's limits screen.
    static QString riskRuleMeaning(std::string_view rule);
    // "Flag" / "Hold" / "Block": what a limit does when exceeded.
    // "Level 1: identity document checked": the level and what it means, for the customer profile.
    static QString kycLevel(domain::KycLevel level);
    static QString limitAction(proto::LimitAction action);
    // The figures of a flag ("11 (limit 10)") in words; the rule, when given, names what is counted
    // where the bare numbers would not say ("score 87 of 100 (limit 70)").
    static QString riskFigures(const proto::Json &figures, std::string_view rule = {});
    // The sentence for a failed call, without the code; the code goes into errorTooltip.
    static QString error(const ApiError &error);
    static QString errorTooltip(const ApiError &error);
    // "alice", "operator 7", "system", "customer @bob" / "customer".
    static QString actor(const proto::Actor &actor);
    static QString operatorName(const std::optional<proto::OperatorRef> &ref);
    // "Иван (@ivan_petrov)", "Иван", "@ivan_petrov", "Customer 123456789": how the desk names a
    // customer from what Telegram told about them.
    static QString customerName(const proto::CustomerInfo &customer);

    // The order card's approval line, true for the order as it is now: "Approved by carol at …",
    // "Not needed", "Waiting for a second senior" only while the order waits for one.
    // `needsApproval`: nullopt when this account cannot see the thresholds.
    static QString approvalLine(const proto::OrderDetail &detail, std::optional<bool> needsApproval,
                                bool validApproval);

    // --- numbers ---
    // The number of fraction digits an amount of this asset is shown with at least: USDT/USDC 2,
    // BTC/ETH 8 (the desk's scale), a fiat its minor unit (RUB 2). Unknown codes: 2.
    static int cryptoPrecision(std::string_view asset, std::string_view network = {});
    static int fiatPrecision(std::string_view fiat);
    // `value` with at least `minDecimals` fraction digits: zeros beyond those are trimmed, a
    // non-zero digit never is. Grouped and with the decimal point of `locale`.
    static QString number(const domain::Decimal &value, int minDecimals, const QLocale &locale = QLocale());
    static QString cryptoAmount(const domain::Decimal &value, std::string_view asset, std::string_view network = {},
                                const QLocale &locale = QLocale());
    static QString fiatAmount(const domain::Decimal &value, std::string_view fiat, const QLocale &locale = QLocale());
    // A rate (fiat per one unit of crypto): the fiat's precision.
    static QString rate(const domain::Decimal &value, std::string_view fiat, const QLocale &locale = QLocale());

    // --- time ---
    static QString dateTime(qint64 msecsSinceEpoch, const QLocale &locale = QLocale());
    static QString dateTime(const proto::Timestamp &at, const QLocale &locale = QLocale());
    // "12 min", "1 h 05 min", "2 d 3 h" (never seconds beyond the first minute).
    static QString duration(qint64 msecs);
    // The one deadline format: "in 12 min" / "overdue by 3 min"; the absolute time is the tooltip.
    static QString deadline(qint64 deadlineMs, qint64 nowMs);
    static QString deadlineTooltip(qint64 deadlineMs, const QLocale &locale = QLocale());
    // Soon: less than a quarter of an hour (or under 25 % of a short window) left.
    static Urgency urgency(qint64 deadlineMs, qint64 nowMs);
    // The text colour of an urgency (invalid for None/Normal: the palette's own).
    static QColor urgencyColor(Urgency urgency);

    static inline constexpr qint64 kSoonMsecs = 15 * 60 * 1000;
};

} // namespace p2pdesk::workstation
