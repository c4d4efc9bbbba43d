#pragma once

#include "p2pdesk/proto/Decoded.h"
#include "p2pdesk/proto/Enums.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Admin-defined checklists that gate PAYMENT_VERIFIED ("verify") and PAID_OUT ("payout").
namespace p2pdesk::proto {

// {"id","title"}
struct ChecklistItemDef {
    std::int64_t id = 0;
    std::string title;
};

// {"kind","items":[…]} in display order.
struct ChecklistDef {
    ChecklistKind kind = ChecklistKind::Verify;
    std::vector<ChecklistItemDef> items;
};

// GET /api/v1/admin/checklists → {"items":[ChecklistDef]}
struct ChecklistDefList {
    std::vector<ChecklistDef> items;
};

// One item of a replacement list: {"id"?,"title"} — an id keeps an existing item (and the
// completion state orders already have for it); no id creates a new one.
struct ChecklistItemInput {
    std::optional<std::int64_t> id;
    std::string title;
};

// POST /api/v1/admin/checklists/{kind} {"items":[…],"reason"} replaces the list; items missing
// from it are retired (orders keep their history). Answers 200 with the new ChecklistDef.
struct ChecklistUpdateRequest {
    std::vector<ChecklistItemInput> items;
    std::string reason;
};

Json toJson(const ChecklistItemDef &value);
std::optional<DecodeError> decodeInto(const Json &json, ChecklistItemDef &out);
Json toJson(const ChecklistDef &value);
std::optional<DecodeError> decodeInto(const Json &json, ChecklistDef &out);
Json toJson(const ChecklistDefList &value);
std::optional<DecodeError> decodeInto(const Json &json, ChecklistDefList &out);
Json toJson(const ChecklistItemInput &value);
std::optional<DecodeError> decodeInto(const Json &json, ChecklistItemInput &out);
Json toJson(const ChecklistUpdateRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, ChecklistUpdateRequest &out);

} // namespace p2pdesk::proto
