#pragma once

#include "p2pdesk/test/ScriptedFaults.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace Poco::Net {
class HTTPServerRequest;
class HTTPServerResponse;
} // namespace Poco::Net

namespace p2pdesk::test {

class LocalHttpServer;

// Etherscan's API V2 as the desk uses it for ETHEREUM, on 127.0.0.1 at /v2/api: module=proxy
// (eth_getTransactionByHash, eth_getTransactionReceipt, eth_blockNumber, eth_getBlockByNumber, in
// JSON-RPC's shape {"jsonrpc","id","result"}) and module=account (balance, tokenbalance, in
// {"status","message","result"}). Etherscan's own refusals ({"status":"0","message":"NOTOK",…}) and
// HTTP faults are scripted like FakeTronscan's.
//
// Thread-safe: every function may be called while requests are served.
class FakeEtherscan final {
public:
    FakeEtherscan();
    ~FakeEtherscan();
    FakeEtherscan(const FakeEtherscan &) = delete;
    FakeEtherscan &operator=(const FakeEtherscan &) = delete;

    std::string url() const; // "http://127.0.0.1:PORT/v2/api"

    struct TokenTransfer {
        std::string contract;
        std::string to;
        std::uint64_t units = 0; // base units
    };
    struct Transaction {
        std::optional<std::uint64_t> blockNumber; // none: pending (no receipt)
        std::int64_t blockTime = 0;               // seconds since the epoch
        std::string to;                           // the called contract, or the ETH recipient
        std::uint64_t valueWei = 0;
        std::string input = "0x";
        bool succeeded = true;
        std::vector<TokenTransfer> logs;
    };
    void setTransaction(const std::string &hash, const Transaction &transaction);
    void setTipBlock(std::uint64_t block);
    // What `address` holds of `contract` ("" for ETH), in base units as Etherscan writes them.
    void setBalance(const std::string &address, const std::string &contract, const std::string &units);

    using Fault = HttpFault;
    void failNext(const Fault &fault, int times = 1);

    // "module.action" of every request, in order, and the API key each carried ("" for none).
    std::vector<std::string> requestedActions() const;
    std::vector<std::string> apiKeys() const;

    void handle(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response);

private:
    mutable std::mutex m_mutex;
    std::map<std::string, Transaction> m_transactions;
    std::map<std::pair<std::string, std::string>, std::string> m_balances;
    std::uint64_t m_tip = 21'000'000;
    ScriptedFaults m_faults;
    std::vector<std::string> m_requested;
    std::vector<std::string> m_apiKeys;
    std::unique_ptr<LocalHttpServer> m_server; // last: stopped first, while the members it reads live
};

} // namespace p2pdesk::test
