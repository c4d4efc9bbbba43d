#pragma once

#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/domain/OrderStatus.h"

#include <pqxx/transaction>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
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
    std::optional<std::chrono::system_clock::time_point> baseUpdatedAt;
    domain::Decimal marginPercent;
    domain::Decimal fixedFee;
    domain::Decimal minAmount;
    std::optional<domain::Decimal> maxAmount;
    bool active = true;
    std::int64_t version = 0;
    std::chrono::system_clock::time_point updatedAt{};
};

// What an admin writes; the repository stamps base_updated_at/updated_at with now().
struct RateValues {
    domain::Direction direction = domain::Direction::Sell;
    std::string asset;
    std::string network;
    std::string fiatCurrency;
    domain::Decimal baseRate;
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
};

} // namespace p2pdesk::syncd::db
