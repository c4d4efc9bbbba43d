#pragma once

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/domain/Result.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace p2pdesk::domain {

// What a block explorer says one transaction moved, reduced to what the desk compares with an
// order. An on-chain hint is advice for the operator who verifies a proof, never a verification:
// the explorer is a third party, and the operator still checks the wallet itself.
struct ChainTransfer {
    std::string to;    // the destination address as the explorer spells it
    std::string token; // the token's contract; empty for the network's own coin
    Decimal amount;    // at the asset's amountScale (digits below it dropped, like a received amount)
};

// How the transfers of a transaction compare with what the order expects to have been sent.
struct TransferComparison {
    // Some transfer of the order's asset (its own contract, not a look-alike) reached the address.
    bool addressMatches = false;
    // What reached the address in that asset, summed (a bitcoin transaction may pay one address in
    // several outputs); zero when nothing did.
    Decimal received;
    // `received` equals the expected amount exactly. More is not a match either: the operator
    // decides what to do with an overpayment.
    bool amountMatches = false;
    // Transfers of other tokens or coins in the same transaction (fees aside): shown, never counted.
    int otherAssetTransfers = 0;
};

// True when the transfer moves the asset itself: the same contract for a token (contracts compare
// like the network's addresses), no contract for the network's coin.
bool isTransferOf(const Asset &asset, const ChainTransfer &transfer) noexcept;

// Overflow when the sum of the transfers to the address does not fit a Decimal.
Result<TransferComparison> compareTransfers(const Asset &asset, std::span<const ChainTransfer> transfers,
                                            std::string_view expectedAddress, const Decimal &expectedAmount);

// An explorer's integer count of base units ("1500000" with the asset's 6 decimals) as an amount at
// the asset's amountScale, digits below it dropped (Rounding::Down by truncation, so 18-decimal
// counts never pass through a number that cannot hold them). InvalidFormat for anything but digits.
Result<Decimal> amountFromBaseUnits(const Asset &asset, std::string_view digits);

} // namespace p2pdesk::domain
