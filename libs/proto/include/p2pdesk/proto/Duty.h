#pragma once

#include "p2pdesk/proto/Common.h"
#include "p2pdesk/proto/Decoded.h"
#include "p2pdesk/proto/Timestamp.h"

#include <optional>
#include <vector>

namespace p2pdesk::proto {

// GET /api/v1/duty → {"open","requires_on_duty","on_duty":[{"id","username"}],"within_hours",
// "opens_at"?,"closes_at"?} (any operator).
// on_duty: the active accounts that work orders (operator or senior) with their "on duty" switch on,
// by username. requires_on_duty: the desk setting that closes the bot to new exchanges while nobody
// is on duty; open: whether the bot takes new exchanges as far as duty goes (the feature flags
// decide separately). within_hours: false while the desk's opening hours (a setting) close it, and
// then opens_at is when they open it again (absent when no day has hours); within the hours
// closes_at is when they close it (absent while the hours are off). A workstation reads the roster
// again at either moment. Each operator switches themselves with PUT /api/v1/me/duty.
struct DutyRoster {
    bool open = true;
    bool requiresOnDuty = false;
    std::vector<OperatorRef> onDuty;
    bool withinHours = true;
    std::optional<Timestamp> opensAt;
    std::optional<Timestamp> closesAt;
};

Json toJson(const DutyRoster &value);
std::optional<DecodeError> decodeInto(const Json &json, DutyRoster &out);

} // namespace p2pdesk::proto
