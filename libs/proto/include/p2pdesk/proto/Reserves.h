#pragma once

#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/domain/Reserve.h"
#include "p2pdesk/proto/Decoded.h"
#include "p2pdesk/proto/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::proto {

// A reserve: what the desk holds of one currency it pays out, as a senior last counted it. A sell
// pays fiat out of the fiat reserve of its currency; a buy pays crypto out of the reserve of its
// asset on its network. A pair without a reserve is not capped (and not exported).
//
// {"id","kind":"crypto"|"fiat","asset"?,"network"?,"fiat_currency"?,"amount","committed",
//  "available","export_code"?,"version","updated_at","updated_by"?,"synced_from"?,"synced_at"?}
// kind crypto names asset + network; kind fiat names fiat_currency. amount is what was entered;
// committed what orders owe out of it since (open orders, and orders paid out after the entry);
// available = max(0, amount − committed) is the most a quote or the export offers. export_code is
// the currency's code in the public rates export (^[A-Z0-9]{2,20}$, e.g. USDTTRC20, CARDRUB);
// without one the currency is not exported. updated_by: the username of whoever entered it.
// synced_from: the block explorer whose reading of the desk's hot wallets is the amount (the reserve
// sync, flag reserve_sync; then updated_by is absent) and synced_at the last reading, which may be
// later than updated_at when the balance had not moved.
struct ReserveDto {
    std::int64_t id = 0;
    domain::ReserveKind kind = domain::ReserveKind::Fiat;
    std::optional<std::string> asset;
    std::optional<std::string> network;
    std::optional<std::string> fiatCurrency;
    domain::Decimal amount;
    domain::Decimal committed;
    domain::Decimal available;
    std::optional<std::string> exportCode;
    std::int64_t version = 1;
    Timestamp updatedAt{};
    std::optional<std::string> updatedBy;
    std::optional<std::string> syncedFrom;
    std::optional<Timestamp> syncedAt;
};

// GET /api/v1/admin/reserves → {"items":[ReserveDto]}: crypto first (by asset, network), then fiat.
struct ReserveList {
    std::vector<ReserveDto> items;
};

// POST /api/v1/admin/reserves {"kind","asset"?,"network"?,"fiat_currency"?,"amount","export_code"?,
// "reason"} → 201 ReserveDto. The amount is at the currency's scale (422 validation_failed beyond
// it); 409 conflict (details.field "kind") when the currency has a reserve already, or (details.field
// "export_code") when another currency uses the code.
struct CreateReserveRequest {
    domain::ReserveKind kind = domain::ReserveKind::Fiat;
    std::optional<std::string> asset;
    std::optional<std::string> network;
    std::optional<std::string> fiatCurrency;
    domain::Decimal amount;
    std::optional<std::string> exportCode;
    std::string reason;
};

// PUT /api/v1/admin/reserves/{id} {"amount","export_code"?,"version","reason"} → 200 ReserveDto. A
// recount: the amount entered now is the new starting point of `committed`, even when it equals the
// old figure (a recount that finds the same balance still moves the point orders count from). An
// export code left out removes the currency from the export. 409 version_conflict when the reserve
// changed since `version`.
struct UpdateReserveRequest {
    domain::Decimal amount;
    std::optional<std::string> exportCode;
    std::int64_t version = 1;
    std::string reason;
};

Json toJson(const ReserveDto &value);
std::optional<DecodeError> decodeInto(const Json &json, ReserveDto &out);
Json toJson(const ReserveList &value);
std::optional<DecodeError> decodeInto(const Json &json, ReserveList &out);
Json toJson(const CreateReserveRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, CreateReserveRequest &out);
Json toJson(const UpdateReserveRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, UpdateReserveRequest &out);

} // namespace p2pdesk::proto
