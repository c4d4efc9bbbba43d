#include "p2pdesk/proto/AddressScreenings.h"

#include "JsonReader.h"

namespace p2pdesk::proto {

using detail::Len;
using detail::ObjectReader;

namespace {

constexpr std::int64_t kMaxScore = 100;
constexpr std::size_t kProviderName = 200;
constexpr std::size_t kRiskLevel = 100;
constexpr std::size_t kLabel = 200;
constexpr std::size_t kMaxLabels = 50;
constexpr std::size_t kMaxScreenings = 1000;

} // namespace

Json toJson(const AddressScreening &value)
{
    Json json{{"id", value.id},
              {"address", value.address},
              {"score", value.score},
              {"source", value.manual ? "manual" : "provider"},
              {"labels", value.labels},
              {"sender_checked", value.senderChecked},
              {"screened_by", toJson(value.screenedBy)},
              {"reason", value.reason},
              {"screened_at", formatTimestamp(value.screenedAt)}};
    detail::putOptional(json, "provider", value.provider);
    detail::putOptional(json, "risk_level", value.riskLevel);
    detail::putOptional(json, "flag_id", value.flagId);
    return json;
}

void detail::read(const Json &json, const std::string &path, AddressScreening &out)
{
    const ObjectReader r(json, path);
    out.id = r.id("id");
    out.address = r.string("address", Len{1, limits::kAddress});
    out.score = r.integer("score", 0, kMaxScore);
    const auto source = r.string("source", Len{1, 16});
    if (source != "manual" && source != "provider")
        detail::fail(r.pathOf("source"), DecodeErrorKind::Invalid, "expected provider or manual");
    out.manual = source == "manual";
    out.provider = r.optString("provider", Len{1, kProviderName});
    if (out.manual == out.provider.has_value())
        detail::fail(r.pathOf("provider"), DecodeErrorKind::Invalid, "present exactly for a provider's score");
    out.riskLevel = r.optString("risk_level", Len{1, kRiskLevel});
    out.labels = r.strings("labels", kMaxLabels, Len{1, kLabel});
    out.senderChecked = r.boolean("sender_checked");
    out.screenedBy = r.nested<OperatorRef>("screened_by");
    out.reason = r.reason();
    out.screenedAt = r.timestamp("screened_at");
    out.flagId = r.optId("flag_id");
}

std::optional<DecodeError> decodeInto(const Json &json, AddressScreening &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const AddressScreeningList &value)
{
    Json json{{"proof_id", value.proofId},
              {"network", value.network},
              {"hold_above", value.holdAbove},
              {"items", detail::arrayToJson(value.items)}};
    detail::putOptional(json, "provider", value.provider);
    return json;
}

void detail::read(const Json &json, const std::string &path, AddressScreeningList &out)
{
    const ObjectReader r(json, path);
    out.proofId = r.id("proof_id");
    out.network = r.string("network", Len{1, limits::kNetwork});
    out.provider = r.optString("provider", Len{1, kProviderName});
    out.holdAbove = r.integer("hold_above", 1, kMaxScore);
    out.items = r.array<AddressScreening>("items", kMaxScreenings);
}

std::optional<DecodeError> decodeInto(const Json &json, AddressScreeningList &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const ScreenAddressRequest &value)
{
    Json json{{"address", value.address}, {"reason", value.reason}};
    detail::putOptional(json, "score", value.score);
    return json;
}

void detail::read(const Json &json, const std::string &path, ScreenAddressRequest &out)
{
    const ObjectReader r(json, path);
    out.address = r.string("address", Len{1, limits::kAddress});
    out.reason = r.reason();
    out.score = r.optInteger("score", 0, kMaxScore);
}

std::optional<DecodeError> decodeInto(const Json &json, ScreenAddressRequest &out)
{
    return detail::decodeRoot(json, out);
}

} // namespace p2pdesk::proto
