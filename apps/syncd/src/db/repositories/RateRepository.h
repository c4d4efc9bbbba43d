#pragma once

#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/domain/OrderStatus.h"

#include <pqxx/transaction>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace p2pdesk::syncd::db {

// One row of `rates`: the admin's settings for one (direction, asset, network, fiat). Scales:
// baseRate at domain::kRateScale, marginPercent at 4, fixedFee/minAmount/maxAmount at the fiat's
// minor unit (the fee and the bounds are fiat amounts).
struct RateRow {
    std::int64_t id = 0;
    domain::Direction direction = domain::Direction::Sell;
    std::string asset;
    std::string network;
    std::string fiatCurrency;
    std::optional<domain::Decimal> baseRate; // NULL until an admin (or a feed) sets one
    bool baseFromFeed = false;               // base_source = 'feed'
    std::optional<std::chrono::system_clock::time_point> baseUpdatedAt;
    domain::Decimal marginPercent;
    domain::Decimal fixedFee;
    domain::Decimal minAmount;
    std::optional<domain::Decimal> maxAmount;
    bool active = true;
    std::int64_t version = 0;
    std::chrono::system_clock::time_point updatedAt{};
    std::optional<domain::Decimal> feedPendingRate; // a held jump, at kRateScale
    std::optional<std::chrono::system_clock::time_point> feedPendingAt;
};

// One rate_history row; actor is the operator's username when an operator made the change.
struct RateHistoryRow {
    std::chrono::system_clock::time_point at{};
    std::string actor;
    std::optional<domain::Decimal> baseRate;
    domain::Decimal marginPercent;
    domain::Decimal fixedFee;
    std::optional<std::string> reason;
};

// What an admin writes; the repository stamps base_updated_at/updated_at with now(). A feed row
// written without a base rate keeps the one it has (and its age).
struct RateValues {
    domain::Direction direction = domain::Direction::Sell;
    std::string asset;
    std::string network;
    std::string fiatCurrency;
    std::optional<domain::Decimal> baseRate;
    bool baseFromFeed = false;
    domain::Decimal marginPercent;
    domain::Decimal fixedFee;
    domain::Decimal minAmount;
    std::optional<domain::Decimal> maxAmount;
};

// `rates` and `rate_history`. Takes the caller's transaction, never opens one.
class RateRepository final {
public:
    RateRepository() = delete;

    // Active or not; nullopt when the pair was never configured.
    static std::optional<RateRow> find(pqxx::work &work, domain::Direction direction, const std::string &asset,
                                       const std::string &network, const std::string &fiat);
    // Every configured row, in a stable order (asset, network, fiat, direction).
    static std::vector<RateRow> list(pqxx::work &work);
    // Inserts or replaces the row (bumping its version) and appends the matching rate_history row.
    static RateRow upsert(pqxx::work &work, const RateValues &values, const std::string &actor,
                          std::optional<std::int64_t> operatorId, const std::string &reason);
    static std::optional<RateRow> findById(pqxx::work &work, std::int64_t id);

    // The reference feed (workers/RateFeedWorker). The pairs active feed rows follow, and those rows
    // locked FOR UPDATE so a poll and an admin's edit of the same row serialise.
    static std::vector<std::pair<std::string, std::string>> feedPairs(pqxx::work &work); // (asset, fiat)
    static std::vector<RateRow> lockFeedRows(pqxx::work &work, const std::string &asset, const std::string &fiat);
    // A fed value becomes the base, observed at `observedAt`; clears a held jump; one history row
    // (actor "feed") with `reason` naming the provider.
    static void applyFeedValue(pqxx::work &work, std::int64_t id, const domain::Decimal &rate,
                               std::chrono::system_clock::time_point observedAt, const std::string &reason);
    // The same value observed again: only its age moves (never backwards); a held jump is dropped.
    static void renewFeedValue(pqxx::work &work, std::int64_t id, std::chrono::system_clock::time_point observedAt);
    // Holds a jump; true when the held value is new (not the one already waiting).
    static bool holdFeedValue(pqxx::work &work, std::int64_t id, const domain::Decimal &rate,
                              std::chrono::system_clock::time_point observedAt);
    // A senior's confirmation of the held value they saw: nullopt when nothing is held or it differs.
    static std::optional<RateRow> confirmFeedValue(pqxx::work &work, std::int64_t id, const domain::Decimal &rate,
                                                   const std::string &actor, std::int64_t operatorId,
                                                   const std::string &reason);

    // The row's history since `since`, oldest first, at most `limit` rows (the newest ones).
    static std::vector<RateHistoryRow> history(pqxx::work &work, std::int64_t id,
                                               std::chrono::system_clock::time_point since, int limit);
};

} // namespace p2pdesk::syncd::db
