#pragma once

#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/proto/Decoded.h"
#include "p2pdesk/proto/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace p2pdesk::proto {

// Whether an on-chain hint could be looked up, and if not, why. Every state is an answer (200): a
// hint is advice next to a proof, and "the explorer is down" is something to show, not an error.
//   found        the explorer knows the transaction; the comparison fields are present
//   not_found    the explorer does not know it (a typo, another network, or not broadcast yet)
//   no_explorer  no explorer is configured for the order's network
//   disabled     the feature flag explorer_hints is off
//   unavailable  the explorer failed (down, throttling, timeout, an answer not in its shape)
enum class ChainHintState { Found, NotFound, NoExplorer, Disabled, Unavailable };
std::string_view toString(ChainHintState value) noexcept;
std::optional<ChainHintState> parseChainHintState(std::string_view text) noexcept;

// GET /api/v1/proofs/{id}/chain-hint (a txid proof; 404 for any other) →
// {"proof_id","state","network","txid","checked_at","expected_address"?,"expected_amount",
//  "explorer"?,"succeeded"?,"confirmations"?,"block_time"?,"received"?,"address_matches"?,
//  "amount_matches"?,"other_transfers"?,"senders"?,"detail"?,"retry_after_seconds"?}
// expected_*: what the order says should have moved (for a sell: its amount to the desk's deposit
// address; for a buy: its amount to the customer's address, which is not shown). The fields from
// "succeeded" to "other_transfers" are present exactly when state is "found"; confirmations is
// absent while the transaction waits in the mempool. detail: a sentence for the operator when the
// explorer failed; retry_after_seconds when it asked the desk to wait. senders (with "found"): the
// addresses the order's asset came from as the explorer reports them — for a sell, the customer's
// side, the addresses an AML screening looks at.
struct ChainHint {
    std::int64_t proofId = 0;
    ChainHintState state = ChainHintState::NotFound;
    std::string network;
    std::string txid;
    Timestamp checkedAt{};
    std::optional<std::string> expectedAddress;
    domain::Decimal expectedAmount;
    std::optional<std::string> explorer;
    std::optional<bool> succeeded;
    std::optional<std::int64_t> confirmations;
    std::optional<Timestamp> blockTime;
    std::optional<domain::Decimal> received;
    std::optional<bool> addressMatches;
    std::optional<bool> amountMatches;
    std::optional<std::int64_t> otherTransfers;
    std::optional<std::vector<std::string>> senders;
    std::optional<std::string> detail;
    std::optional<std::int64_t> retryAfterSeconds;
};

Json toJson(const ChainHint &value);
std::optional<DecodeError> decodeInto(const Json &json, ChainHint &out);

} // namespace p2pdesk::proto
