#include "ratefeed/TickerRateProvider.h"

#include <Poco/URI.h>
#include <nlohmann/json.hpp>

#include <stdexcept>
#include <utility>

namespace p2pdesk::syncd::ratefeed {

namespace {

using service::ReferenceRateError;

void replaceAll(std::string &text, const std::string &token, const std::string &value)
{
    for (auto pos = text.find(token); pos != std::string::npos; pos = text.find(token, pos + value.size()))
        text.replace(pos, token.size(), value);
}

std::string checkedUrl(const std::string &url)
{
    if (!Poco::URI(url).getQuery().empty())
        throw std::invalid_argument("rates.feed.url must not carry a query; the symbol is added to it");
    return url;
}

} // namespace

TickerRateProvider::TickerRateProvider(const std::string &url, std::string symbolTemplate,
                                       std::chrono::milliseconds timeout)
    : m_symbolTemplate(std::move(symbolTemplate))
    , m_http(checkedUrl(url), timeout, kMaxBody, "rates.feed.url")
{
}

std::string TickerRateProvider::name() const
{
    return "ticker " + m_http.host();
}

std::string TickerRateProvider::symbolFor(const std::string &symbolTemplate, const std::string &asset,
                                          const std::string &fiat)
{
    std::string symbol = symbolTemplate;
    replaceAll(symbol, "{asset}", asset);
    replaceAll(symbol, "{fiat}", fiat);
    return symbol;
}

service::ReferenceQuote TickerRateProvider::fetch(const std::string &asset, const std::string &fiat)
{
    const std::string symbol = symbolFor(m_symbolTemplate, asset, fiat);
    outbound::HttpAnswer answer;
    try {
        answer = m_http.get("", {{"symbol", symbol}}, {}, symbol);
    } catch (const outbound::OutboundError &e) {
        throw ReferenceRateError(name() + ": " + e.what());
    }
    const int status = answer.status;
    if (status == 429 || status == 418)
        throw ReferenceRateError(name() + " throttles the desk (HTTP " + std::to_string(status) + ")",
                                 answer.retryAfter.value_or(std::chrono::seconds(60)));
    if (status != 200)
        throw ReferenceRateError(name() + " answered HTTP " + std::to_string(status) + " for " + symbol);

    const auto json = nlohmann::json::parse(answer.body, nullptr, false);
    const auto price = json.is_object() ? json.find("price") : json.end();
    if (!json.is_object() || price == json.end() || !price->is_string())
        throw ReferenceRateError(name() + ": the answer for " + symbol + " has no price string");
    // A ticker for another symbol than asked would price the wrong pair.
    if (const auto echoed = json.find("symbol"); echoed != json.end() && echoed->is_string() && *echoed != symbol)
        throw ReferenceRateError(name() + " answered for " + echoed->get<std::string>() + ", not " + symbol);
    const auto rate = domain::Decimal::parse(price->get<std::string>());
    if (!rate)
        throw ReferenceRateError(name() + ": price \"" + price->get<std::string>() + "\" for " + symbol +
                                 " is not a decimal (" + rate.error().message + ")");
    return {rate.value(), std::chrono::system_clock::now()};
}

} // namespace p2pdesk::syncd::ratefeed
