#pragma once

#include "outbound/JsonHttpGet.h"
#include "service/BlockExplorer.h"

#include <nlohmann/json_fwd.hpp>

#include <chrono>
#include <cstddef>
#include <string>

namespace p2pdesk::syncd::chain {

// BITCOIN through an Esplora API (mempool.space, blockstream.info, or the desk's own electrs), the
// base URL ending in /api:
//   GET <url>/tx/<txid>          {"txid","vout":[{"scriptpubkey_address","value"(sats)}],
//                                 "status":{"confirmed","block_height","block_time"}}; 404 unknown
//   GET <url>/blocks/tip/height  the tip's height as plain text (confirmations of a mined one)
//   GET <url>/address/<address>  {"chain_stats":{"funded_txo_sum","spent_txo_sum"},
//                                 "mempool_stats":{…}}
// A Bitcoin transaction in a block always executed; its outputs are the transfers (no token). A
// balance is what confirmed outputs hold, less what the mempool is already spending of them: money
// arriving counts once it is in a block, money leaving counts as gone at once.
//
// Failures like TronscanExplorer's: 429 with Retry-After, 5xx, a timeout, an answer over kMaxBody
// bytes or not in the shape above.
class EsploraExplorer final : public service::BlockExplorer {
public:
    EsploraExplorer(const std::string &url, std::chrono::milliseconds timeout);

    std::string name() const override;
    service::ChainTransaction transaction(const domain::Asset &asset, const std::string &txid) override;
    domain::Decimal balance(const domain::Asset &asset, const std::string &address) override;

    // A transaction with thousands of outputs (an exchange's batch payout) is a few hundred
    // kilobytes; a megabyte is a fault.
    static constexpr std::size_t kMaxBody = 1024 * 1024;

private:
    // 200's body, nullopt for 404 when `notFoundIsAnswer`; BlockExplorerError for anything else.
    std::optional<std::string> fetch(const std::string &path, const std::string &label, bool notFoundIsAnswer);
    nlohmann::json fetchObject(const std::string &path, const std::string &label);

    outbound::JsonHttpGet m_http;
};

} // namespace p2pdesk::syncd::chain
