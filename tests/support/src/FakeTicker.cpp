#include "p2pdesk/test/FakeTicker.h"

#include "p2pdesk/test/LocalHttpServer.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/URI.h>
#include <nlohmann/json.hpp>

#include <thread>

namespace p2pdesk::test {

namespace {

constexpr const char *kPath = "/api/v3/ticker/price";

} // namespace

FakeTicker::FakeTicker()
    : m_server(std::make_unique<LocalHttpServer>(
          [this](Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response) {
              handle(request, response);
          }))
{
}

FakeTicker::~FakeTicker() = default;

std::string FakeTicker::url() const
{
    return "http://127.0.0.1:" + std::to_string(m_server->port()) + kPath;
}

void FakeTicker::setPrice(const std::string &symbol, const std::string &price)
{
    std::lock_guard lock(m_mutex);
    m_prices[symbol] = price;
}

void FakeTicker::removePrice(const std::string &symbol)
{
    std::lock_guard lock(m_mutex);
    m_prices.erase(symbol);
}

void FakeTicker::failNext(const Fault &fault, int times)
{
    m_faults.push(fault, times);
}

std::vector<std::string> FakeTicker::requestedSymbols() const
{
    std::lock_guard lock(m_mutex);
    return m_requested;
}

int FakeTicker::requests() const
{
    std::lock_guard lock(m_mutex);
    return static_cast<int>(m_requested.size());
}

void FakeTicker::handle(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response)
{
    const Poco::URI uri(request.getURI());
    std::string symbol;
    for (const auto &[key, value] : uri.getQueryParameters()) {
        if (key == "symbol")
            symbol = value;
    }
    const auto fault = m_faults.take();
    std::optional<std::string> price;
    {
        std::lock_guard lock(m_mutex);
        m_requested.push_back(symbol);
        if (const auto found = m_prices.find(symbol); found != m_prices.end())
            price = found->second;
    }
    if (request.getMethod() != Poco::Net::HTTPRequest::HTTP_GET || uri.getPath() != kPath)
        return LocalHttpServer::answerJson(response, 404, R"({"code":-1,"msg":"Not found."})");
    if (fault)
        return ScriptedFaults::answer(response, *fault);
    if (!price)
        return LocalHttpServer::answerJson(response, 400, R"({"code":-1121,"msg":"Invalid symbol."})");
    LocalHttpServer::answerJson(response, 200, nlohmann::json{{"symbol", symbol}, {"price", *price}}.dump());
}

} // namespace p2pdesk::test
