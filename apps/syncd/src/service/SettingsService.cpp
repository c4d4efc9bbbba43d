#include "service/SettingsService.h"

#include "db/repositories/RiskFlagRepository.h"
#include "feed/ChangeFeed.h"
#include "service/ServiceError.h"

#include "p2pdesk/domain/Fiat.h"
#include "p2pdesk/proto/Changes.h"

#include <algorithm>

namespace p2pdesk::syncd::service {

namespace {

using proto::ApiErrorCode;

constexpr std::chrono::seconds kMaxRateAge{7 * 24 * 3600};

// Absent keeps the stored value (a workstation that predates the setting must not reset it).
void applyBounded(const std::optional<std::int64_t> &requested, const char *field, std::int64_t max, int &target)
{
    if (!requested)
        return;
    if (*requested < 1 || *requested > max)
        throw ServiceError(ApiErrorCode::ValidationFailed, std::string(field) + " must be 1.." + std::to_string(max),
                           {{"field", field}, {"min", 1}, {"max", max}});
    target = static_cast<int>(*requested);
}

} // namespace

proto::Settings SettingsService::toProto(const db::Settings &s)
{
    proto::Settings out;
    for (const auto &[code, amount] : s.approvalThresholds)
        out.approvalThresholds.emplace(code, amount);
    for (const auto &[status, seconds] : s.timeouts.durations)
        out.statusTimeouts[status] = seconds.count();
    out.maxRateDeviationPercent = s.maxRateDeviationPercent;
    out.maxRateHardDeviationPercent = s.maxRateHardDeviationPercent;
    out.quoteLockMinutes = s.quoteLockMinutes;
    out.autoCompleteHours = s.autoCompleteHours;
    out.ticketFirstResponseMinutes = s.ticketFirstResponseMinutes;
    out.ticketNextResponseMinutes = s.ticketNextResponseMinutes;
    out.deskRequiresOnDuty = s.deskRequiresOnDuty;
    out.opsAlertsEnabled = s.opsAlertsEnabled;
    out.botMessagesPerMinute = s.botMessagesPerMinute;
    out.requoteMovePercent = s.requoteMovePercent;
    out.rateMaxAgeSeconds = s.rateMaxAge.count();
    return out;
}

db::Settings SettingsService::get(db::Transaction &tx)
{
    return db::SettingsRepository::load(tx.work());
}

db::Settings SettingsService::update(db::Transaction &tx, const proto::SettingsUpdateRequest &req,
                                     std::optional<std::chrono::seconds> rateMaxAge, audit::AuditEntry audit)
{
    db::Settings next = db::SettingsRepository::load(tx.work());
    next.approvalThresholds.clear();
    for (const auto &[code, amount] : req.settings.approvalThresholds) {
        const auto fiat = domain::fiat(code);
        if (!fiat.ok())
            throw ServiceError(ApiErrorCode::ValidationFailed, "unknown fiat currency " + code,
                               {{"field", "approval_thresholds." + code}});
        auto scaled = amount.rescaled(fiat.value().decimals, domain::Rounding::Down);
        if (!scaled.ok() || !(scaled.value() == amount))
            throw ServiceError(ApiErrorCode::ValidationFailed, "too many decimal places for " + code,
                               {{"field", "approval_thresholds." + code}});
        next.approvalThresholds.emplace(code, scaled.value());
    }
    domain::TimeoutConfig timeouts;
    for (const auto &[status, seconds] : req.settings.statusTimeouts)
        timeouts.durations[status] = std::chrono::seconds(seconds);
    next.timeouts = std::move(timeouts);
    auto deviation = req.settings.maxRateDeviationPercent.rescaled(4, domain::Rounding::Down);
    if (!deviation.ok() || !(deviation.value() == req.settings.maxRateDeviationPercent) ||
        deviation.value() > domain::Decimal::parse("100", 4).value())
        throw ServiceError(ApiErrorCode::ValidationFailed, "max_rate_deviation_percent must be 0..100 with 4 decimals",
                           {{"field", "max_rate_deviation_percent"}});
    next.maxRateDeviationPercent = deviation.value();
    if (req.settings.maxRateHardDeviationPercent) {
        const auto &requested = *req.settings.maxRateHardDeviationPercent;
        auto hard = requested.rescaled(4, domain::Rounding::Down);
        if (!hard.ok() || !(hard.value() == requested))
            throw ServiceError(ApiErrorCode::ValidationFailed,
                               "max_rate_hard_deviation_percent must have 4 decimals at most",
                               {{"field", "max_rate_hard_deviation_percent"}});
        next.maxRateHardDeviationPercent = hard.value();
    }
    // Checked on the combination, so lowering the hard limit or raising the soft one alone cannot
    // leave a "needs a reason" band above the hard stop.
    if (next.maxRateHardDeviationPercent < next.maxRateDeviationPercent)
        throw ServiceError(ApiErrorCode::ValidationFailed,
                           "max_rate_hard_deviation_percent (" + next.maxRateHardDeviationPercent.toString() +
                               ") must be at least max_rate_deviation_percent (" +
                               next.maxRateDeviationPercent.toString() + ")",
                           {{"field", "max_rate_hard_deviation_percent"}});
    if (rateMaxAge) {
        if (*rateMaxAge <= std::chrono::seconds(0) || *rateMaxAge > kMaxRateAge)
            throw ServiceError(ApiErrorCode::ValidationFailed, "rate_max_age_seconds must be 1..604800",
                               {{"field", "rate_max_age_seconds"}});
        next.rateMaxAge = *rateMaxAge;
    }

    const auto &in = req.settings;
    applyBounded(in.quoteLockMinutes, "quote_lock_minutes", 1440, next.quoteLockMinutes);
    applyBounded(in.autoCompleteHours, "auto_complete_hours", 720, next.autoCompleteHours);
    applyBounded(in.ticketFirstResponseMinutes, "ticket_first_response_minutes", 10080,
                 next.ticketFirstResponseMinutes);
    applyBounded(in.ticketNextResponseMinutes, "ticket_next_response_minutes", 10080, next.ticketNextResponseMinutes);
    applyBounded(in.botMessagesPerMinute, "bot_messages_per_minute", 600, next.botMessagesPerMinute);
    if (in.deskRequiresOnDuty)
        next.deskRequiresOnDuty = *in.deskRequiresOnDuty;
    if (in.opsAlertsEnabled)
        next.opsAlertsEnabled = *in.opsAlertsEnabled;
    if (in.requoteMovePercent) {
        auto move = in.requoteMovePercent->rescaled(4, domain::Rounding::Down);
        if (!move.ok() || !(move.value() == *in.requoteMovePercent) ||
            move.value() > domain::Decimal::parse("100", 4).value())
            throw ServiceError(ApiErrorCode::ValidationFailed, "requote_move_percent must be 0..100 with 4 decimals",
                               {{"field", "requote_move_percent"}});
        next.requoteMovePercent = move.value();
    }
    // auto_complete_hours and status_timeouts.PAID_OUT are one value (SettingsRepository::load):
    // whichever the request sets wins, and a PAID_OUT order always completes in the end.
    auto &durations = next.timeouts.durations;
    const auto paidOut = durations.find(domain::OrderStatus::PaidOut);
    if (in.autoCompleteHours || paidOut == durations.end())
        durations[domain::OrderStatus::PaidOut] = std::chrono::hours(next.autoCompleteHours);
    else
        next.autoCompleteHours = static_cast<int>(
            std::clamp<std::int64_t>(std::chrono::duration_cast<std::chrono::hours>(paidOut->second).count(), 1, 720));

    db::SettingsRepository::save(tx.work(), next);
    audit.reason = req.reason;
    const proto::Json settingsJson = proto::toJson(toProto(next));
    audit.payload = settingsJson;
    audit::AuditWriter::append(tx.work(), audit);
    // The new settings ride in the event (the same object GET /settings serves), so every
    // workstation applies them as they commit — an approvals inbox filtered by the old threshold
    // would hide a payout that now waits for a senior.
    m_changeFeed.append(tx, std::string(proto::change_kind::kSettingsUpdated), std::nullopt,
                        proto::Json{{"settings", settingsJson}});
    return next;
}

void SettingsService::setRiskLimit(db::Transaction &tx, const std::string &rule, const std::optional<std::string> &fiat,
                                   const domain::Decimal &threshold, domain::Severity action, audit::AuditEntry audit)
{
    namespace r = domain::rule;
    // Counts (the near-order window is a count of minutes), a multiplier, or amounts in a fiat.
    const bool factorRule = rule == r::kAmountAboveUsual;
    const bool countRule = rule == r::kCustomerOrders24h || rule == r::kPayoutAccountOrders24h ||
                           rule == r::kRequisitesChanges30d || rule == r::kPayoutAccountCustomers30d ||
                           rule == r::kRequisitesChangedNearOrder || factorRule;
    const bool amountRule = rule == r::kCustomerVolume24h || rule == r::kSingleOrderMax ||
                            rule == r::kFirstOrderAbove || rule == r::kNewPayoutAccountAbove;
    if (!countRule && !amountRule)
        throw ServiceError(ApiErrorCode::ValidationFailed, "unknown risk rule " + rule, {{"field", "rule"}});
    if (countRule == fiat.has_value())
        throw ServiceError(ApiErrorCode::ValidationFailed,
                           countRule ? "a count limit applies to every currency" : "an amount limit needs a currency",
                           {{"field", "fiat_currency"}});
    int decimals = factorRule ? 2 : 0; // a count
    if (fiat) {
        const auto known = domain::fiat(*fiat);
        if (!known.ok())
            throw ServiceError(ApiErrorCode::ValidationFailed, "unknown fiat currency " + *fiat,
                               {{"field", "fiat_currency"}});
        decimals = known.value().decimals;
    }
    const auto scaled = threshold.rescaled(decimals, domain::Rounding::Down);
    if (!scaled.ok() || !(scaled.value() == threshold))
        throw ServiceError(ApiErrorCode::ValidationFailed,
                           "threshold must have at most " + std::to_string(decimals) + " decimals",
                           {{"field", "threshold"}});
    const std::string actionText = action == domain::Severity::Info ? "flag" : std::string(domain::toString(action));
    db::RiskFlagRepository::saveLimit(tx.work(), rule, fiat, scaled.value().toString(), actionText);
    audit.action = "risk_limit.set";
    audit.entity = "limit";
    audit.payload = {{"rule", rule}, {"threshold", scaled.value().toString()}, {"action", actionText}};
    if (fiat)
        audit.payload["fiat_currency"] = *fiat;
    audit::AuditWriter::append(tx.work(), audit);
}

} // namespace p2pdesk::syncd::service
