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

// Tronscan's public API as the desk's on-chain hints use it, on 127.0.0.1 (plain HTTP, ephemeral
// port): GET /api/transaction-info?hash=<txid> → 200 with the transaction in Tronscan's shape
// ({"hash","block","timestamp","confirmations","confirmed","contractRet","trc20TransferInfo":[…]}),
// or 200 {} for a hash it does not know; GET /api/account/tokens?address=&token=<contract> → 200
// {"total","data":[{"tokenId","balance","tokenDecimal","tokenAbbr",…}]} listing the tokens the address
// holds (only `token` when given; none for an address that holds nothing). Faults are scripted per test like
// FakeTicker's: a status with Retry-After, a body not in the shape, a huge body, a stall past the client's timeout.
//
// Thread-safe: every function may be called while requests are served.
class FakeTronscan final {
public:
    FakeTronscan();
    ~FakeTronscan();
    FakeTronscan(const FakeTronscan &) = delete;
    FakeTronscan &operator=(const FakeTronscan &) = delete;

    std::string url() const; // "http://127.0.0.1:PORT"

    struct Transfer {
        std::string to;
        std::string contract;
        std::string amountStr; // base units
        int decimals = 6;
        std::string from = "TNaRAoLUyYEV2uF7GUrzSjRQTU8v5ZJ5VR"; // the sender (from_address)
    };
    struct Transaction {
        std::string contractRet = "SUCCESS";
        std::int64_t block = 0; // 0: not in a block yet
        std::int64_t confirmations = 0;
        std::int64_t timestampMs = 0;
        std::vector<Transfer> transfers;
    };
    void setTransaction(const std::string &hash, const Transaction &transaction);
    // What `address` holds of the token `contract`, in base units.
    void setBalance(const std::string &address, const std::string &contract, const std::string &units,
                    int decimals = 6);

    using Fault = HttpFault;
    void failNext(const Fault &fault, int times = 1);

    // Every hash asked for, in order, and the API key each request carried ("" for none).
    std::vector<std::string> requestedHashes() const;
    // Every address whose balance was asked for, in order.
    std::vector<std::string> requestedAddresses() const;
    std::vector<std::string> apiKeys() const;

    void handle(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response);

private:
    mutable std::mutex m_mutex;
    std::map<std::string, Transaction> m_transactions;
    struct Holding {
        std::string units;
        int decimals = 6;
    };
    std::map<std::string, std::map<std::string, Holding>> m_balances; // address → contract → holding
    std::vector<std::string> m_requestedAddresses;
    ScriptedFaults m_faults;
    std::vector<std::string> m_requested;
    std::vector<std::string> m_apiKeys;
    std::unique_ptr<LocalHttpServer> m_server; // last: stopped first, while the members it reads live
};

} // namespace p2pdesk::test
