#include "p2pdesk/test/FakeMistTrack.h"

#include "p2pdesk/test/LocalHttpServer.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/URI.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <string_view>

namespace p2pdesk::test {

namespace {

constexpr const char *kPath = "/v1/risk_score";

// A few of the coins MistTrack's /v1/status lists: enough to tell a known coin from a typo.
constexpr std::array<std::string_view, 8> kCoins = {"BTC",        "ETH",        "TRX",        "USDT-TRC20",
                                                    "USDC-TRC20", "USDT-ERC20", "USDC-ERC20", "BNB"};

} // namespace

FakeMistTrack::FakeMistTrack(std::string apiKey)
    : m_apiKey(std::move(apiKey))
    , m_server(std::make_unique<LocalHttpServer>(
          [this](Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response) {
              handle(request, response);
          }))
{
}

FakeMistTrack::~FakeMistTrack() = default;

std::string FakeMistTrack::url() const
{
    return "http://127.0.0.1:" + std::to_string(m_server->port());
}

void FakeMistTrack::setRisk(const std::string &address, const Risk &risk)
{
    std::lock_guard lock(m_mutex);
    m_risks[address] = risk;
}

void FakeMistTrack::failNext(const Fault &fault, int times)
{
    m_faults.push(fault, times);
}

std::vector<FakeMistTrack::Request> FakeMistTrack::requests() const
{
    std::lock_guard lock(m_mutex);
    return m_requests;
}

void FakeMistTrack::handle(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response)
{
    const Poco::URI uri(request.getURI());
    std::map<std::string, std::string> query;
    for (const auto &[key, value] : uri.getQueryParameters())
        query[key] = value;
    if (request.getMethod() != Poco::Net::HTTPRequest::HTTP_GET || uri.getPath() != kPath)
        return LocalHttpServer::answerJson(response, 404, R"({"success":false,"msg":"NotFound"})");
    Risk risk;
    {
        std::lock_guard lock(m_mutex);
        m_requests.push_back({query["coin"], query["address"], query["api_key"]});
        if (const auto found = m_risks.find(query["address"]); found != m_risks.end())
            risk = found->second;
    }
    if (const auto fault = m_faults.take())
        return ScriptedFaults::answer(response, *fault);
    if (query["api_key"] != m_apiKey)
        return LocalHttpServer::answerJson(response, 200, R"({"success":false,"msg":"InvalidApiKey"})");
    if (std::find(kCoins.begin(), kCoins.end(), query["coin"]) == kCoins.end())
        return LocalHttpServer::answerJson(response, 200, R"({"success":false,"msg":"UnsupportedToken"})");
    if (query["address"].empty())
        return LocalHttpServer::answerJson(response, 200, R"({"success":false,"msg":"InvalidAddress"})");
    nlohmann::json riskDetail = nlohmann::json::array();
    for (const auto &detail : risk.details)
        riskDetail.push_back({{"label", detail}, {"type", "malicious"}, {"volume", 0}});
    const nlohmann::json body{{"success", true},
                              {"msg", ""},
                              {"data",
                               {{"score", risk.score},
                                {"hacking_event", ""},
                                {"detail_list", risk.details},
                                {"risk_level", risk.level},
                                {"risk_detail", riskDetail},
                                {"risk_report_url", "https://light.misttrack.io/address/" + query["address"]}}}};
    LocalHttpServer::answerJson(response, 200, body.dump());
}

} // namespace p2pdesk::test
