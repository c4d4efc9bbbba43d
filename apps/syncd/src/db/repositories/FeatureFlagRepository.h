#pragma once

#include "p2pdesk/proto/Timestamp.h"

#include <pqxx/transaction>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::db {

// One stored row of `feature_flags`, with the login of whoever switched it last.
struct FeatureFlagRow {
    std::string key;
    bool enabled = false;
    proto::Timestamp updatedAt{};
    std::optional<std::int64_t> updatedById;
    std::optional<std::string> updatedByUsername;
};

// The `feature_flags` table. A key without a row reads as its catalogue default (the caller
// passes it). Takes the caller's transaction, never opens one.
class FeatureFlagRepository final {
public:
    FeatureFlagRepository() = delete;

    // The stored value of `key`, or `fallback` when the key has no row.
    static bool enabled(pqxx::work &work, const std::string &key, bool fallback);
    // Every stored row (keys outside the catalogue too).
    static std::vector<FeatureFlagRow> list(pqxx::work &work);
    // The row of `key`, locked until the transaction ends (the audit's "old" value).
    static std::optional<FeatureFlagRow> lock(pqxx::work &work, const std::string &key);
    // Inserts or replaces the row of `key`.
    static FeatureFlagRow save(pqxx::work &work, const std::string &key, bool enabled, std::int64_t operatorId);
};

} // namespace p2pdesk::syncd::db
