#include "db/repositories/SettingsRepository.h"

#include "db/PreparedStatement.h"

#include "p2pdesk/domain/Fiat.h"
#include "p2pdesk/domain/OrderStatus.h"

#include <nlohmann/json.hpp>
#include <pqxx/result>

#include <algorithm>

namespace p2pdesk::syncd::db {

namespace {

constexpr const char *kThresholds = "approval_thresholds";
constexpr const char *kTimeouts = "status_timeouts";
constexpr const char *kMaxDeviation = "max_rate_deviation_percent";
constexpr const char *kMaxHardDeviation = "max_rate_hard_deviation_percent";
constexpr const char *kRateMaxAge = "rate_max_age_seconds";
constexpr const char *kRequoteMove = "requote_move_percent";
constexpr const char *kFeedMaxJump = "rate_feed_max_jump_percent";

// The integer settings of the Telegram desk: key → member. A stored value outside 1..max (a hand
// edit) falls back to the default like any malformed value.
struct IntSetting {
    const char *key;
    int Settings::*member;
    int max;
};
constexpr IntSetting kIntSettings[] = {
    {"quote_lock_minutes", &Settings::quoteLockMinutes, 1440},
    {"auto_complete_hours", &Settings::autoCompleteHours, 720},
    {"ticket_first_response_minutes", &Settings::ticketFirstResponseMinutes, 10080},
    {"ticket_next_response_minutes", &Settings::ticketNextResponseMinutes, 10080},
    {"bot_messages_per_minute", &Settings::botMessagesPerMinute, 600},
    {"aml_hold_score", &Settings::amlHoldScore, domain::kMaxAmlHoldScore},
};
constexpr const char *kDeskRequiresOnDuty = "desk_requires_on_duty";
constexpr const char *kOpsAlertsEnabled = "ops_alerts_enabled";
constexpr const char *kDeskHours = "desk_hours";

// {"enabled","utc_offset_minutes","days":{"mon":"09:00-21:00",…}} → the hours; nullopt when any
// part is malformed (a hand edit), so the whole setting falls back to its default, not half of it.
std::optional<std::pair<bool, domain::DeskHours>> parseDeskHours(const nlohmann::json &value)
{
    if (!value.is_object() || !value.contains("enabled") || !value["enabled"].is_boolean() ||
        !value.contains("utc_offset_minutes") || !value["utc_offset_minutes"].is_number_integer() ||
        !value.contains("days") || !value["days"].is_object())
        return std::nullopt;
    domain::DeskHours hours;
    const auto offset = value["utc_offset_minutes"].get<std::int64_t>();
    if (offset < domain::kMinDeskUtcOffsetMinutes || offset > domain::kMaxDeskUtcOffsetMinutes)
        return std::nullopt;
    hours.utcOffsetMinutes = static_cast<int>(offset);
    for (const auto &[key, span] : value["days"].items()) {
        const auto weekday = domain::deskWeekday(key);
        if (!weekday || !span.is_string())
            return std::nullopt;
        auto day = domain::parseDeskDay(span.get<std::string>());
        if (!day)
            return std::nullopt;
        hours.days[std::size_t(*weekday)] = day.value();
    }
    return std::pair{value["enabled"].get<bool>(), hours};
}

nlohmann::json deskHoursJson(bool enabled, const domain::DeskHours &hours)
{
    nlohmann::json days = nlohmann::json::object();
    for (auto &[key, span] : domain::formatDeskDays(hours))
        days[std::string(key)] = std::move(span);
    return {{"enabled", enabled}, {"utc_offset_minutes", hours.utcOffsetMinutes}, {"days", days}};
}

domain::Decimal parseOr(const std::string &text, int scale, const domain::Decimal &fallback)
{
    auto parsed = domain::Decimal::parse(text, scale);
    return parsed.ok() ? parsed.value() : fallback;
}

} // namespace

Settings Settings::defaults()
{
    Settings s;
    // Conservative: large payouts in the common currencies need a second pair of eyes.
    s.approvalThresholds.emplace("RUB", domain::Decimal::parse("300000.00", 2).value());
    s.approvalThresholds.emplace("USD", domain::Decimal::parse("3000.00", 2).value());
    s.approvalThresholds.emplace("EUR", domain::Decimal::parse("3000.00", 2).value());
    s.timeouts = domain::TimeoutConfig::defaults();
    s.maxRateDeviationPercent = domain::Decimal::parse("2.0000", 4).value();
    // Also the default 0005_take_rate_hard_limit.sql stores.
    s.maxRateHardDeviationPercent = domain::Decimal::parse("10.0000", 4).value();
    s.rateMaxAge = std::chrono::minutes(10);
    s.requoteMovePercent = domain::Decimal::parse("2.0000", 4).value();
    s.rateFeedMaxJumpPercent = domain::Decimal::parse("5.0000", 4).value();
    return s;
}

Settings SettingsRepository::load(pqxx::work &work)
{
    Settings s = Settings::defaults();
    static const PreparedStatement statement{"settings.load",
                                             "SELECT key, value::text FROM settings WHERE key = ANY($1::text[])"};
    const auto result =
        execPrepared(work, statement,
                     std::string("{approval_thresholds,status_timeouts,max_rate_deviation_percent,"
                                 "max_rate_hard_deviation_percent,rate_max_age_seconds,"
                                 "quote_lock_minutes,auto_complete_hours,"
                                 "ticket_first_response_minutes,ticket_next_response_minutes,"
                                 "desk_requires_on_duty,bot_messages_per_minute,requote_move_percent,"
                                 "ops_alerts_enabled,desk_hours,rate_feed_max_jump_percent,aml_hold_score}"));
    for (const auto &row : result) {
        const auto key = row[0].as<std::string>();
        const auto value = nlohmann::json::parse(row[1].as<std::string>(), nullptr, false);
        if (value.is_discarded())
            continue;
        if (key == kThresholds && value.is_object()) {
            std::map<std::string, domain::Decimal, std::less<>> thresholds;
            for (const auto &[code, amount] : value.items()) {
                const auto fiat = domain::fiat(code);
                if (!fiat.ok() || !amount.is_string())
                    continue;
                auto parsed = domain::Decimal::parse(amount.get<std::string>(), fiat.value().decimals);
                if (parsed.ok())
                    thresholds.emplace(code, parsed.value());
            }
            s.approvalThresholds = std::move(thresholds);
        } else if (key == kTimeouts && value.is_object()) {
            domain::TimeoutConfig config;
            for (const auto &[name, seconds] : value.items()) {
                const auto status = domain::parseOrderStatus(name);
                if (status && seconds.is_number_integer() && seconds.get<std::int64_t>() > 0)
                    config.durations[*status] = std::chrono::seconds(seconds.get<std::int64_t>());
            }
            s.timeouts = std::move(config);
        } else if (key == kMaxDeviation && value.is_string()) {
            s.maxRateDeviationPercent = parseOr(value.get<std::string>(), 4, s.maxRateDeviationPercent);
        } else if (key == kMaxHardDeviation && value.is_string()) {
            s.maxRateHardDeviationPercent = parseOr(value.get<std::string>(), 4, s.maxRateHardDeviationPercent);
        } else if (key == kRequoteMove && value.is_string()) {
            s.requoteMovePercent = parseOr(value.get<std::string>(), 4, s.requoteMovePercent);
        } else if (key == kFeedMaxJump && value.is_string()) {
            // Zero would hold every move: a hand edit to zero keeps the default instead.
            const auto jump = parseOr(value.get<std::string>(), 4, s.rateFeedMaxJumpPercent);
            if (!jump.isZero())
                s.rateFeedMaxJumpPercent = jump;
        } else if (key == kRateMaxAge && value.is_number_integer() && value.get<std::int64_t>() > 0) {
            s.rateMaxAge = std::chrono::seconds(value.get<std::int64_t>());
        } else if (key == kDeskRequiresOnDuty && value.is_boolean()) {
            s.deskRequiresOnDuty = value.get<bool>();
        } else if (key == kOpsAlertsEnabled && value.is_boolean()) {
            s.opsAlertsEnabled = value.get<bool>();
        } else if (key == kDeskHours) {
            if (const auto hours = parseDeskHours(value)) {
                s.deskHoursEnabled = hours->first;
                s.deskHours = hours->second;
            }
        } else if (value.is_number_integer()) {
            for (const auto &setting : kIntSettings) {
                const auto number = value.get<std::int64_t>();
                if (key == setting.key && number >= 1 && number <= setting.max)
                    s.*setting.member = static_cast<int>(number);
            }
        }
    }
    // The update validates hard >= soft; a hand-edited row must not make the hard limit the
    // looser-checked one.
    if (s.maxRateHardDeviationPercent < s.maxRateDeviationPercent)
        s.maxRateHardDeviationPercent = s.maxRateDeviationPercent;
    // Auto-completion of a PAID_OUT order nobody confirmed IS the PAID_OUT status timeout (the
    // deadline worker completes it as `system`). One value, two names: auto_complete_hours, once
    // set, is the PAID_OUT timeout; before that it shows the timeout in force.
    const bool autoCompleteStored = std::any_of(result.begin(), result.end(), [](const auto &row) {
        return row[0].template as<std::string>() == "auto_complete_hours";
    });
    auto &durations = s.timeouts.durations;
    if (autoCompleteStored)
        durations[domain::OrderStatus::PaidOut] = std::chrono::hours(s.autoCompleteHours);
    else if (const auto paidOut = durations.find(domain::OrderStatus::PaidOut); paidOut != durations.end())
        s.autoCompleteHours = static_cast<int>(
            std::max<std::int64_t>(1, std::chrono::duration_cast<std::chrono::hours>(paidOut->second).count()));
    return s;
}

void SettingsRepository::save(pqxx::work &work, const Settings &s)
{
    nlohmann::json thresholds = nlohmann::json::object();
    for (const auto &[code, amount] : s.approvalThresholds)
        thresholds[code] = amount.toString();
    nlohmann::json timeouts = nlohmann::json::object();
    for (const auto &[status, seconds] : s.timeouts.durations)
        timeouts[std::string(domain::toString(status))] = seconds.count();
    const std::pair<const char *, nlohmann::json> values[] = {
        {kThresholds, thresholds},
        {kTimeouts, timeouts},
        {kMaxDeviation, s.maxRateDeviationPercent.toString()},
        {kMaxHardDeviation, s.maxRateHardDeviationPercent.toString()},
        {kRateMaxAge, s.rateMaxAge.count()},
        {kRequoteMove, s.requoteMovePercent.toString()},
        {kFeedMaxJump, s.rateFeedMaxJumpPercent.toString()},
        {kDeskRequiresOnDuty, s.deskRequiresOnDuty},
        {kOpsAlertsEnabled, s.opsAlertsEnabled},
        {kDeskHours, deskHoursJson(s.deskHoursEnabled, s.deskHours)},
    };
    for (const auto &[key, value] : values) {
        work.exec_params0("INSERT INTO settings (key, value, updated_at) VALUES ($1, $2::jsonb, now()) "
                          "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()",
                          std::string(key), value.dump());
    }
    for (const auto &setting : kIntSettings) {
        work.exec_params0("INSERT INTO settings (key, value, updated_at) VALUES ($1, $2::jsonb, now()) "
                          "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()",
                          std::string(setting.key), nlohmann::json(s.*setting.member).dump());
    }
}

} // namespace p2pdesk::syncd::db
