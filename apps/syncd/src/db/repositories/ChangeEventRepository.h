#pragma once

#include "p2pdesk/proto/Changes.h"

#include <pqxx/transaction_base>

#include <cstdint>
#include <vector>

namespace p2pdesk::syncd::db {

// Reading `change_events` (feed/ChangeFeed writes them). Takes the caller's transaction.
class ChangeEventRepository final {
public:
    ChangeEventRepository() = delete;

    // Events with since < seq <= upTo, oldest first, at most `limit`. Order events carry the
    // order's status and version after the change, lifted from their payload.
    static std::vector<proto::ChangeEvent> range(pqxx::transaction_base &tx, std::int64_t since, std::int64_t upTo,
                                                 int limit);

    // Draws a new feed epoch (migration 0011) for a database that has just been restored, so that
    // workstations which cached the old database's seq start over. False when the restored schema
    // predates the epoch: migrating it then creates one, which is just as new.
    static bool renewFeedEpoch(pqxx::transaction_base &tx);
};

} // namespace p2pdesk::syncd::db
