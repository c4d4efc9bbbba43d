#pragma once

#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/domain/Reserve.h"
#include "p2pdesk/proto/Timestamp.h"

#include <pqxx/transaction>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::db {

// One row of `reserves`, with what the orders have committed of it since it was entered.
struct ReserveRow {
    std::int64_t id = 0;
    domain::ReserveKind kind = domain::ReserveKind::Fiat;
    std::optional<std::string> asset;
    std::optional<std::string> network;
    std::optional<std::string> fiatCurrency;
    domain::Decimal amount;    // at the currency's scale
    domain::Decimal committed; // at the currency's scale
    std::optional<std::string> exportCode;
    std::int64_t version = 1;
    proto::Timestamp updatedAt{};
    std::optional<std::string> updatedBy; // the operator's username
    // The explorer whose reading of the hot wallets is the current amount, and when the wallets
    // were last read (even without a change); none for an amount a person entered.
    std::optional<std::string> syncedFrom;
    std::optional<proto::Timestamp> syncedAt;
};

// Which currency a reserve is of: asset + network for crypto, the fiat code for fiat.
struct ReserveKey {
    domain::ReserveKind kind = domain::ReserveKind::Fiat;
    std::optional<std::string> asset;
    std::optional<std::string> network;
    std::optional<std::string> fiatCurrency;
};

struct NewReserve {
    ReserveKey key;
    domain::Decimal amount;
    std::optional<std::string> exportCode;
    std::optional<std::int64_t> operatorId; // none: entered by the system (the demo seed)
};

// `reserves`. Takes the caller's transaction, never opens one.
//
// `committed` is computed, never stored: an order's payout (the fiat amount of a sell, the crypto
// amount of a buy) counts against the reserve of its currency unless the order was cancelled or was
// paid out before the reserve's counts_from — a balance counted after a payout already reflects it.
// counts_from is the moment of a hand count, or a settle period before a reading of the wallets
// (migration 0017 says why).
class ReserveRepository final {
public:
    ReserveRepository() = delete;

    // Crypto first (by asset, network), then fiat (by code).
    static std::vector<ReserveRow> list(pqxx::work &work);
    static std::optional<ReserveRow> findById(pqxx::work &work, std::int64_t id);
    // The reserve an order of this pair pays out of (the fiat one for a sell, the crypto one for a
    // buy), locked FOR UPDATE when `lock`: order creations drawing on one reserve then queue behind
    // each other, so two of them cannot both take its last part.
    static std::optional<ReserveRow> findForPayout(pqxx::work &work, domain::Direction direction,
                                                   const std::string &asset, const std::string &network,
                                                   const std::string &fiat, bool lock);
    static std::optional<ReserveRow> findByKey(pqxx::work &work, const ReserveKey &key);
    // nullopt when the currency has a reserve already or the export code is taken (nothing inserted,
    // the transaction stays usable).
    static std::optional<ReserveRow> insert(pqxx::work &work, const NewReserve &reserve);
    // Only at `version`: the row with version + 1 and updated_at now, or nullopt when the reserve is
    // gone or moved on. The caller checks the export code is free first (exportCodeUsedElsewhere).
    static std::optional<ReserveRow> update(pqxx::work &work, std::int64_t id, std::int64_t version,
                                            const domain::Decimal &amount, const std::optional<std::string> &exportCode,
                                            std::optional<std::int64_t> operatorId);
    // The reserve locked FOR UPDATE (order creations drawing on it wait), or nullopt when gone.
    static std::optional<ReserveRow> lockById(pqxx::work &work, std::int64_t id);
    // A reading of the hot wallets by `explorer` (the caller holds the row lock): a new amount
    // becomes a new version, counted from `settle` before now; an unchanged one only notes the
    // reading and moves counts_from up to that point, never back.
    static ReserveRow recordWalletReading(pqxx::work &work, std::int64_t id, const domain::Decimal &amount,
                                          const std::string &explorer, std::chrono::seconds settle);
    // Whether a reserve other than `exceptId` (0: any) uses this export code.
    static bool exportCodeUsedElsewhere(pqxx::work &work, const std::string &code, std::int64_t exceptId);
};

} // namespace p2pdesk::syncd::db
