#include "p2pdesk/test/FakeEtherscan.h"

#include "p2pdesk/test/LocalHttpServer.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/URI.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <thread>

namespace p2pdesk::test {

namespace {

constexpr const char *kPath = "/v2/api";
constexpr const char *kTransferTopic = "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";

std::string hex(std::uint64_t value)
{
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "0x%llx", static_cast<unsigned long long>(value));
    return buffer;
}

// A 32-byte word holding `value` (an address without 0x, or a count).
std::string word(const std::string &digits)
{
    return "0x" + std::string(64 - digits.size(), '0') + digits;
}

std::string hexDigits(std::uint64_t value)
{
    return hex(value).substr(2);
}

nlohmann::json rpc(const nlohmann::json &result)
{
    return {{"jsonrpc", "2.0"}, {"id", 1}, {"result", result}};
}

} // namespace

FakeEtherscan::FakeEtherscan()
    : m_server(std::make_unique<LocalHttpServer>(
          [this](Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response) {
              handle(request, response);
          }))
{
}

FakeEtherscan::~FakeEtherscan() = default;

std::string FakeEtherscan::url() const
{
    return "http://127.0.0.1:" + std::to_string(m_server->port()) + kPath;
}

void FakeEtherscan::setTransaction(const std::string &hash, const Transaction &transaction)
{
    std::lock_guard lock(m_mutex);
    m_transactions[hash] = transaction;
}

void FakeEtherscan::setTipBlock(std::uint64_t block)
{
    std::lock_guard lock(m_mutex);
    m_tip = block;
}

void FakeEtherscan::setBalance(const std::string &address, const std::string &contract, const std::string &units)
{
    std::lock_guard lock(m_mutex);
    m_balances[{address, contract}] = units;
}

void FakeEtherscan::failNext(const Fault &fault, int times)
{
    m_faults.push(fault, times);
}

std::vector<std::string> FakeEtherscan::requestedActions() const
{
    std::lock_guard lock(m_mutex);
    return m_requested;
}

std::vector<std::string> FakeEtherscan::apiKeys() const
{
    std::lock_guard lock(m_mutex);
    return m_apiKeys;
}

void FakeEtherscan::handle(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response)
{
    const Poco::URI uri(request.getURI());
    std::map<std::string, std::string> q;
    for (const auto &[key, value] : uri.getQueryParameters())
        q[key] = value;
    const auto fault = m_faults.take();
    std::optional<Transaction> tx;
    std::optional<std::string> balance;
    std::uint64_t tip = 0;
    std::map<std::string, Transaction> all;
    {
        std::lock_guard lock(m_mutex);
        m_requested.push_back(q["module"] + "." + q["action"]);
        m_apiKeys.push_back(q["apikey"]);
        if (const auto found = m_transactions.find(q["txhash"]); found != m_transactions.end())
            tx = found->second;
        if (const auto found = m_balances.find({q["address"], q["contractaddress"]}); found != m_balances.end())
            balance = found->second;
        tip = m_tip;
        all = m_transactions;
    }
    if (request.getMethod() != Poco::Net::HTTPRequest::HTTP_GET || uri.getPath() != kPath)
        return LocalHttpServer::answerJson(response, 404, R"({"message":"Not Found"})");
    if (fault)
        return ScriptedFaults::answer(response, *fault);
    if (q["chainid"] != "1")
        return LocalHttpServer::answerJson(
            response, 200, R"({"status":"0","message":"NOTOK","result":"Missing or unsupported chainid parameter"})");
    const auto action = q["action"];
    if (q["module"] == "account") {
        if (action != "balance" && action != "tokenbalance")
            return LocalHttpServer::answerJson(
                response, 200, R"({"status":"0","message":"NOTOK","result":"Error! Missing Or invalid Action name"})");
        return LocalHttpServer::answerJson(
            response, 200,
            nlohmann::json{{"status", "1"}, {"message", "OK"}, {"result", balance.value_or("0")}}.dump());
    }
    if (action == "eth_blockNumber")
        return LocalHttpServer::answerJson(response, 200, rpc(hex(tip)).dump());
    if (action == "eth_getBlockByNumber") {
        for (const auto &[hash, known] : all) {
            if (known.blockNumber && hex(*known.blockNumber) == q["tag"])
                return LocalHttpServer::answerJson(
                    response, 200,
                    rpc({{"number", q["tag"]}, {"timestamp", hex(static_cast<std::uint64_t>(known.blockTime))}})
                        .dump());
        }
        return LocalHttpServer::answerJson(response, 200, rpc(nullptr).dump());
    }
    if (action == "eth_getTransactionByHash") {
        if (!tx)
            return LocalHttpServer::answerJson(response, 200, rpc(nullptr).dump());
        nlohmann::json json{{"hash", q["txhash"]}, {"from", "0x292f04a44506c2fd49bac032e1ca148c35a478c8"},
                            {"to", tx->to},        {"value", hex(tx->valueWei)},
                            {"input", tx->input},  {"gas", "0xb41d"},
                            {"nonce", "0x1"}};
        json["blockNumber"] = tx->blockNumber ? nlohmann::json(hex(*tx->blockNumber)) : nlohmann::json(nullptr);
        return LocalHttpServer::answerJson(response, 200, rpc(json).dump());
    }
    if (action == "eth_getTransactionReceipt") {
        if (!tx || !tx->blockNumber)
            return LocalHttpServer::answerJson(response, 200, rpc(nullptr).dump());
        nlohmann::json logs = nlohmann::json::array();
        for (const auto &log : tx->logs)
            logs.push_back(
                {{"address", log.contract},
                 {"topics", {kTransferTopic, word("292f04a44506c2fd49bac032e1ca148c35a478c8"), word(log.to.substr(2))}},
                 {"data", word(hexDigits(log.units))},
                 {"removed", false}});
        return LocalHttpServer::answerJson(response, 200,
                                           rpc({{"transactionHash", q["txhash"]},
                                                {"blockNumber", hex(*tx->blockNumber)},
                                                {"status", tx->succeeded ? "0x1" : "0x0"},
                                                {"logs", logs}})
                                               .dump());
    }
    LocalHttpServer::answerJson(response, 200,
                                R"({"status":"0","message":"NOTOK","result":"Error! Missing Or invalid Action name"})");
}

} // namespace p2pdesk::test
