#pragma once

#include "outbound/JsonHttpGet.h"
#include "service/AddressScreener.h"

#include <chrono>
#include <cstddef>
#include <string>

namespace p2pdesk::syncd::chain {

// Address screening through MistTrack's OpenAPI (SlowMist): GET <url>/v1/risk_score?coin=&address=
// &api_key= answering {"success":true,"msg":"","data":{"score":0..100,"risk_level":"Low"|…,
// "detail_list":["Malicious Address",…],"hacking_event":…}}. The coin names the asset as MistTrack
// spells it: "BTC", "ETH", "USDT-TRC20", "USDC-ERC20" (code, then the token standard).
//
// Failures: MistTrack refuses with HTTP 200 and {"success":false,"msg":"InvalidApiKey"|…}; 429
// (ExceededRateLimit, obeyed with its Retry-After, else a minute), 402 (ExpiredPlan), 5xx, a timeout, an
// answer over kMaxBody or not in the shape above — each an AddressScreeningError naming what was
// wrong. The API key travels in the query string (MistTrack's choice), so no message repeats the URL.
class MistTrackScreener final : public service::AddressScreener {
public:
    MistTrackScreener(const std::string &url, std::string apiKey, std::chrono::milliseconds timeout);

    std::string name() const override;
    bool covers(const domain::Asset &asset) const override;
    service::AddressRisk screen(const domain::Asset &asset, const std::string &address) override;

    // MistTrack's coin name for the asset ("USDT-TRC20").
    static std::string coinOf(const domain::Asset &asset);

    static constexpr std::size_t kMaxBody = 64 * 1024;

private:
    const std::string m_apiKey;
    outbound::JsonHttpGet m_http;
};

} // namespace p2pdesk::syncd::chain
