#pragma once

#include "service/OutsideServiceError.h"

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/domain/ChainHint.h"
#include "p2pdesk/domain/Decimal.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::service {

// One transaction as an explorer reports it, reduced to what an on-chain hint shows.
struct ChainTransaction {
    bool found = false;
    // Executed as sent. A TRC20 or ERC20 transfer that ran out of energy or gas is still a mined
    // transaction with a txid, but moved nothing: exactly the proof a fraudster would send.
    bool succeeded = false;
    std::optional<std::int64_t> confirmations; // nullopt: not in a block yet
    std::optional<std::chrono::system_clock::time_point> blockTime;
    std::vector<domain::ChainTransfer> transfers;
    // The addresses the asset came from, as the explorer spells them, each once: a token's Transfer
    // senders, the coin's signer, a bitcoin transaction's inputs. For a customer's deposit these are
    // the customer's side, the addresses an AML screening looks at. Empty when the explorer named none.
    std::vector<std::string> senders;

    void addSender(std::string address)
    {
        if (!address.empty() && std::find(senders.begin(), senders.end(), address) == senders.end())
            senders.push_back(std::move(address));
    }
};

// The explorer could not answer (down, throttling, too slow, an answer not in its shape).
class BlockExplorerError : public OutsideServiceError {
public:
    using OutsideServiceError::OutsideServiceError;
};

// A block explorer of one network (explorer.<network>.* in the configuration). The core knows only
// this interface; the implementations talk to the outside world (chain/) and the process wires them
// in. Used for hints, never for verification: what it says is shown to an operator, never acted on.
class BlockExplorer {
public:
    virtual ~BlockExplorer() = default;
    // Short name shown beside the hint and in logs, e.g. "Tronscan apilist.tronscanapi.com".
    virtual std::string name() const = 0;
    // Blocks at most the explorer's timeout; throws BlockExplorerError. `txid` is normalised.
    virtual ChainTransaction transaction(const domain::Asset &asset, const std::string &txid) = 0;
    // What `address` holds of `asset` (its own token contract; look-alikes do not count) as the
    // explorer last saw it, at the asset's amountScale with digits below it dropped — the reserve
    // sync never counts dust it cannot pay out. Zero for an address that never held it. Blocks at
    // most the explorer's timeout; throws BlockExplorerError.
    virtual domain::Decimal balance(const domain::Asset &asset, const std::string &address) = 0;
};

} // namespace p2pdesk::syncd::service
