#include "p2pdesk/proto/Wallets.h"

#include "JsonReader.h"

namespace p2pdesk::proto {

using detail::Len;
using detail::ObjectReader;

namespace {
constexpr std::size_t kMaxWallets = 1000;
} // namespace

Json toJson(const WalletDto &value)
{
    Json json{{"id", value.id},           {"asset", value.asset},
              {"network", value.network}, {"kind", std::string(toString(value.kind))},
              {"address", value.address}, {"secret_ref", value.secretRef},
              {"active", value.active},   {"created_at", formatTimestamp(value.createdAt)}};
    detail::putOptional(json, "label", value.label);
    detail::putOptional(json, "provider", value.provider);
    return json;
}

void detail::read(const Json &json, const std::string &path, WalletDto &out)
{
    const ObjectReader r(json, path);
    out.id = r.id("id");
    out.asset = r.string("asset", Len{1, limits::kAsset});
    out.network = r.string("network", Len{1, limits::kNetwork});
    out.kind = r.enumeration<WalletKind>("kind", &parseWalletKind);
    out.address = r.string("address", Len{1, limits::kAddress});
    out.label = r.optString("label", Len{1, limits::kWalletLabel});
    out.secretRef = r.string("secret_ref", Len{1, limits::kSecretRef});
    out.provider = r.optString("provider", Len{1, limits::kProvider});
    out.active = r.boolean("active");
    out.createdAt = r.timestamp("created_at");
}

std::optional<DecodeError> decodeInto(const Json &json, WalletDto &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const WalletList &value)
{
    return Json{{"items", detail::arrayToJson(value.items)}};
}

void detail::read(const Json &json, const std::string &path, WalletList &out)
{
    const ObjectReader r(json, path);
    out.items = r.array<WalletDto>("items", kMaxWallets);
}

std::optional<DecodeError> decodeInto(const Json &json, WalletList &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const CreateWalletRequest &value)
{
    Json json{{"asset", value.asset},     {"network", value.network},      {"kind", std::string(toString(value.kind))},
              {"address", value.address}, {"secret_ref", value.secretRef}, {"reason", value.reason}};
    detail::putOptional(json, "label", value.label);
    detail::putOptional(json, "provider", value.provider);
    return json;
}

void detail::read(const Json &json, const std::string &path, CreateWalletRequest &out)
{
    const ObjectReader r(json, path);
    out.asset = r.string("asset", Len{1, limits::kAsset});
    out.network = r.string("network", Len{1, limits::kNetwork});
    out.kind = r.enumeration<WalletKind>("kind", &parseWalletKind);
    out.address = r.string("address", Len{1, limits::kAddress});
    out.label = r.optString("label", Len{1, limits::kWalletLabel});
    out.secretRef = r.string("secret_ref", Len{1, limits::kSecretRef});
    out.provider = r.optString("provider", Len{1, limits::kProvider});
    out.reason = r.reason();
}

std::optional<DecodeError> decodeInto(const Json &json, CreateWalletRequest &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const SetWalletActiveRequest &value)
{
    return Json{{"active", value.active}, {"reason", value.reason}};
}

void detail::read(const Json &json, const std::string &path, SetWalletActiveRequest &out)
{
    const ObjectReader r(json, path);
    out.active = r.boolean("active");
    out.reason = r.reason();
}

std::optional<DecodeError> decodeInto(const Json &json, SetWalletActiveRequest &out)
{
    return detail::decodeRoot(json, out);
}

} // namespace p2pdesk::proto
