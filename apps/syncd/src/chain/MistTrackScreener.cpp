#include "chain/MistTrackScreener.h"

#include "chain/JsonMember.h"

#include <nlohmann/json.hpp>

#include <utility>

namespace p2pdesk::syncd::chain {

namespace {

using service::AddressScreeningError;
using Json = nlohmann::json;

constexpr std::chrono::seconds kThrottleWait{60};
constexpr std::size_t kMaxLabels = 50;
constexpr std::size_t kMaxText = 200;

} // namespace

MistTrackScreener::MistTrackScreener(const std::string &url, std::string apiKey, std::chrono::milliseconds timeout)
    : m_apiKey(std::move(apiKey))
    , m_http(url, timeout, kMaxBody, "screening.url")
{
}

std::string MistTrackScreener::name() const
{
    return "MistTrack " + m_http.host();
}

bool MistTrackScreener::covers(const domain::Asset &asset) const
{
    // MistTrack scores every network the desk trades on.
    return asset.network == "TRON" || asset.network == "ETHEREUM" || asset.network == "BITCOIN";
}

std::string MistTrackScreener::coinOf(const domain::Asset &asset)
{
    if (asset.contract.empty())
        return std::string(asset.code);
    return std::string(asset.code) + "-" + std::string(asset.standard);
}

service::AddressRisk MistTrackScreener::screen(const domain::Asset &asset, const std::string &address)
{
    const std::string label = "the risk score of " + address;
    outbound::HttpAnswer answer;
    try {
        answer = m_http.get("/v1/risk_score", {{"coin", coinOf(asset)}, {"address", address}, {"api_key", m_apiKey}},
                            {}, label);
    } catch (const outbound::OutboundError &e) {
        throw AddressScreeningError(name() + ": " + e.what());
    }
    const auto json = Json::parse(answer.body, nullptr, false);
    const Json *message = json.is_object() ? member(json, "msg") : nullptr;
    const std::string said = message && message->is_string() && !message->get<std::string>().empty()
                                 ? ": " + message->get<std::string>().substr(0, kMaxText)
                                 : std::string();
    if (answer.status == 429)
        throw AddressScreeningError(name() + " throttles the desk (HTTP 429" + said + ")",
                                    answer.retryAfter.value_or(kThrottleWait));
    if (answer.status != 200)
        throw AddressScreeningError(name() + " answered HTTP " + std::to_string(answer.status) + " for " + label +
                                    said);
    if (!json.is_object())
        throw AddressScreeningError(name() + ": the answer for " + label + " is not a JSON object");
    const Json *success = member(json, "success");
    if (!success || !success->is_boolean())
        throw AddressScreeningError(name() + ": the answer for " + label + " does not say whether it succeeded");
    if (!success->get<bool>())
        throw AddressScreeningError(name() + " refused " + label + (said.empty() ? std::string() : said));
    const Json *data = member(json, "data");
    const Json *score = data && data->is_object() ? member(*data, "score") : nullptr;
    // An integer 0..100 or nothing: a missing or fractional score is not read as "clean".
    if (!score || !score->is_number_integer() || score->get<std::int64_t>() < 0 || score->get<std::int64_t>() > 100)
        throw AddressScreeningError(name() + ": the answer for " + label + " has no score 0..100");
    service::AddressRisk risk;
    risk.score = score->get<int>();
    if (const Json *level = member(*data, "risk_level");
        level && level->is_string() && !level->get<std::string>().empty())
        risk.riskLevel = level->get<std::string>().substr(0, kMaxText);
    if (const Json *details = member(*data, "detail_list"); details && details->is_array()) {
        for (const auto &detail : *details) {
            if (risk.labels.size() == kMaxLabels)
                break;
            if (detail.is_string() && !detail.get<std::string>().empty())
                risk.labels.push_back(detail.get<std::string>().substr(0, kMaxText));
        }
    }
    return risk;
}

} // namespace p2pdesk::syncd::chain
