#pragma once

#include "p2pdesk/proto/Common.h"
#include "p2pdesk/proto/Decoded.h"
#include "p2pdesk/proto/Timestamp.h"

#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::proto {

// One switch of the fixed catalogue (syncd's service/FeatureFlags). key: e.g. "new_orders".
// in_effect false: the flag is stored and shown but nothing reads it until its feature lands.
// description: the flag's meaning in English for API users; the workstation words it itself.
// updated_at / updated_by are absent while the flag was never set (its default applies).
struct FeatureFlagDto {
    std::string key;
    bool enabled = false;
    bool defaultEnabled = false;
    bool inEffect = true;
    std::string description;
    std::optional<Timestamp> updatedAt;
    std::optional<OperatorRef> updatedBy;
};

// GET /api/v1/admin/flags → {"items":[FeatureFlagDto]} in catalogue order.
struct FeatureFlagList {
    std::vector<FeatureFlagDto> items;
};

// PUT /api/v1/admin/flags/{key} {"enabled","reason"} → 200 FeatureFlagDto.
struct FeatureFlagUpdateRequest {
    bool enabled = false;
    std::string reason;
};

Json toJson(const FeatureFlagDto &value);
std::optional<DecodeError> decodeInto(const Json &json, FeatureFlagDto &out);
Json toJson(const FeatureFlagList &value);
std::optional<DecodeError> decodeInto(const Json &json, FeatureFlagList &out);
Json toJson(const FeatureFlagUpdateRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, FeatureFlagUpdateRequest &out);

} // namespace p2pdesk::proto
