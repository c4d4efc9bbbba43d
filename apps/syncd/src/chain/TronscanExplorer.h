#pragma once

#include "outbound/JsonHttpGet.h"
#include "service/BlockExplorer.h"

#include <nlohmann/json_fwd.hpp>

#include <chrono>
#include <cstddef>
#include <map>
#include <string>

namespace p2pdesk::syncd::chain {

// TRON through Tronscan's public API: GET <url>/api/transaction-info?hash=<txid> (header
// TRON-PRO-API-KEY when a key is configured) answering
//   {"hash","block","timestamp"(ms),"confirmations","confirmed","contractRet":"SUCCESS"|…,
//    "trc20TransferInfo":[{"from_address","to_address","contract_address","amount_str","decimals",…}],…}
// and {} for a transaction it does not know; and GET <url>/api/account/tokens?address=&token=<contract>
// answering {"total","data":[{"tokenId":<contract>,"balance":"<base units>","tokenDecimal",…}]} for
// a balance (no row of the token: the address holds none). Only TRC20 transfers are read (the desk trades no
// TRX); a transfer names its token by contract, so a look-alike "USDT" does not pass for USDT.
//
// Failures: 429 with Retry-After (the hint says when to ask again), 5xx, a timeout, an answer over
// kMaxBody bytes or not in the shape above (a BlockExplorerError naming what was wrong).
class TronscanExplorer final : public service::BlockExplorer {
public:
    TronscanExplorer(const std::string &url, std::string apiKey, std::chrono::milliseconds timeout);

    std::string name() const override;
    service::ChainTransaction transaction(const domain::Asset &asset, const std::string &txid) override;
    domain::Decimal balance(const domain::Asset &asset, const std::string &address) override;

    // A transaction with many token transfers is a few tens of kilobytes; a megabyte is not an
    // answer but a fault.
    static constexpr std::size_t kMaxBody = 1024 * 1024;

private:
    // The answer to a GET as a JSON object; BlockExplorerError for anything else (429 with the
    // explorer's Retry-After).
    nlohmann::json getObject(const std::string &path, const std::map<std::string, std::string> &query,
                             const std::string &label);

    const std::string m_apiKey;
    outbound::JsonHttpGet m_http;
};

} // namespace p2pdesk::syncd::chain
