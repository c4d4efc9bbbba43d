#pragma once

#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/domain/OrderStatus.h"
#include "p2pdesk/proto/Decoded.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace p2pdesk::proto {

// GET /api/v1/admin/settings →
// {"approval_thresholds":{"RUB":"500000.00",…},"status_timeouts":{"AWAITING_CRYPTO":3600,…},
//  "max_rate_deviation_percent":"2.5","max_rate_hard_deviation_percent":"10","rate_max_age_seconds":900}
// Thresholds are fiat amounts per currency; timeouts are seconds per status (1..30 days), keyed
// by the status's wire spelling (a status without an entry has no deadline).
// {"enabled","utc_offset_minutes","days":{"mon":"09:00-21:00",…}}: the desk's opening hours
// (domain/DeskHours.h). A weekday without an entry is closed all day; enabled false: the clock does
// not close the desk (the hours are kept for when it is switched on). The codec checks the weekday
// keys and the types; syncd checks the spans and the offset (-720..840), 422 with the field.
struct DeskHoursSetting {
    bool enabled = false;
    std::int64_t utcOffsetMinutes = 0;
    std::map<std::string, std::string> days; // "mon".."sun" → "HH:MM-HH:MM"
};

struct Settings {
    std::map<std::string, domain::Decimal> approvalThresholds;
    std::map<domain::OrderStatus, std::int64_t> statusTimeouts;
    // Above this deviation of the final from the suggested rate a take needs a reason.
    domain::Decimal maxRateDeviationPercent;
    // Above this one (>= the one above) only a senior may take, with a reason. Always served by
    // syncd; absent in an update request keeps the stored value.
    std::optional<domain::Decimal> maxRateHardDeviationPercent;
    // How old a base rate may get before quoting stops (1..7 days). Always served by syncd; absent in
    // an update request keeps the stored value.
    std::optional<std::int64_t> rateMaxAgeSeconds;
    // The Telegram desk's settings. Always served by syncd; absent in an update request keeps the
    // stored value, so a workstation that predates them cannot reset them. syncd validates the
    // ranges (422 validation_failed), the codec only the types.
    std::optional<std::int64_t> quoteLockMinutes;           // 1..1440: a confirmed indicative quote holds
    std::optional<std::int64_t> autoCompleteHours;          // 1..720: PAID_OUT completes by itself after
    std::optional<std::int64_t> ticketFirstResponseMinutes; // 1..10080: first answer to a ticket due
    std::optional<std::int64_t> ticketNextResponseMinutes;  // 1..10080: next answer after a customer wrote
    std::optional<bool> deskRequiresOnDuty;                 // no new bot order without an operator on duty
    std::optional<bool> opsAlertsEnabled;                   // alerts go to the ops chat
    std::optional<std::int64_t> botMessagesPerMinute;       // 1..600: per-customer flood limit
    // 1..100: a sender address scored above this (AML screening) holds the order for a senior.
    // Always served; absent in an update keeps the stored value.
    std::optional<std::int64_t> amlHoldScore;
    // 0..100 (scale 4): how far the desk's suggested rate may move between fixing an order's rate
    // and the customer's payment before a re-quote is due; 0 leaves it to the quote lock.
    std::optional<domain::Decimal> requoteMovePercent;
    // Above 0, at most 100 (scale 4): a reference feed value further than this from a rate's base
    // is held until a senior confirms it. Always served; absent in an update keeps the stored value.
    std::optional<domain::Decimal> rateFeedMaxJumpPercent;
    // When the bot takes new exchanges by the clock. Always served by syncd; absent in an update
    // request keeps the stored value.
    std::optional<DeskHoursSetting> deskHours;
};

// POST /api/v1/admin/settings {…all Settings members…,"reason"} replaces them; answers 200 Settings.
struct SettingsUpdateRequest {
    Settings settings;
    std::string reason;
};

Json toJson(const DeskHoursSetting &value);
std::optional<DecodeError> decodeInto(const Json &json, DeskHoursSetting &out);
Json toJson(const Settings &value);
std::optional<DecodeError> decodeInto(const Json &json, Settings &out);
Json toJson(const SettingsUpdateRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, SettingsUpdateRequest &out);

} // namespace p2pdesk::proto
