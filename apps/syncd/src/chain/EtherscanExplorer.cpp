#include "chain/EtherscanExplorer.h"

#include "chain/JsonMember.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace p2pdesk::syncd::chain {

namespace {

using service::BlockExplorerError;
using Json = nlohmann::json;

// keccak256("Transfer(address,address,uint256)"): the topic every ERC20 transfer log starts with.
constexpr std::string_view kTransferTopic = "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";
// The selector of transfer(address,uint256), the call a plain token payment makes.
constexpr std::string_view kTransferSelector = "a9059cbb";

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// "0x…" (at most 64 digits: a uint256) as decimal digits, by long multiplication on the digits so
// token amounts of 18 decimals never pass through a number that cannot hold them.
std::optional<std::string> hexToDecimal(std::string_view hex)
{
    if (hex.size() < 3 || hex.substr(0, 2) != "0x" || hex.size() > 66)
        return std::nullopt;
    std::vector<int> digits{0}; // little-endian decimal digits
    for (const char c : hex.substr(2)) {
        int carry = hexDigit(c);
        if (carry < 0)
            return std::nullopt;
        for (auto &digit : digits) {
            const int value = digit * 16 + carry;
            digit = value % 10;
            carry = value / 10;
        }
        for (; carry > 0; carry /= 10)
            digits.push_back(carry % 10);
    }
    std::string out;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it)
        out.push_back(static_cast<char>('0' + *it));
    return out;
}

// A hex quantity that must fit 63 bits (block numbers, timestamps).
std::optional<std::int64_t> hexQuantity(const Json *value)
{
    if (!value || !value->is_string())
        return std::nullopt;
    const auto decimal = hexToDecimal(value->get<std::string>());
    if (!decimal || decimal->size() > 18)
        return std::nullopt;
    return std::stoll(*decimal);
}

// The address in the last 20 bytes of a 32-byte word ("0x" + 64 hex digits).
std::optional<std::string> wordAddress(std::string_view word)
{
    if (word.size() != 66 || word.substr(0, 2) != "0x")
        return std::nullopt;
    return "0x" + std::string(word.substr(26));
}

} // namespace

EtherscanExplorer::EtherscanExplorer(const std::string &url, std::string apiKey, std::chrono::milliseconds timeout)
    : m_apiKey(std::move(apiKey))
    , m_http(url, timeout, kMaxBody, "explorer.ethereum.url")
{
}

std::string EtherscanExplorer::name() const
{
    return "Etherscan " + m_http.host();
}

Json EtherscanExplorer::call(const std::string &module, const std::string &action,
                             std::map<std::string, std::string> query, const std::string &label)
{
    query["chainid"] = "1";
    query["module"] = module;
    query["action"] = action;
    if (!m_apiKey.empty())
        query["apikey"] = m_apiKey;
    outbound::HttpAnswer answer;
    try {
        answer = m_http.get("", query, {}, label);
    } catch (const outbound::OutboundError &e) {
        throw BlockExplorerError(name() + ": " + e.what());
    }
    if (answer.status == 429)
        throw BlockExplorerError(name() + " throttles the desk (HTTP 429)", answer.retryAfter.value_or(kThrottleWait));
    if (answer.status != 200)
        throw BlockExplorerError(name() + " answered HTTP " + std::to_string(answer.status) + " for " + label);
    auto json = Json::parse(answer.body, nullptr, false);
    if (!json.is_object())
        throw BlockExplorerError(name() + ": the answer for " + label + " is not a JSON object");
    // Etherscan's own refusals come with HTTP 200.
    if (const Json *status = member(json, "status"); status && status->is_string() && *status == "0") {
        const Json *result = member(json, "result");
        const std::string why = result && result->is_string() ? result->get<std::string>() : "NOTOK";
        std::string lower = why;
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
        if (lower.find("rate limit") != std::string::npos)
            throw BlockExplorerError(name() + " throttles the desk: " + why, kThrottleWait);
        throw BlockExplorerError(name() + " refused " + label + ": " + why);
    }
    if (const Json *error = member(json, "error"); error && error->is_object()) {
        const Json *message = member(*error, "message");
        throw BlockExplorerError(name() + " refused " + label + ": " +
                                 (message && message->is_string() ? message->get<std::string>() : "error"));
    }
    const auto result = json.find("result");
    if (result == json.end())
        throw BlockExplorerError(name() + ": the answer for " + label + " has no result");
    return *result;
}

service::ChainTransaction EtherscanExplorer::transaction(const domain::Asset &asset, const std::string &txid)
{
    const std::string label = "transaction " + txid;
    service::ChainTransaction out;
    const auto tx = call("proxy", "eth_getTransactionByHash", {{"txhash", txid}}, label);
    if (tx.is_null())
        return out; // Etherscan does not know the transaction
    if (!tx.is_object())
        throw BlockExplorerError(name() + ": the transaction " + txid + " is not an object");
    const Json *hash = member(tx, "hash");
    if (!hash || !hash->is_string() || *hash != txid)
        throw BlockExplorerError(name() + " answered for another transaction than " + txid);
    out.found = true;
    const Json *to = member(tx, "to");
    const Json *value = member(tx, "value");
    if (!value || !value->is_string() || !hexToDecimal(value->get<std::string>()))
        throw BlockExplorerError(name() + ": the value of " + label + " is not a hex quantity");

    const auto addTransfer = [&](std::string toAddress, std::string token, const std::string &hexAmount) {
        domain::ChainTransfer transfer;
        transfer.to = std::move(toAddress);
        transfer.token = std::move(token);
        if (domain::isTransferOf(asset, transfer)) {
            const auto digits = hexToDecimal(hexAmount);
            if (!digits)
                throw BlockExplorerError(name() + ": an amount of " + label + " is not a hex quantity");
            auto amount = domain::amountFromBaseUnits(asset, *digits);
            if (!amount)
                throw BlockExplorerError(name() + ": an amount of " + label + " does not fit an amount");
            transfer.amount = amount.value();
        }
        out.transfers.push_back(std::move(transfer));
    };
    const Json *from = member(tx, "from");
    const std::string signer = from && from->is_string() ? from->get<std::string>() : std::string();
    // ETH the transaction itself carries.
    if (to && to->is_string() && *hexToDecimal(value->get<std::string>()) != "0") {
        addTransfer(to->get<std::string>(), "", value->get<std::string>());
        if (asset.contract.empty())
            out.addSender(signer);
    }

    const auto block = hexQuantity(member(tx, "blockNumber"));
    if (!block) {
        // Not in a block yet: no receipt, so read a plain token payment from its call.
        out.succeeded = true;
        const Json *input = member(tx, "input");
        if (to && to->is_string() && input && input->is_string()) {
            const auto data = input->get<std::string>();
            if (data.size() == 2 + 8 + 64 + 64 && data.substr(2, 8) == kTransferSelector) {
                addTransfer("0x" + data.substr(2 + 8 + 24, 40), to->get<std::string>(), "0x" + data.substr(2 + 8 + 64));
                if (!asset.contract.empty() && domain::isTransferOf(asset, out.transfers.back()))
                    out.addSender(signer); // transfer() moves the signer's own tokens
            }
        }
        return out;
    }

    const auto receipt = call("proxy", "eth_getTransactionReceipt", {{"txhash", txid}}, label);
    const Json *status = receipt.is_object() ? member(receipt, "status") : nullptr;
    const Json *logs = receipt.is_object() ? member(receipt, "logs") : nullptr;
    if (!status || !status->is_string() || !logs || !logs->is_array())
        throw BlockExplorerError(name() + ": the receipt of " + label + " lacks status or logs");
    out.succeeded = *status == "0x1";
    if (!out.succeeded)
        out.transfers.clear(); // a reverted transaction moved no ETH either
    for (const auto &log : *logs) {
        const Json *contract = log.is_object() ? member(log, "address") : nullptr;
        const Json *topics = log.is_object() ? member(log, "topics") : nullptr;
        const Json *data = log.is_object() ? member(log, "data") : nullptr;
        if (!contract || !contract->is_string() || !topics || !topics->is_array())
            throw BlockExplorerError(name() + ": a log of " + label + " lacks address or topics");
        if (topics->size() != 3 || !(*topics)[0].is_string() || (*topics)[0] != kTransferTopic)
            continue; // another event, or an ERC721 transfer (four topics)
        const auto recipient = (*topics)[2].is_string() ? wordAddress((*topics)[2].get<std::string>()) : std::nullopt;
        if (!recipient || !data || !data->is_string())
            throw BlockExplorerError(name() + ": a Transfer log of " + label + " is not in ERC20's shape");
        addTransfer(*recipient, contract->get<std::string>(), data->get<std::string>());
        // The tokens' holder is the log's sender, which is not the signer when a contract moved them.
        if (domain::isTransferOf(asset, out.transfers.back()) && (*topics)[1].is_string())
            if (const auto holder = wordAddress((*topics)[1].get<std::string>()))
                out.addSender(*holder);
    }

    const auto tipAnswer = call("proxy", "eth_blockNumber", {}, "the tip");
    const auto tip = hexQuantity(&tipAnswer);
    if (!tip)
        throw BlockExplorerError(name() + ": the tip block number is not a hex quantity");
    out.confirmations = *tip >= *block ? *tip - *block + 1 : 1;
    // The block is asked for as the transaction named it (hex), not re-encoded from the number.
    const auto blockTag = member(tx, "blockNumber")->get<std::string>();
    const auto header =
        call("proxy", "eth_getBlockByNumber", {{"tag", blockTag}, {"boolean", "false"}}, "block " + blockTag);
    if (const auto time = header.is_object() ? hexQuantity(member(header, "timestamp")) : std::nullopt)
        out.blockTime = std::chrono::system_clock::time_point(std::chrono::seconds(*time));
    return out;
}

domain::Decimal EtherscanExplorer::balance(const domain::Asset &asset, const std::string &address)
{
    const std::string label = "the " + std::string(asset.code) + " balance of " + address;
    const auto result =
        asset.contract.empty()
            ? call("account", "balance", {{"address", address}, {"tag", "latest"}}, label)
            : call("account", "tokenbalance",
                   {{"contractaddress", std::string(asset.contract)}, {"address", address}, {"tag", "latest"}}, label);
    if (!result.is_string())
        throw BlockExplorerError(name() + ": " + label + " is not a string of base units");
    auto amount = domain::amountFromBaseUnits(asset, result.get<std::string>());
    if (!amount)
        throw BlockExplorerError(name() + ": " + label + " \"" + result.get<std::string>() +
                                 "\" is not a count of base units");
    return amount.value();
}

} // namespace p2pdesk::syncd::chain
