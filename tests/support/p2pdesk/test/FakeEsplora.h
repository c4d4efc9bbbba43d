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

// An Esplora API (mempool.space, blockstream.info) as the desk uses it for BITCOIN, on 127.0.0.1
// under /api: GET /api/tx/<txid> → 200 {"txid","vout":[{"scriptpubkey_address","value"}],"status":{…}}
// or 404 "Transaction not found" (text); GET /api/blocks/tip/height → the tip as text;
// GET /api/address/<address> → 200 {"address","chain_stats":{…},"mempool_stats":{…}} (zeros for an
// address never used). Faults are scripted like FakeTronscan's.
//
// Thread-safe: every function may be called while requests are served.
class FakeEsplora final {
public:
    FakeEsplora();
    ~FakeEsplora();
    FakeEsplora(const FakeEsplora &) = delete;
    FakeEsplora &operator=(const FakeEsplora &) = delete;

    std::string url() const; // "http://127.0.0.1:PORT/api"

    struct Output {
        std::string address; // empty: an OP_RETURN output without one
        std::uint64_t sats = 0;
    };
    struct Transaction {
        std::optional<std::uint64_t> blockHeight; // none: in the mempool
        std::int64_t blockTime = 0;               // seconds since the epoch
        std::vector<Output> outputs;
        // The addresses of the outputs the transaction spends (vin[].prevout); none: a coinbase.
        std::vector<std::string> inputs = {"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"};
    };
    void setTransaction(const std::string &txid, const Transaction &transaction);
    void setTipHeight(std::uint64_t height);
    struct Stats {
        std::uint64_t funded = 0; // confirmed outputs received, in satoshis
        std::uint64_t spent = 0;  // of them, confirmed spent
        std::uint64_t mempoolFunded = 0;
        std::uint64_t mempoolSpent = 0;
    };
    void setAddress(const std::string &address, const Stats &stats);

    using Fault = HttpFault;
    void failNext(const Fault &fault, int times = 1);

    // Every path asked for ("/api/tx/…", "/api/blocks/tip/height", "/api/address/…"), in order.
    std::vector<std::string> requestedPaths() const;

    void handle(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response);

private:
    mutable std::mutex m_mutex;
    std::map<std::string, Transaction> m_transactions;
    std::map<std::string, Stats> m_addresses;
    std::uint64_t m_tip = 870'000;
    ScriptedFaults m_faults;
    std::vector<std::string> m_requested;
    std::unique_ptr<LocalHttpServer> m_server; // last: stopped first, while the members it reads live
};

} // namespace p2pdesk::test
