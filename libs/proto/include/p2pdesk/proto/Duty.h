#pragma once

#include "p2pdesk/proto/Common.h"
#include "p2pdesk/proto/Decoded.h"

#include <vector>

namespace p2pdesk::proto {

// GET /api/v1/duty → {"open","requires_on_duty","on_duty":[{"id","username"}]} (any operator).
// on_duty: the active accounts that work orders (operator or senior) with their "on duty" switch on,
// by username. requires_on_duty: the desk setting that closes the bot to new exchanges while nobody
// is on duty; open: whether the bot takes new exchanges as far as duty goes (the feature flags
// decide separately). Each operator switches themselves with PUT /api/v1/me/duty.
struct DutyRoster {
    bool open = true;
    bool requiresOnDuty = false;
    std::vector<OperatorRef> onDuty;
};

Json toJson(const DutyRoster &value);
std::optional<DecodeError> decodeInto(const Json &json, DutyRoster &out);

} // namespace p2pdesk::proto
