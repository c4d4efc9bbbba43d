#include "p2pdesk/proto/Settings.h"

#include "JsonReader.h"

#include "p2pdesk/domain/DeskHours.h"

#include <limits>
#include <string_view>

namespace p2pdesk::proto {

using detail::Len;
using detail::ObjectReader;

namespace {

constexpr std::size_t kMaxCurrencies = 50;

void putSettings(Json &json, const Settings &value)
{
    Json thresholds = Json::object();
    for (const auto &[currency, amount] : value.approvalThresholds)
        thresholds[currency] = amount.toString();
    Json timeouts = Json::object();
    for (const auto &[status, seconds] : value.statusTimeouts)
        timeouts[std::string(domain::toString(status))] = seconds;
    json["approval_thresholds"] = std::move(thresholds);
    json["status_timeouts"] = std::move(timeouts);
    json["max_rate_deviation_percent"] = value.maxRateDeviationPercent.toString();
    if (value.maxRateHardDeviationPercent)
        json["max_rate_hard_deviation_percent"] = value.maxRateHardDeviationPercent->toString();
    detail::putOptional(json, "rate_max_age_seconds", value.rateMaxAgeSeconds);
    detail::putOptional(json, "quote_lock_minutes", value.quoteLockMinutes);
    detail::putOptional(json, "auto_complete_hours", value.autoCompleteHours);
    detail::putOptional(json, "ticket_first_response_minutes", value.ticketFirstResponseMinutes);
    detail::putOptional(json, "ticket_next_response_minutes", value.ticketNextResponseMinutes);
    detail::putOptional(json, "desk_requires_on_duty", value.deskRequiresOnDuty);
    detail::putOptional(json, "ops_alerts_enabled", value.opsAlertsEnabled);
    detail::putOptional(json, "bot_messages_per_minute", value.botMessagesPerMinute);
    detail::putOptional(json, "aml_hold_score", value.amlHoldScore);
    if (value.requoteMovePercent)
        json["requote_move_percent"] = value.requoteMovePercent->toString();
    if (value.rateFeedMaxJumpPercent)
        json["rate_feed_max_jump_percent"] = value.rateFeedMaxJumpPercent->toString();
    if (value.deskHours)
        json["desk_hours"] = toJson(*value.deskHours);
}

// Any integer: the range is syncd's to refuse (422 with the field), so the admin screen gets the
// same answer for 0 as for 100000.
std::optional<std::int64_t> optAnyInteger(const ObjectReader &r, std::string_view key)
{
    return r.optInteger(key, std::numeric_limits<std::int64_t>::min(), detail::kInt64Max);
}

void readSettings(const ObjectReader &r, Settings &out)
{
    const std::string thresholdsPath = r.pathOf("approval_thresholds");
    const Json thresholds = detail::readObject(r.require("approval_thresholds"), thresholdsPath);
    if (thresholds.size() > kMaxCurrencies)
        detail::fail(thresholdsPath, DecodeErrorKind::TooLong, "too many currencies");
    for (const auto &[currency, amount] : thresholds.items()) {
        // Keys are checked before they are part of any path: a refusal's message quotes the path.
        detail::readString(Json(currency), thresholdsPath, Len{1, limits::kFiat});
        const std::string path = detail::memberPath(thresholdsPath, currency);
        out.approvalThresholds.emplace(currency, detail::readDecimal(amount, path));
    }

    const std::string timeoutsPath = r.pathOf("status_timeouts");
    const Json timeouts = detail::readObject(r.require("status_timeouts"), timeoutsPath);
    for (const auto &[name, seconds] : timeouts.items()) {
        detail::readString(Json(name), timeoutsPath, Len{1, 64}); // as above
        const std::string path = detail::memberPath(timeoutsPath, name);
        const auto status = detail::readEnum<domain::OrderStatus>(Json(name), path, &domain::parseOrderStatus);
        out.statusTimeouts[status] = detail::readInteger(seconds, path, 1, limits::kMaxStatusTimeoutSeconds);
    }

    out.maxRateDeviationPercent = r.decimal("max_rate_deviation_percent");
    out.maxRateHardDeviationPercent = r.optDecimal("max_rate_hard_deviation_percent");
    out.rateMaxAgeSeconds = r.optInteger("rate_max_age_seconds", 1, limits::kMaxRateAgeSeconds);
    out.quoteLockMinutes = optAnyInteger(r, "quote_lock_minutes");
    out.autoCompleteHours = optAnyInteger(r, "auto_complete_hours");
    out.ticketFirstResponseMinutes = optAnyInteger(r, "ticket_first_response_minutes");
    out.ticketNextResponseMinutes = optAnyInteger(r, "ticket_next_response_minutes");
    if (r.has("desk_requires_on_duty"))
        out.deskRequiresOnDuty = r.boolean("desk_requires_on_duty");
    if (r.has("ops_alerts_enabled"))
        out.opsAlertsEnabled = r.boolean("ops_alerts_enabled");
    out.botMessagesPerMinute = optAnyInteger(r, "bot_messages_per_minute");
    out.amlHoldScore = optAnyInteger(r, "aml_hold_score");
    out.requoteMovePercent = r.optDecimal("requote_move_percent");
    out.rateFeedMaxJumpPercent = r.optDecimal("rate_feed_max_jump_percent");
    out.deskHours = r.optNested<DeskHoursSetting>("desk_hours");
}

} // namespace

Json toJson(const DeskHoursSetting &value)
{
    Json days = Json::object();
    for (const auto &[weekday, span] : value.days)
        days[weekday] = span;
    return Json{{"enabled", value.enabled}, {"utc_offset_minutes", value.utcOffsetMinutes}, {"days", days}};
}

void detail::read(const Json &json, const std::string &path, DeskHoursSetting &out)
{
    const ObjectReader r(json, path);
    out.enabled = r.boolean("enabled");
    out.utcOffsetMinutes = r.integer("utc_offset_minutes", std::numeric_limits<std::int64_t>::min(), detail::kInt64Max);
    const std::string daysPath = r.pathOf("days");
    const Json days = detail::readObject(r.require("days"), daysPath);
    for (const auto &[weekday, span] : days.items()) {
        // Keys are checked before they are part of any path: a refusal's message quotes the path.
        detail::readString(Json(weekday), daysPath, Len{3, 3});
        const std::string dayPath = detail::memberPath(daysPath, weekday);
        if (!domain::deskWeekday(weekday))
            detail::fail(dayPath, DecodeErrorKind::Invalid, "not a weekday: mon, tue, wed, thu, fri, sat or sun");
        out.days[weekday] = detail::readString(span, dayPath, Len{1, 32});
    }
}

std::optional<DecodeError> decodeInto(const Json &json, DeskHoursSetting &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const Settings &value)
{
    Json json = Json::object();
    putSettings(json, value);
    return json;
}

void detail::read(const Json &json, const std::string &path, Settings &out)
{
    const ObjectReader r(json, path);
    readSettings(r, out);
}

std::optional<DecodeError> decodeInto(const Json &json, Settings &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const SettingsUpdateRequest &value)
{
    Json json = Json::object();
    putSettings(json, value.settings);
    json["reason"] = value.reason;
    return json;
}

void detail::read(const Json &json, const std::string &path, SettingsUpdateRequest &out)
{
    const ObjectReader r(json, path);
    readSettings(r, out.settings);
    out.reason = r.reason();
}

std::optional<DecodeError> decodeInto(const Json &json, SettingsUpdateRequest &out)
{
    return detail::decodeRoot(json, out);
}

} // namespace p2pdesk::proto
