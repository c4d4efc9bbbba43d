#pragma once

#include "db/Transaction.h"
#include "service/BlockExplorer.h"

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/proto/ChainHints.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace p2pdesk::syncd::service {

class RequisitesVault;

// What the order behind a txid proof expects to have moved, read in the request's transaction.
struct ChainHintQuestion {
    std::int64_t proofId = 0;
    domain::Asset asset;
    std::string txid;
    // A sell: the desk's deposit address. A buy: the customer's address (compared, never sent).
    std::optional<std::string> expectedAddress;
    bool showAddress = false;
    domain::Decimal expectedAmount;
    bool enabled = false; // the feature flag explorer_hints
};

// On-chain hints next to txid proofs (issue: "a hint, never an automatic verification"): what the
// network's block explorer says the transaction moved, and whether that is the order's amount to
// the order's address. Nothing is stored and nothing changes: the operator reads the hint beside
// the proof and decides.
//
// Two phases so that no database transaction (nor a pooled connection) waits on a third party:
// ask() reads the order in the request's transaction, the caller commits, then answer() talks to
// the explorer. Answers are kept for a few seconds per (network, txid), so five operators opening
// the same proof cost one call, and a network whose explorer asked the desk to back off is not
// called again until it said so.
class ChainHintService final {
public:
    using Clock = std::function<std::chrono::system_clock::time_point()>;

    explicit ChainHintService(const RequisitesVault &vault, Clock clock = &std::chrono::system_clock::now);

    // Wired by the process before it serves (chain/ExplorerSetup); a network without one answers
    // "no_explorer".
    void useExplorer(const std::string &network, std::shared_ptr<BlockExplorer> explorer);

    // NotFound unless `proofId` is a txid proof of an order.
    ChainHintQuestion ask(db::Transaction &tx, std::int64_t proofId);
    // Never throws for the explorer's failures: they are the "unavailable" state.
    proto::ChainHint answer(const ChainHintQuestion &question);
    // The addresses the transaction's asset came from, through the same remembered answers and
    // back-off as the hints; nullopt when nobody can say (no explorer, explorer failing or waiting,
    // transaction unknown, or no sender named). Never throws for the explorer's failures.
    std::optional<std::vector<std::string>> senders(const domain::Asset &asset, const std::string &txid);

    static constexpr std::chrono::seconds kFreshFor{15};

private:
    // The transaction through the remembered answers; nullopt with `failure` set when the explorer
    // failed or asked the desk to wait (`retryAfter` then), nullopt without it when there is none.
    struct Lookup {
        std::shared_ptr<BlockExplorer> explorer;
        std::optional<ChainTransaction> transaction;
        std::optional<std::string> failure;
        std::optional<std::int64_t> retryAfterSeconds;
    };
    Lookup lookUp(const domain::Asset &asset, const std::string &txid, std::chrono::system_clock::time_point now);

    struct Remembered {
        ChainTransaction transaction;
        std::chrono::system_clock::time_point at{};
    };
    std::optional<ChainTransaction> remembered(const std::string &key, std::chrono::system_clock::time_point now);
    void remember(const std::string &key, const ChainTransaction &transaction,
                  std::chrono::system_clock::time_point now);

    const RequisitesVault &m_vault;
    Clock m_clock;
    std::map<std::string, std::shared_ptr<BlockExplorer>> m_explorers; // by network
    std::mutex m_mutex;
    std::map<std::string, Remembered> m_answers;                               // by network + txid
    std::map<std::string, std::chrono::system_clock::time_point> m_quietUntil; // by network
    static constexpr std::size_t kMaxRemembered = 1000;
};

} // namespace p2pdesk::syncd::service
