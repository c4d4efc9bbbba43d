#include "p2pdesk/proto/Reserves.h"

#include "JsonReader.h"

namespace p2pdesk::proto {

using detail::Len;
using detail::ObjectReader;

namespace {
constexpr std::size_t kMaxReserves = 1000;
constexpr std::size_t kExportCode = 20;          // ^[A-Z0-9]{2,20}$, judged by syncd
constexpr std::size_t kUsername = 64;            // operators.username
constexpr std::size_t kExplorerName = 200;       // reserves.synced_from
constexpr std::int64_t kMaxVersion = 2147483647; // reserves.version is an integer column
} // namespace

Json toJson(const ReserveDto &value)
{
    Json json{{"id", value.id},
              {"kind", std::string(domain::toString(value.kind))},
              {"amount", value.amount.toString()},
              {"committed", value.committed.toString()},
              {"available", value.available.toString()},
              {"version", value.version},
              {"updated_at", formatTimestamp(value.updatedAt)}};
    detail::putOptional(json, "asset", value.asset);
    detail::putOptional(json, "network", value.network);
    detail::putOptional(json, "fiat_currency", value.fiatCurrency);
    detail::putOptional(json, "export_code", value.exportCode);
    detail::putOptional(json, "updated_by", value.updatedBy);
    detail::putOptional(json, "synced_from", value.syncedFrom);
    detail::putOptional(json, "synced_at", value.syncedAt);
    return json;
}

void detail::read(const Json &json, const std::string &path, ReserveDto &out)
{
    const ObjectReader r(json, path);
    out.id = r.id("id");
    out.kind = r.enumeration<domain::ReserveKind>("kind", &domain::parseReserveKind);
    out.asset = r.optString("asset", Len{1, limits::kAsset});
    out.network = r.optString("network", Len{1, limits::kNetwork});
    out.fiatCurrency = r.optString("fiat_currency", Len{1, limits::kFiat});
    out.amount = r.decimal("amount");
    out.committed = r.decimal("committed");
    out.available = r.decimal("available");
    out.exportCode = r.optString("export_code", Len{1, kExportCode});
    out.version = r.integer("version", 1, kMaxVersion);
    out.updatedAt = r.timestamp("updated_at");
    out.updatedBy = r.optString("updated_by", Len{1, kUsername});
    out.syncedFrom = r.optString("synced_from", Len{1, kExplorerName});
    out.syncedAt = r.optTimestamp("synced_at");
}

std::optional<DecodeError> decodeInto(const Json &json, ReserveDto &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const ReserveList &value)
{
    return Json{{"items", detail::arrayToJson(value.items)}};
}

void detail::read(const Json &json, const std::string &path, ReserveList &out)
{
    const ObjectReader r(json, path);
    out.items = r.array<ReserveDto>("items", kMaxReserves);
}

std::optional<DecodeError> decodeInto(const Json &json, ReserveList &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const CreateReserveRequest &value)
{
    Json json{{"kind", std::string(domain::toString(value.kind))},
              {"amount", value.amount.toString()},
              {"reason", value.reason}};
    detail::putOptional(json, "asset", value.asset);
    detail::putOptional(json, "network", value.network);
    detail::putOptional(json, "fiat_currency", value.fiatCurrency);
    detail::putOptional(json, "export_code", value.exportCode);
    return json;
}

void detail::read(const Json &json, const std::string &path, CreateReserveRequest &out)
{
    const ObjectReader r(json, path);
    // Which members a kind needs, and their shapes, are syncd's to judge (422 naming the field).
    out.kind = r.enumeration<domain::ReserveKind>("kind", &domain::parseReserveKind);
    out.asset = r.optString("asset", Len{1, limits::kAsset});
    out.network = r.optString("network", Len{1, limits::kNetwork});
    out.fiatCurrency = r.optString("fiat_currency", Len{1, limits::kFiat});
    out.amount = r.decimal("amount");
    out.exportCode = r.optString("export_code", Len{0, kExportCode});
    out.reason = r.reason();
}

std::optional<DecodeError> decodeInto(const Json &json, CreateReserveRequest &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const UpdateReserveRequest &value)
{
    Json json{{"amount", value.amount.toString()}, {"version", value.version}, {"reason", value.reason}};
    detail::putOptional(json, "export_code", value.exportCode);
    return json;
}

void detail::read(const Json &json, const std::string &path, UpdateReserveRequest &out)
{
    const ObjectReader r(json, path);
    out.amount = r.decimal("amount");
    out.exportCode = r.optString("export_code", Len{0, kExportCode});
    out.version = r.integer("version", 1, kMaxVersion);
    out.reason = r.reason();
}

std::optional<DecodeError> decodeInto(const Json &json, UpdateReserveRequest &out)
{
    return detail::decodeRoot(json, out);
}

} // namespace p2pdesk::proto
