#include "ratefeed/TickerRateProvider.h"

#include "security/TlsContext.h"

#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/NumberParser.h>
#include <Poco/URI.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace p2pdesk::syncd::ratefeed {

namespace {

using service::ReferenceRateError;

Poco::Net::Context::Ptr clientContext()
{
    static const Poco::Net::Context::Ptr context = [] {
        security::initializeTls();
        return Poco::Net::Context::Ptr(new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "", "",
                                                              Poco::Net::Context::VERIFY_RELAXED, 9, true));
    }();
    return context;
}

void replaceAll(std::string &text, const std::string &token, const std::string &value)
{
    for (auto pos = text.find(token); pos != std::string::npos; pos = text.find(token, pos + value.size()))
        text.replace(pos, token.size(), value);
}

// Retry-After in seconds (the HTTP-date form is not used by tickers); at least one second, at
// most an hour, so a silly header can neither hammer the provider nor silence the feed for days.
std::optional<std::chrono::seconds> retryAfter(const Poco::Net::HTTPResponse &answer)
{
    int seconds = 60;
    if (answer.has("Retry-After"))
        Poco::NumberParser::tryParse(answer.get("Retry-After"), seconds);
    return std::chrono::seconds(std::clamp(seconds, 1, 3600));
}

} // namespace

TickerRateProvider::TickerRateProvider(const std::string &url, std::string symbolTemplate,
                                       std::chrono::milliseconds timeout)
    : m_symbolTemplate(std::move(symbolTemplate))
    , m_timeout(timeout)
{
    const Poco::URI uri(url);
    m_scheme = uri.getScheme();
    if (m_scheme != "http" && m_scheme != "https")
        throw std::invalid_argument("rates.feed.url must be an http:// or https:// URL");
    if (!uri.getQuery().empty())
        throw std::invalid_argument("rates.feed.url must not carry a query; the symbol is added to it");
    m_host = uri.getHost();
    m_port = uri.getPort();
    m_path = uri.getPath().empty() ? "/" : uri.getPath();
}

TickerRateProvider::~TickerRateProvider() = default;

std::string TickerRateProvider::name() const
{
    return "ticker " + m_host;
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
    std::string body;
    int status = 0;
    Poco::Net::HTTPResponse answer;
    std::lock_guard lock(m_mutex);
    try {
        if (!m_session) {
            if (m_scheme == "https")
                m_session = std::make_unique<Poco::Net::HTTPSClientSession>(m_host, m_port, clientContext());
            else
                m_session = std::make_unique<Poco::Net::HTTPClientSession>(m_host, m_port);
            m_session->setKeepAlive(true);
        }
        m_session->setTimeout(Poco::Timespan(static_cast<Poco::Timespan::TimeDiff>(m_timeout.count()) * 1000));
        Poco::URI target(m_path);
        target.addQueryParameter("symbol", symbol);
        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, target.getPathAndQuery(),
                                       Poco::Net::HTTPMessage::HTTP_1_1);
        request.setKeepAlive(true);
        request.set("Accept", "application/json");
        m_session->sendRequest(request);
        auto &in = m_session->receiveResponse(answer);
        status = static_cast<int>(answer.getStatus());
        char buffer[4096];
        while (in) {
            in.read(buffer, sizeof buffer);
            body.append(buffer, static_cast<std::size_t>(in.gcount()));
            if (body.size() > kMaxBody) {
                m_session.reset();
                throw ReferenceRateError(name() + ": the answer for " + symbol + " is over " +
                                         std::to_string(kMaxBody) + " bytes");
            }
        }
    } catch (const Poco::TimeoutException &) {
        m_session.reset();
        throw ReferenceRateError(name() + ": no answer for " + symbol + " within " + std::to_string(m_timeout.count()) +
                                 " ms");
    } catch (const Poco::Exception &e) {
        m_session.reset();
        throw ReferenceRateError(name() + ": " + e.displayText());
    }
    if (status == 429 || status == 418)
        throw ReferenceRateError(name() + " throttles the desk (HTTP " + std::to_string(status) + ")",
                                 retryAfter(answer));
    if (status != 200)
        throw ReferenceRateError(name() + " answered HTTP " + std::to_string(status) + " for " + symbol);

    const auto json = nlohmann::json::parse(body, nullptr, false);
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
