#include "chain/EsploraExplorer.h"

#include "chain/JsonMember.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <limits>
#include <optional>

namespace p2pdesk::syncd::chain {

namespace {

using service::BlockExplorerError;
using Json = nlohmann::json;

// A count of satoshis: a non-negative integer no bigger than every bitcoin there will ever be.
std::optional<std::uint64_t> satoshis(const Json *value)
{
    constexpr std::uint64_t kAllBitcoin = 21'000'000ULL * 100'000'000ULL;
    if (!value || !value->is_number_unsigned())
        return std::nullopt;
    const auto sats = value->get<std::uint64_t>();
    return sats <= kAllBitcoin ? std::optional(sats) : std::nullopt;
}

} // namespace

EsploraExplorer::EsploraExplorer(const std::string &url, std::chrono::milliseconds timeout)
    : m_http(url, timeout, kMaxBody, "explorer.bitcoin.url")
{
}

std::string EsploraExplorer::name() const
{
    return "Esplora " + m_http.host();
}

std::optional<std::string> EsploraExplorer::fetch(const std::string &path, const std::string &label,
                                                  bool notFoundIsAnswer)
{
    outbound::HttpAnswer answer;
    try {
        answer = m_http.get(path, {}, {}, label);
    } catch (const outbound::OutboundError &e) {
        throw BlockExplorerError(name() + ": " + e.what());
    }
    if (answer.status == 429)
        throw BlockExplorerError(name() + " throttles the desk (HTTP 429)",
                                 answer.retryAfter.value_or(std::chrono::seconds(30)));
    if (answer.status == 404 && notFoundIsAnswer)
        return std::nullopt;
    if (answer.status != 200)
        throw BlockExplorerError(name() + " answered HTTP " + std::to_string(answer.status) + " for " + label);
    return std::move(answer.body);
}

Json EsploraExplorer::fetchObject(const std::string &path, const std::string &label)
{
    auto json = Json::parse(*fetch(path, label, false), nullptr, false);
    if (!json.is_object())
        throw BlockExplorerError(name() + ": the answer for " + label + " is not a JSON object");
    return json;
}

service::ChainTransaction EsploraExplorer::transaction(const domain::Asset &asset, const std::string &txid)
{
    const std::string label = "transaction " + txid;
    service::ChainTransaction out;
    // The txid is normalised hex (service/ChainHintService), so it is safe in a path.
    const auto body = fetch("/tx/" + txid, label, true);
    if (!body)
        return out; // 404: the explorer does not know the transaction
    const auto json = Json::parse(*body, nullptr, false);
    if (!json.is_object())
        throw BlockExplorerError(name() + ": the answer for " + label + " is not a JSON object");
    const Json *id = member(json, "txid");
    if (!id || !id->is_string() || *id != txid)
        throw BlockExplorerError(name() + " answered for another transaction than " + txid);
    out.found = true;
    out.succeeded = true; // a Bitcoin transaction is valid as a whole or not in a block at all

    // The inputs' addresses are the sender's side (a coinbase input has no prevout).
    if (const Json *inputs = member(json, "vin"); inputs && inputs->is_array()) {
        for (const auto &input : *inputs) {
            const Json *prevout = input.is_object() ? member(input, "prevout") : nullptr;
            const Json *address = prevout && prevout->is_object() ? member(*prevout, "scriptpubkey_address") : nullptr;
            if (address && address->is_string())
                out.addSender(address->get<std::string>());
        }
    }

    const Json *outputs = member(json, "vout");
    if (!outputs || !outputs->is_array())
        throw BlockExplorerError(name() + ": vout of " + label + " is not a list");
    for (const auto &output : *outputs) {
        const auto value = output.is_object() ? satoshis(member(output, "value")) : std::nullopt;
        if (!value)
            throw BlockExplorerError(name() + ": an output of " + label + " has no value in satoshis");
        const Json *address = member(output, "scriptpubkey_address");
        if (!address)
            continue; // OP_RETURN and other outputs without an address pay no one
        if (!address->is_string())
            throw BlockExplorerError(name() + ": an output address of " + label + " is not a string");
        domain::ChainTransfer transfer;
        transfer.to = address->get<std::string>();
        auto amount = domain::amountFromBaseUnits(asset, std::to_string(*value));
        if (!amount)
            throw BlockExplorerError(name() + ": an output of " + label + " does not fit an amount");
        transfer.amount = amount.value();
        out.transfers.push_back(std::move(transfer));
    }

    const Json *status = member(json, "status");
    const Json *confirmed = status && status->is_object() ? member(*status, "confirmed") : nullptr;
    if (!confirmed || !confirmed->is_boolean())
        throw BlockExplorerError(name() + ": status of " + label + " does not say whether it is confirmed");
    if (!confirmed->get<bool>())
        return out; // in the mempool
    const Json *height = member(*status, "block_height");
    if (!height || !height->is_number_unsigned())
        throw BlockExplorerError(name() + ": " + label + " is confirmed without a block height");
    if (const Json *time = member(*status, "block_time"); time && time->is_number_unsigned())
        out.blockTime = std::chrono::system_clock::time_point(std::chrono::seconds(time->get<std::int64_t>()));
    // Confirmations need the tip: one more question, only for a mined transaction.
    const auto tipText = *fetch("/blocks/tip/height", "the tip height", false);
    const auto tip = Json::parse(tipText, nullptr, false);
    if (!tip.is_number_unsigned())
        throw BlockExplorerError(name() + ": the tip height is not a number");
    const auto tipHeight = tip.get<std::uint64_t>();
    const auto blockHeight = height->get<std::uint64_t>();
    // A tip behind the block (another server behind a load balancer) still counts the block itself.
    out.confirmations = tipHeight >= blockHeight && tipHeight - blockHeight < std::numeric_limits<std::int64_t>::max()
                            ? static_cast<std::int64_t>(tipHeight - blockHeight + 1)
                            : 1;
    return out;
}

domain::Decimal EsploraExplorer::balance(const domain::Asset &asset, const std::string &address)
{
    const std::string label = "the balance of " + address;
    if (!asset.contract.empty())
        throw BlockExplorerError(name() + " reads bitcoin balances only, not " + label);
    // Esplora accepts only what a Bitcoin address may contain; anything else never reaches the path.
    for (const char c : address) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            throw BlockExplorerError(name() + ": \"" + address + "\" is not a Bitcoin address");
    }
    const auto json = fetchObject("/address/" + address, label);
    const Json *chain = member(json, "chain_stats");
    const Json *mempool = member(json, "mempool_stats");
    if (!chain || !chain->is_object() || !mempool || !mempool->is_object())
        throw BlockExplorerError(name() + ": the answer for " + label + " lacks chain_stats or mempool_stats");
    const auto funded = satoshis(member(*chain, "funded_txo_sum"));
    const auto spent = satoshis(member(*chain, "spent_txo_sum"));
    const auto leaving = satoshis(member(*mempool, "spent_txo_sum"));
    if (!funded || !spent || !leaving)
        throw BlockExplorerError(name() + ": the sums in " + label + " are not counts of satoshis");
    if (*spent > *funded)
        throw BlockExplorerError(name() + ": " + label + " spends more than it received");
    // Unconfirmed incoming money is not counted; unconfirmed outgoing money is already gone.
    const auto held = *funded - *spent;
    const auto units = held > *leaving ? held - *leaving : 0;
    auto amount = domain::amountFromBaseUnits(asset, std::to_string(units));
    if (!amount)
        throw BlockExplorerError(name() + ": " + label + " does not fit an amount");
    return amount.value();
}

} // namespace p2pdesk::syncd::chain
