#pragma once

#include "db/ConnectionPool.h"

#include "p2pdesk/proto/Changes.h"

#include <cstdint>

namespace p2pdesk::syncd::feed {

// The feed's read side, for every front-end (the API's long-poll, the bot's notifier): events
// (since, horizon], at most kMaxEvents, read on a short-lived pooled connection and never in a
// caller's transaction — a reader that then sleeps in a long-poll must not pin a connection.
class ChangeReader final {
public:
    static constexpr int kMaxEvents = 500;

    explicit ChangeReader(db::ConnectionPool &pool)
        : m_pool(pool)
    {
    }

    proto::ChangesResponse read(std::int64_t since, std::int64_t horizon) const;

private:
    db::ConnectionPool &m_pool;
};

} // namespace p2pdesk::syncd::feed
