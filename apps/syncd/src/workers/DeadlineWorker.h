#pragma once

#include "db/ConnectionPool.h"
#include "feed/ChangeFeed.h"
#include "service/OrderServices.h"
#include "workers/AdvisoryLock.h"

#include <cstdint>

namespace p2pdesk::syncd::workers {

// Enforces status deadlines, one instance per database (the holder of the advisory lock), acting as
// `system`: an order past its deadline takes the timeout transition of libs/domain's TimeoutPolicy
// through the same OrderService::applyTransition path as any request (so the state machine, history,
// audit and change feed all apply); an order past half its deadline gets one warning event per status.
// Each order is its own transaction, so one failing order never holds back the others.
class DeadlineWorker final {
public:
    static constexpr long long kLockKey = 0x7032706465646c6e; // "p2pdedln"
    static constexpr int kBatch = 100;

    struct TickResult {
        int expired = 0; // timeout transitions applied
        int warned = 0;  // half-time warnings recorded
        bool leader = false;
    };

    DeadlineWorker(db::ConnectionPool &pool, feed::ChangeFeed &feed, service::OrderServices &orders);

    // One round; tests call it directly instead of waiting for the timer.
    TickResult runOnce();

private:
    int expireDue();
    int warnDue();

    db::ConnectionPool &m_pool;
    feed::ChangeFeed &m_feed;
    service::OrderServices &m_orders;
    AdvisoryLock m_lock;
};

} // namespace p2pdesk::syncd::workers
