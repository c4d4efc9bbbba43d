#pragma once

#include "audit/AuditWriter.h"
#include "db/Transaction.h"
#include "db/repositories/ReserveRepository.h"

#include "p2pdesk/domain/RateQuote.h"
#include "p2pdesk/proto/Reserves.h"

#include <pqxx/transaction>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::feed {
class ChangeFeed;
}

namespace p2pdesk::syncd::service {

// Reserves: what the desk holds of each currency it pays out, as a senior counted it (a reason each,
// audited, announced as reserve.updated). Order creation checks every quote against the reserve it
// would be paid from (checkQuote), and the public rates export advertises no more than is left.
class ReserveService final {
public:
    explicit ReserveService(feed::ChangeFeed &changeFeed)
        : m_changeFeed(changeFeed)
    {
    }

    std::vector<proto::ReserveDto> list(db::Transaction &tx);
    // 409 conflict (details.field kind | export_code) when the currency has a reserve or the code is
    // another currency's; 422 validation_failed naming the field for a bad key, amount or code.
    proto::ReserveDto create(db::Transaction &tx, const proto::CreateReserveRequest &request, audit::AuditEntry audit,
                             std::optional<std::int64_t> operatorId);
    // A recount against request.version (409 version_conflict when it moved on).
    proto::ReserveDto update(db::Transaction &tx, std::int64_t reserveId, const proto::UpdateReserveRequest &request,
                             audit::AuditEntry audit, std::optional<std::int64_t> operatorId);

    // LimitExceeded (details: reserve_id, available) when the quote pays out more than is left of
    // the reserve it draws on. The reserve row stays locked to the end of the caller's transaction,
    // so concurrent orders on one reserve are checked one after the other. No reserve: no cap.
    // A take that reprices an order to pay more than its quote committed: the increase must be left
    // in the reserve (LimitExceeded otherwise), the row locked like checkQuote's.
    static void checkRepricedPayout(pqxx::work &work, const domain::Quote &before, const domain::Quote &after,
                                    const std::string &asset, const std::string &network, const std::string &fiat);
    static void checkQuote(pqxx::work &work, const domain::Quote &quote, const std::string &asset,
                           const std::string &network, const std::string &fiat);

    // One hot wallet's balance as an explorer read it (the reserve sync's input).
    struct WalletReading {
        std::int64_t walletId = 0;
        std::string address;
        domain::Decimal balance;
    };
    enum class SyncOutcome {
        Unchanged, // the wallets hold what the reserve says; the reading is noted, nothing announced
        Changed,   // a new amount (audited as reserve.sync, announced as reserve.updated)
        Gone,      // the reserve was deleted meanwhile
    };
    // The reserve becomes the sum of its hot wallets' balances, under the row lock: order
    // creations on the reserve wait for it, and a hand count and a reading never interleave.
    // Payouts of the last `settle` count against the new amount again (migration 0017).
    SyncOutcome recordWalletReading(db::Transaction &tx, std::int64_t reserveId,
                                    const std::vector<WalletReading> &wallets, const std::string &explorer,
                                    std::chrono::seconds settle);

    static proto::ReserveDto toDto(const db::ReserveRow &row);

private:
    feed::ChangeFeed &m_changeFeed;
};

} // namespace p2pdesk::syncd::service
