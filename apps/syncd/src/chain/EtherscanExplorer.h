#pragma once

#include "outbound/JsonHttpGet.h"
#include "service/BlockExplorer.h"

#include <nlohmann/json_fwd.hpp>

#include <chrono>
#include <cstddef>
#include <map>
#include <optional>
#include <string>

namespace p2pdesk::syncd::chain {

// ETHEREUM through Etherscan's API (V2, one endpoint for every chain: GET <url>?chainid=1&module=…
// &action=…&apikey=…). For a transaction, Ethereum's own JSON-RPC calls through module=proxy:
//   eth_getTransactionByHash   {"result":{"hash","blockNumber"(hex|null),"to","value"(hex wei),"input"}}
//                              or {"result":null} for a hash it does not know
//   eth_getTransactionReceipt  {"result":{"status":"0x1"|"0x0","logs":[{"address","topics","data"}]}}
//   eth_blockNumber            {"result":"0x…"} (confirmations)
//   eth_getBlockByNumber       {"result":{"timestamp":"0x…"}} (block time)
// An ERC20 transfer is a Transfer(from, to, amount) log of the token's contract; ETH moves in the
// transaction's value. A reverted transaction (status 0x0) moved nothing. A transaction not in a
// block yet has no receipt: a plain transfer(address,uint256) call is read from its input instead.
// Balances: module=account&action=tokenbalance (ERC20) or action=balance (ETH), decimal strings.
//
// Etherscan answers its own errors with HTTP 200 {"status":"0","message":"NOTOK","result":"…"}; a
// rate limit said that way is treated like a 429 (the desk waits kThrottleWait).
class EtherscanExplorer final : public service::BlockExplorer {
public:
    EtherscanExplorer(const std::string &url, std::string apiKey, std::chrono::milliseconds timeout);

    std::string name() const override;
    service::ChainTransaction transaction(const domain::Asset &asset, const std::string &txid) override;
    domain::Decimal balance(const domain::Asset &asset, const std::string &address) override;

    static constexpr std::size_t kMaxBody = 1024 * 1024;
    static constexpr std::chrono::seconds kThrottleWait{5};

private:
    // The "result" member of the answer to module/action with `query`; BlockExplorerError otherwise.
    nlohmann::json call(const std::string &module, const std::string &action, std::map<std::string, std::string> query,
                        const std::string &label);

    const std::string m_apiKey;
    outbound::JsonHttpGet m_http;
};

} // namespace p2pdesk::syncd::chain
