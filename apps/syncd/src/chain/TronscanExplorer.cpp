#include "chain/TronscanExplorer.h"

#include "chain/JsonMember.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <utility>

namespace p2pdesk::syncd::chain {

namespace {

using service::BlockExplorerError;
using Json = nlohmann::json;

} // namespace

TronscanExplorer::TronscanExplorer(const std::string &url, std::string apiKey, std::chrono::milliseconds timeout)
    : m_apiKey(std::move(apiKey))
    , m_http(url, timeout, kMaxBody, "explorer.tron.url")
{
}

std::string TronscanExplorer::name() const
{
    return "Tronscan " + m_http.host();
}

Json TronscanExplorer::getObject(const std::string &path, const std::map<std::string, std::string> &query,
                                 const std::string &label)
{
    outbound::HttpAnswer answer;
    std::map<std::string, std::string> headers;
    if (!m_apiKey.empty())
        headers.emplace("TRON-PRO-API-KEY", m_apiKey);
    try {
        answer = m_http.get(path, query, headers, label);
    } catch (const outbound::OutboundError &e) {
        throw BlockExplorerError(name() + ": " + e.what());
    }
    if (answer.status == 429)
        throw BlockExplorerError(name() + " throttles the desk (HTTP 429)",
                                 answer.retryAfter.value_or(std::chrono::seconds(30)));
    if (answer.status != 200)
        throw BlockExplorerError(name() + " answered HTTP " + std::to_string(answer.status) + " for " + label);
    auto json = Json::parse(answer.body, nullptr, false);
    if (!json.is_object())
        throw BlockExplorerError(name() + ": the answer for " + label + " is not a JSON object");
    return json;
}

service::ChainTransaction TronscanExplorer::transaction(const domain::Asset &asset, const std::string &txid)
{
    const std::string label = "transaction " + txid;
    const auto json = getObject("/api/transaction-info", {{"hash", txid}}, label);
    service::ChainTransaction out;
    const Json *hash = member(json, "hash");
    if (!hash)
        return out; // {}: Tronscan does not know the transaction
    if (!hash->is_string() || *hash != txid)
        throw BlockExplorerError(name() + " answered for another transaction than " + txid);
    out.found = true;

    const Json *result = member(json, "contractRet");
    const Json *revert = member(json, "revert");
    out.succeeded =
        result && result->is_string() && *result == "SUCCESS" && !(revert && revert->is_boolean() && *revert);
    if (const Json *block = member(json, "block"); block && block->is_number_integer() && *block > 0) {
        const Json *confirmations = member(json, "confirmations");
        out.confirmations = confirmations && confirmations->is_number_integer() && *confirmations >= 0
                                ? confirmations->get<std::int64_t>()
                                : 0;
        if (const Json *ms = member(json, "timestamp"); ms && ms->is_number_integer() && *ms > 0)
            out.blockTime = std::chrono::system_clock::time_point(std::chrono::milliseconds(ms->get<std::int64_t>()));
    }

    const Json *transfers = member(json, "trc20TransferInfo");
    if (!transfers)
        return out;
    if (!transfers->is_array())
        throw BlockExplorerError(name() + ": trc20TransferInfo of " + label + " is not a list");
    for (const auto &item : *transfers) {
        const Json *to = item.is_object() ? member(item, "to_address") : nullptr;
        const Json *contract = item.is_object() ? member(item, "contract_address") : nullptr;
        const Json *amount = item.is_object() ? member(item, "amount_str") : nullptr;
        if (!to || !to->is_string() || !contract || !contract->is_string() || !amount || !amount->is_string())
            throw BlockExplorerError(name() + ": a transfer of " + label +
                                     " lacks to_address, contract_address or amount_str");
        domain::ChainTransfer transfer;
        transfer.to = to->get<std::string>();
        transfer.token = contract->get<std::string>();
        if (domain::isTransferOf(asset, transfer)) {
            // Only the order's own token is converted: another token's base units mean nothing here.
            if (const Json *decimals = member(item, "decimals");
                decimals && (!decimals->is_number_integer() || *decimals != asset.decimals))
                throw BlockExplorerError(name() + ": " + std::string(asset.code) + " of " + label +
                                         " reported with other decimals than " + std::to_string(asset.decimals));
            auto parsed = domain::amountFromBaseUnits(asset, amount->get<std::string>());
            if (!parsed)
                throw BlockExplorerError(name() + ": amount_str \"" + amount->get<std::string>() + "\" of " + label +
                                         " is not a count of base units");
            transfer.amount = parsed.value();
            if (const Json *from = member(item, "from_address"); from && from->is_string())
                out.addSender(from->get<std::string>());
        }
        out.transfers.push_back(std::move(transfer));
    }
    return out;
}

domain::Decimal TronscanExplorer::balance(const domain::Asset &asset, const std::string &address)
{
    const std::string label = "the " + std::string(asset.code) + " balance of " + address;
    if (asset.contract.empty())
        throw BlockExplorerError(name() + " reads TRC20 balances only, not " + label);
    const std::string contract(asset.contract);
    // token= narrows the answer to the one contract; a wallet holding many airdropped tokens still
    // answers in one small page.
    const auto json = getObject("/api/account/tokens",
                                {{"address", address}, {"token", contract}, {"start", "0"}, {"limit", "20"}}, label);
    const Json *rows = member(json, "data");
    if (!rows || !rows->is_array())
        throw BlockExplorerError(name() + ": the answer for " + label + " has no data list");
    std::optional<domain::Decimal> found;
    for (const auto &row : *rows) {
        const Json *token = row.is_object() ? member(row, "tokenId") : nullptr;
        if (!token || !token->is_string())
            throw BlockExplorerError(name() + ": a row of " + label + " lacks tokenId");
        domain::ChainTransfer probe;
        probe.token = token->get<std::string>();
        if (!domain::isTransferOf(asset, probe))
            continue; // another token, whatever it calls itself
        if (found)
            throw BlockExplorerError(name() + " listed " + std::string(asset.code) + " twice in " + label);
        const Json *balance = member(row, "balance");
        if (!balance || !balance->is_string())
            throw BlockExplorerError(name() + ": the balance in " + label + " is not a string of base units");
        if (const Json *decimals = member(row, "tokenDecimal");
            decimals && (!decimals->is_number_integer() || *decimals != asset.decimals))
            throw BlockExplorerError(name() + ": " + label + " reported with other decimals than " +
                                     std::to_string(asset.decimals));
        auto parsed = domain::amountFromBaseUnits(asset, balance->get<std::string>());
        if (!parsed)
            throw BlockExplorerError(name() + ": balance \"" + balance->get<std::string>() + "\" in " + label +
                                     " is not a count of base units");
        found = parsed.value();
    }
    // No row of the token: the address never held it (Tronscan lists held tokens only).
    return found ? *found : domain::Decimal::fromUnits(0, asset.amountScale).value();
}

} // namespace p2pdesk::syncd::chain
