#pragma once

#include "outbound/JsonHttpGet.h"
#include "service/ReferenceRateProvider.h"

#include <chrono>
#include <cstddef>
#include <string>

namespace p2pdesk::syncd::ratefeed {

// A public exchange's price ticker over HTTP(S): GET <url>?symbol=<SYMBOL> answering
// {"symbol":"USDTRUB","price":"92.15000000"} — the shape of the common "ticker price" endpoints
// (price as a decimal string, so nothing passes through a double). The symbol is made from
// rates.feed.symbol ("{asset}{fiat}" → USDTRUB). The ticker carries no timestamp: the value is
// taken as observed when the answer arrived.
//
// Failures the desk must ride out: 429/418 with Retry-After (back off for that long), 5xx, a
// timeout, an answer that is not the shape above or a price that does not parse. HTTPS checks the
// provider's certificate against the system's CAs.
class TickerRateProvider final : public service::ReferenceRateProvider {
public:
    TickerRateProvider(const std::string &url, std::string symbolTemplate, std::chrono::milliseconds timeout);

    std::string name() const override;
    service::ReferenceQuote fetch(const std::string &asset, const std::string &fiat) override;

    // "{asset}{fiat}" with both placeholders replaced (exposed for tests).
    static std::string symbolFor(const std::string &symbolTemplate, const std::string &asset, const std::string &fiat);

private:
    static constexpr std::size_t kMaxBody = 64 * 1024;

    const std::string m_symbolTemplate;
    outbound::JsonHttpGet m_http;
};

} // namespace p2pdesk::syncd::ratefeed
