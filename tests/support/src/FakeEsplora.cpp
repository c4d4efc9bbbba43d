#include "p2pdesk/test/FakeEsplora.h"

#include "p2pdesk/test/LocalHttpServer.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/URI.h>
#include <nlohmann/json.hpp>

#include <thread>

namespace p2pdesk::test {

namespace {

constexpr std::string_view kTx = "/api/tx/";
constexpr std::string_view kTip = "/api/blocks/tip/height";
constexpr std::string_view kAddress = "/api/address/";

nlohmann::json shape(const std::string &txid, const FakeEsplora::Transaction &tx)
{
    nlohmann::json outputs = nlohmann::json::array();
    for (const auto &output : tx.outputs) {
        nlohmann::json json{{"scriptpubkey", "0014deadbeef"},
                            {"scriptpubkey_type", output.address.empty() ? "op_return" : "v0_p2wpkh"},
                            {"value", output.sats}};
        if (!output.address.empty())
            json["scriptpubkey_address"] = output.address;
        outputs.push_back(std::move(json));
    }
    nlohmann::json status{{"confirmed", tx.blockHeight.has_value()}};
    if (tx.blockHeight) {
        status["block_height"] = *tx.blockHeight;
        status["block_hash"] = std::string(64, '0');
        status["block_time"] = tx.blockTime;
    }
    nlohmann::json inputs = nlohmann::json::array();
    for (const auto &address : tx.inputs)
        inputs.push_back({{"txid", std::string(64, '1')},
                          {"vout", 0},
                          {"prevout",
                           {{"scriptpubkey", "0014cafebabe"},
                            {"scriptpubkey_type", "v0_p2wpkh"},
                            {"scriptpubkey_address", address},
                            {"value", 100000}}},
                          {"is_coinbase", false},
                          {"sequence", 4294967293U}});
    return {{"txid", txid}, {"version", 2},  {"locktime", 0}, {"vin", inputs},   {"vout", outputs},
            {"size", 222},  {"weight", 561}, {"fee", 1410},   {"status", status}};
}

nlohmann::json stats(const std::string &address, const FakeEsplora::Stats &s)
{
    const auto part = [](std::uint64_t funded, std::uint64_t spent) {
        return nlohmann::json{{"funded_txo_count", funded > 0 ? 1 : 0},
                              {"funded_txo_sum", funded},
                              {"spent_txo_count", spent > 0 ? 1 : 0},
                              {"spent_txo_sum", spent},
                              {"tx_count", (funded > 0 ? 1 : 0) + (spent > 0 ? 1 : 0)}};
    };
    return {{"address", address},
            {"chain_stats", part(s.funded, s.spent)},
            {"mempool_stats", part(s.mempoolFunded, s.mempoolSpent)}};
}

} // namespace

FakeEsplora::FakeEsplora()
    : m_server(std::make_unique<LocalHttpServer>(
          [this](Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response) {
              handle(request, response);
          }))
{
}

FakeEsplora::~FakeEsplora() = default;

std::string FakeEsplora::url() const
{
    return "http://127.0.0.1:" + std::to_string(m_server->port()) + "/api";
}

void FakeEsplora::setTransaction(const std::string &txid, const Transaction &transaction)
{
    std::lock_guard lock(m_mutex);
    m_transactions[txid] = transaction;
}

void FakeEsplora::setTipHeight(std::uint64_t height)
{
    std::lock_guard lock(m_mutex);
    m_tip = height;
}

void FakeEsplora::setAddress(const std::string &address, const Stats &stats)
{
    std::lock_guard lock(m_mutex);
    m_addresses[address] = stats;
}

void FakeEsplora::failNext(const Fault &fault, int times)
{
    m_faults.push(fault, times);
}

std::vector<std::string> FakeEsplora::requestedPaths() const
{
    std::lock_guard lock(m_mutex);
    return m_requested;
}

void FakeEsplora::handle(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response)
{
    const std::string path = Poco::URI(request.getURI()).getPath();
    const auto fault = m_faults.take();
    std::optional<Transaction> transaction;
    Stats addressStats;
    std::uint64_t tip = 0;
    const auto tail = [&path](std::string_view prefix) {
        return path.rfind(prefix, 0) == 0 ? path.substr(prefix.size()) : std::string();
    };
    {
        std::lock_guard lock(m_mutex);
        m_requested.push_back(path);
        if (const auto found = m_transactions.find(tail(kTx)); found != m_transactions.end())
            transaction = found->second;
        if (const auto found = m_addresses.find(tail(kAddress)); found != m_addresses.end())
            addressStats = found->second;
        tip = m_tip;
    }
    const bool known = !tail(kTx).empty() || path == kTip || !tail(kAddress).empty();
    if (request.getMethod() != Poco::Net::HTTPRequest::HTTP_GET || !known)
        return LocalHttpServer::answer(response, 404, "text/plain", "Not Found");
    if (fault)
        return ScriptedFaults::answer(response, *fault);
    if (path == kTip)
        return LocalHttpServer::answer(response, 200, "text/plain", std::to_string(tip));
    if (!tail(kAddress).empty())
        return LocalHttpServer::answerJson(response, 200, stats(tail(kAddress), addressStats).dump());
    if (!transaction)
        return LocalHttpServer::answer(response, 404, "text/plain", "Transaction not found");
    LocalHttpServer::answerJson(response, 200, shape(tail(kTx), *transaction).dump());
}

} // namespace p2pdesk::test
