#include "p2pdesk/test/FakeTronscan.h"

#include "p2pdesk/test/LocalHttpServer.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/URI.h>
#include <nlohmann/json.hpp>

#include <thread>

namespace p2pdesk::test {

namespace {

constexpr const char *kPath = "/api/transaction-info";
constexpr const char *kTokensPath = "/api/account/tokens";

nlohmann::json shape(const std::string &hash, const FakeTronscan::Transaction &tx)
{
    nlohmann::json transfers = nlohmann::json::array();
    for (const auto &t : tx.transfers)
        transfers.push_back({{"icon_url", ""},
                             {"symbol", "USDT"},
                             {"level", "2"},
                             {"to_address", t.to},
                             {"contract_address", t.contract},
                             {"type", "Transfer"},
                             {"decimals", t.decimals},
                             {"name", "Tether USD"},
                             {"vip", true},
                             {"tokenType", "trc20"},
                             {"from_address", t.from},
                             {"amount_str", t.amountStr},
                             {"status", 0}});
    nlohmann::json json{{"hash", hash},
                        {"contractRet", tx.contractRet},
                        {"revert", tx.contractRet != "SUCCESS"},
                        {"contractType", 31},
                        {"ownerAddress", "TNaRAoLUyYEV2uF7GUrzSjRQTU8v5ZJ5VR"},
                        {"toAddress", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"},
                        {"confirmed", tx.block > 0 && tx.confirmations >= 19},
                        {"trc20TransferInfo", transfers}};
    if (tx.block > 0) {
        json["block"] = tx.block;
        json["confirmations"] = tx.confirmations;
        json["timestamp"] = tx.timestampMs;
    }
    return json;
}

} // namespace

FakeTronscan::FakeTronscan()
    : m_server(std::make_unique<LocalHttpServer>(
          [this](Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response) {
              handle(request, response);
          }))
{
}

FakeTronscan::~FakeTronscan() = default;

std::string FakeTronscan::url() const
{
    return "http://127.0.0.1:" + std::to_string(m_server->port());
}

void FakeTronscan::setTransaction(const std::string &hash, const Transaction &transaction)
{
    std::lock_guard lock(m_mutex);
    m_transactions[hash] = transaction;
}

void FakeTronscan::failNext(const Fault &fault, int times)
{
    m_faults.push(fault, times);
}

std::vector<std::string> FakeTronscan::requestedHashes() const
{
    std::lock_guard lock(m_mutex);
    return m_requested;
}

void FakeTronscan::setBalance(const std::string &address, const std::string &contract, const std::string &units,
                              int decimals)
{
    std::lock_guard lock(m_mutex);
    m_balances[address][contract] = {units, decimals};
}

std::vector<std::string> FakeTronscan::requestedAddresses() const
{
    std::lock_guard lock(m_mutex);
    return m_requestedAddresses;
}

std::vector<std::string> FakeTronscan::apiKeys() const
{
    std::lock_guard lock(m_mutex);
    return m_apiKeys;
}

void FakeTronscan::handle(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response)
{
    const Poco::URI uri(request.getURI());
    std::map<std::string, std::string> query;
    for (const auto &[key, value] : uri.getQueryParameters())
        query[key] = value;
    const bool tokens = uri.getPath() == kTokensPath;
    const auto fault = m_faults.take();
    std::optional<Transaction> transaction;
    std::map<std::string, Holding> holdings;
    {
        std::lock_guard lock(m_mutex);
        if (tokens)
            m_requestedAddresses.push_back(query["address"]);
        else
            m_requested.push_back(query["hash"]);
        m_apiKeys.push_back(request.get("TRON-PRO-API-KEY", ""));
        if (const auto found = m_transactions.find(query["hash"]); found != m_transactions.end())
            transaction = found->second;
        if (const auto found = m_balances.find(query["address"]); found != m_balances.end())
            holdings = found->second;
    }
    if (request.getMethod() != Poco::Net::HTTPRequest::HTTP_GET || (uri.getPath() != kPath && !tokens))
        return LocalHttpServer::answerJson(response, 404, R"({"message":"Not Found"})");
    if (fault)
        return ScriptedFaults::answer(response, *fault);
    if (tokens) {
        // The tokens the address holds; `token` narrows the list to one contract.
        nlohmann::json data = nlohmann::json::array();
        for (const auto &[contract, holding] : holdings) {
            if (!query["token"].empty() && query["token"] != contract)
                continue;
            data.push_back({{"tokenId", contract},
                            {"balance", holding.units},
                            {"tokenName", "Tether USD"},
                            {"tokenAbbr", "USDT"},
                            {"tokenDecimal", holding.decimals},
                            {"tokenCanShow", 1},
                            {"tokenType", "trc20"},
                            {"vip", true},
                            {"tokenLogo", ""}});
        }
        return LocalHttpServer::answerJson(response, 200,
                                           nlohmann::json{{"total", data.size()}, {"data", data}}.dump());
    }
    if (!transaction)
        return LocalHttpServer::answerJson(response, 200, "{}");
    LocalHttpServer::answerJson(response, 200, shape(query["hash"], *transaction).dump());
}

} // namespace p2pdesk::test
