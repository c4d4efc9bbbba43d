#include "p2pdesk/proto/ChainHints.h"

#include "JsonReader.h"

#include <array>
#include <utility>

namespace p2pdesk::proto {

using detail::Len;
using detail::ObjectReader;

namespace {

constexpr std::array<std::pair<ChainHintState, std::string_view>, 5> kStates = {{
    {ChainHintState::Found, "found"},
    {ChainHintState::NotFound, "not_found"},
    {ChainHintState::NoExplorer, "no_explorer"},
    {ChainHintState::Disabled, "disabled"},
    {ChainHintState::Unavailable, "unavailable"},
}};

constexpr std::size_t kExplorerName = 200;
constexpr std::size_t kDetail = 1000;
constexpr std::int64_t kMaxConfirmations = 1'000'000'000;
constexpr std::int64_t kMaxTransfers = 100'000;
constexpr std::int64_t kMaxRetryAfter = 86'400;
// A bitcoin transaction may spend many inputs; the hint lists at most this many of their addresses.
constexpr std::size_t kMaxSenders = 100;

} // namespace

std::string_view toString(ChainHintState value) noexcept
{
    for (const auto &[state, name] : kStates)
        if (state == value)
            return name;
    return "not_found";
}

std::optional<ChainHintState> parseChainHintState(std::string_view text) noexcept
{
    for (const auto &[state, name] : kStates)
        if (name == text)
            return state;
    return std::nullopt;
}

Json toJson(const ChainHint &value)
{
    Json json{{"proof_id", value.proofId},
              {"state", std::string(toString(value.state))},
              {"network", value.network},
              {"txid", value.txid},
              {"checked_at", formatTimestamp(value.checkedAt)},
              {"expected_amount", value.expectedAmount.toString()}};
    detail::putOptional(json, "expected_address", value.expectedAddress);
    detail::putOptional(json, "explorer", value.explorer);
    detail::putOptional(json, "succeeded", value.succeeded);
    detail::putOptional(json, "confirmations", value.confirmations);
    detail::putOptional(json, "block_time", value.blockTime);
    detail::putOptional(json, "received", value.received);
    detail::putOptional(json, "address_matches", value.addressMatches);
    detail::putOptional(json, "amount_matches", value.amountMatches);
    detail::putOptional(json, "other_transfers", value.otherTransfers);
    detail::putOptional(json, "senders", value.senders);
    detail::putOptional(json, "detail", value.detail);
    detail::putOptional(json, "retry_after_seconds", value.retryAfterSeconds);
    return json;
}

void detail::read(const Json &json, const std::string &path, ChainHint &out)
{
    const ObjectReader r(json, path);
    out.proofId = r.id("proof_id");
    out.state = r.enumeration<ChainHintState>("state", &parseChainHintState);
    out.network = r.string("network", Len{1, limits::kNetwork});
    out.txid = r.string("txid", Len{1, limits::kTxid});
    out.checkedAt = r.timestamp("checked_at");
    out.expectedAddress = r.optString("expected_address", Len{1, limits::kAddress});
    out.expectedAmount = r.decimal("expected_amount");
    out.explorer = r.optString("explorer", Len{1, kExplorerName});
    if (r.has("succeeded"))
        out.succeeded = r.boolean("succeeded");
    out.confirmations = r.optInteger("confirmations", 0, kMaxConfirmations);
    out.blockTime = r.optTimestamp("block_time");
    out.received = r.optDecimal("received");
    if (r.has("address_matches"))
        out.addressMatches = r.boolean("address_matches");
    if (r.has("amount_matches"))
        out.amountMatches = r.boolean("amount_matches");
    out.otherTransfers = r.optInteger("other_transfers", 0, kMaxTransfers);
    if (r.has("senders"))
        out.senders = r.strings("senders", kMaxSenders, Len{1, limits::kAddress});
    out.detail = r.optString("detail", Len{1, kDetail});
    out.retryAfterSeconds = r.optInteger("retry_after_seconds", 1, kMaxRetryAfter);
}

std::optional<DecodeError> decodeInto(const Json &json, ChainHint &out)
{
    return detail::decodeRoot(json, out);
}

} // namespace p2pdesk::proto
