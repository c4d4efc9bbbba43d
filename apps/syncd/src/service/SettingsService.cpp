#include "service/SettingsService.h"

#include "db/repositories/RiskFlagRepository.h"
#include "feed/ChangeFeed.h"
#include "service/ServiceError.h"

#include "p2pdesk/domain/DeskHours.h"
#include "p2pdesk/domain/Fiat.h"
#include "p2pdesk/proto/Changes.h"

#include <algorithm>
#include <cstdint>
#include <stdexcept>

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
    out.amlHoldScore = s.amlHoldScore;
    out.requoteMovePercent = s.requoteMovePercent;
    out.rateFeedMaxJumpPercent = s.rateFeedMaxJumpPercent;
    out.rateMaxAgeSeconds = s.rateMaxAge.count();
    proto::DeskHoursSetting hours;
    hours.enabled = s.deskHoursEnabled;
    hours.utcOffsetMinutes = s.deskHours.utcOffsetMinutes;
    for (auto &[key, span] : domain::formatDeskDays(s.deskHours))
        hours.days.emplace(key, std::move(span));
    out.deskHours = std::move(hours);
    return out;
}

db::Settings SettingsService::get(db::Transaction &tx)
{
    return db::SettingsRepository::load(tx.work());
}

db::Settings SettingsService::update(db::Transaction &tx, const proto::SettingsUpdateRequest &req,
                                     std::optional<std::chrono::seconds> rateMaxAge, audit::AuditEntry audit)
{
    const db::Settings before = db::SettingsRepository::load(tx.work());
    db::Settings next = before;
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
    applyBounded(in.amlHoldScore, "aml_hold_score", domain::kMaxAmlHoldScore, next.amlHoldScore);
    if (in.deskRequiresOnDuty)
        next.deskRequiresOnDuty = *in.deskRequiresOnDuty;
    if (in.opsAlertsEnabled)
        next.opsAlertsEnabled = *in.opsAlertsEnabled;
    if (in.deskHours) {
        const auto &hours = *in.deskHours;
        if (hours.utcOffsetMinutes < domain::kMinDeskUtcOffsetMinutes ||
            hours.utcOffsetMinutes > domain::kMaxDeskUtcOffsetMinutes)
            throw ServiceError(ApiErrorCode::ValidationFailed, "desk_hours.utc_offset_minutes must be -720..840",
                               {{"field", "desk_hours.utc_offset_minutes"}});
        domain::DeskHours parsed;
        parsed.utcOffsetMinutes = static_cast<int>(hours.utcOffsetMinutes);
        for (const auto &[key, text] : hours.days) {
            const auto weekday = domain::deskWeekday(key); // the codec admits weekday keys only
            const std::string field = "desk_hours.days." + key;
            if (!weekday)
                throw ServiceError(ApiErrorCode::ValidationFailed, field + " is not a weekday", {{"field", field}});
            auto day = domain::parseDeskDay(text);
            if (!day)
                throw ServiceError(ApiErrorCode::ValidationFailed, field + ": " + day.error().message,
                                   {{"field", field}});
            parsed.days[std::size_t(*weekday)] = day.value();
        }
        // Switching the hours on with no open day would close the bot for good without a word
        // of when it opens; an admin who means that has the new_orders flag.
        if (hours.enabled && std::none_of(parsed.days.begin(), parsed.days.end(), [](const auto &d) { return d; }))
            throw ServiceError(ApiErrorCode::ValidationFailed,
                               "desk_hours: at least one day needs hours while the hours are on (to stop new orders "
                               "altogether, switch off the new_orders flag)",
                               {{"field", "desk_hours.days"}});
        next.deskHoursEnabled = hours.enabled;
        next.deskHours = parsed;
    }
    if (in.requoteMovePercent) {
        auto move = in.requoteMovePercent->rescaled(4, domain::Rounding::Down);
        if (!move.ok() || !(move.value() == *in.requoteMovePercent) ||
            move.value() > domain::Decimal::parse("100", 4).value())
            throw ServiceError(ApiErrorCode::ValidationFailed, "requote_move_percent must be 0..100 with 4 decimals",
                               {{"field", "requote_move_percent"}});
        next.requoteMovePercent = move.value();
    }
    if (in.rateFeedMaxJumpPercent) {
        auto jump = in.rateFeedMaxJumpPercent->rescaled(4, domain::Rounding::Down);
        if (!jump.ok() || !(jump.value() == *in.rateFeedMaxJumpPercent) || jump.value().isZero() ||
            jump.value() > domain::Decimal::parse("100", 4).value())
            throw ServiceError(ApiErrorCode::ValidationFailed,
                               "rate_feed_max_jump_percent must be above 0 and at most 100, with 4 decimals",
                               {{"field", "rate_feed_max_jump_percent"}});
        next.rateFeedMaxJumpPercent = jump.value();
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
    // The audit row reads old -> new: the new settings at the top level (as before), the previous
    // ones under "old" and the names of the settings that differ under "changed".
    const proto::Json oldJson = proto::toJson(toProto(before));
    audit.payload = settingsJson;
    audit.payload["old"] = oldJson;
    proto::Json changed = proto::Json::array();
    for (const auto &[key, value] : settingsJson.items()) {
        if (!oldJson.contains(key) || oldJson.at(key) != value)
            changed.push_back(key);
    }
    audit.payload["changed"] = std::move(changed);
    audit::AuditWriter::append(tx.work(), audit);
    // The new settings ride in the event (the same object GET /settings serves), so every
    // workstation applies them as they commit — an approvals inbox filtered by the old threshold
    // would hide a payout that now waits for a senior.
    m_changeFeed.append(tx, std::string(proto::change_kind::kSettingsUpdated), std::nullopt,
                        proto::Json{{"settings", settingsJson}});
    return next;
}

namespace {

std::string actionText(proto::LimitAction action)
{
    return std::string(proto::toString(action));
}

proto::LimitAction actionOf(domain::Severity severity)
{
    switch (severity) {
    case domain::Severity::Info:
        return proto::LimitAction::Flag;
    case domain::Severity::Hold:
        return proto::LimitAction::Hold;
    case domain::Severity::Block:
        return proto::LimitAction::Block;
    }
    return proto::LimitAction::Flag;
}

proto::LimitKind kindOf(domain::LimitKind kind)
{
    switch (kind) {
    case domain::LimitKind::AmountPerFiat:
        return proto::LimitKind::AmountPerFiat;
    case domain::LimitKind::Count:
        return proto::LimitKind::Count;
    case domain::LimitKind::Multiplier:
        return proto::LimitKind::Multiplier;
    case domain::LimitKind::Minutes:
        return proto::LimitKind::Minutes;
    }
    return proto::LimitKind::Count;
}

proto::RiskLimitDto toDto(const db::LimitRow &row)
{
    proto::RiskLimitDto dto;
    dto.id = row.id;
    dto.rule = row.rule;
    dto.fiatCurrency = row.fiat;
    dto.threshold = row.threshold;
    dto.action = proto::parseLimitAction(row.action).value_or(proto::LimitAction::Flag);
    dto.active = row.active;
    dto.updatedAt = row.updatedAt;
    dto.flags30d = row.flags30d;
    return dto;
}

nlohmann::json limitValues(const std::string &threshold, const std::string &action, bool active)
{
    return {{"threshold", threshold}, {"action", action}, {"active", active}};
}

// The threshold at the rule's scale, or ValidationFailed naming the offending field.
domain::Decimal validateLimit(const std::string &rule, const std::optional<std::string> &fiat,
                              const domain::Decimal &threshold)
{
    const auto *info = domain::findLimitRule(rule);
    if (!info)
        throw ServiceError(ApiErrorCode::ValidationFailed, "unknown risk rule " + rule, {{"field", "rule"}});
    const bool amountRule = info->kind == domain::LimitKind::AmountPerFiat;
    if (amountRule != fiat.has_value())
        throw ServiceError(ApiErrorCode::ValidationFailed,
                           amountRule ? "an amount limit needs a currency" : "this limit applies to every currency",
                           {{"field", "fiat_currency"}});
    int decimals = info->decimals;
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
                           {{"field", "threshold"}, {"decimals", decimals}});
    // The rules count in 32 bits; a larger count would be clamped silently when loaded.
    if ((info->kind == domain::LimitKind::Count || info->kind == domain::LimitKind::Minutes) &&
        scaled.value().units() > UINT32_MAX)
        throw ServiceError(ApiErrorCode::ValidationFailed, "threshold is too large",
                           {{"field", "threshold"}, {"max", std::to_string(UINT32_MAX)}});
    return scaled.value();
}

} // namespace

proto::RiskLimitList SettingsService::riskLimits(db::Transaction &tx)
{
    proto::RiskLimitList list;
    for (const auto &row : db::RiskFlagRepository::listLimits(tx.work()))
        list.items.push_back(toDto(row));
    for (const auto &info : domain::limitRuleCatalog()) {
        proto::RiskRuleInfo rule;
        rule.rule = std::string(info.id);
        rule.kind = kindOf(info.kind);
        rule.decimals = info.decimals;
        rule.onByDefault = info.onByDefault;
        rule.defaultThreshold = info.defaultThreshold;
        rule.defaultAction = actionOf(info.defaultSeverity);
        list.rules.push_back(std::move(rule));
    }
    return list;
}

proto::RiskLimitDto SettingsService::putRiskLimit(db::Transaction &tx, const proto::RiskLimitUpdateRequest &request,
                                                  audit::AuditEntry audit)
{
    const auto threshold = validateLimit(request.rule, request.fiatCurrency, request.threshold);
    const auto action = actionText(request.action);
    auto &work = tx.work();
    const auto old = db::RiskFlagRepository::lockLimit(work, request.rule, request.fiatCurrency);
    const auto id = db::RiskFlagRepository::saveLimit(work, request.rule, request.fiatCurrency, threshold.toString(),
                                                      action, request.active);

    audit.action = "risk_limit.set";
    audit.entity = "limit";
    audit.entityId = std::to_string(id);
    audit.reason = request.reason;
    audit.payload = limitValues(threshold.toString(), action, request.active);
    audit.payload["rule"] = request.rule;
    if (request.fiatCurrency)
        audit.payload["fiat_currency"] = *request.fiatCurrency;
    audit.payload["old"] =
        old ? limitValues(old->threshold.toString(), old->action, old->active) : nlohmann::json(nullptr);
    audit::AuditWriter::append(work, audit);

    nlohmann::json payload = {{"limit_id", id}, {"rule", request.rule}};
    if (request.fiatCurrency)
        payload["fiat_currency"] = *request.fiatCurrency;
    m_changeFeed.append(tx, std::string(proto::change_kind::kLimitsUpdated), std::nullopt, payload);

    const auto saved = db::RiskFlagRepository::lockLimit(work, request.rule, request.fiatCurrency);
    if (!saved)
        throw std::logic_error("risk limit vanished within its own transaction");
    return toDto(*saved);
}

void SettingsService::setRiskLimit(db::Transaction &tx, const std::string &rule, const std::optional<std::string> &fiat,
                                   const domain::Decimal &threshold, domain::Severity action, audit::AuditEntry audit)
{
    proto::RiskLimitUpdateRequest request;
    request.rule = rule;
    request.fiatCurrency = fiat;
    request.threshold = threshold;
    request.action = actionOf(action);
    request.active = true;
    request.reason = audit.reason.value_or("");
    putRiskLimit(tx, request, std::move(audit));
}

} // namespace p2pdesk::syncd::service
