#pragma once

#include "db/ConnectionPool.h"
#include "service/RateService.h"
#include "service/ReferenceRateProvider.h"
#include "workers/OutsideCallTurn.h"

#include "p2pdesk/domain/Decimal.h"

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace p2pdesk::syncd::workers {

// Polls the reference rate provider for every pair an active feed row follows and hands each value
// to RateService::applyReference. One instance per database (the advisory lock's holder): the
// provider sees one client whatever the number of syncd instances, and two instances never judge
// the same poll twice.
//
// The provider is outside the desk's control, so it is called outside any transaction (a slow
// provider never holds a row lock or a pooled connection), one pair at a time; a pair that fails
// leaves its rows as they are (they age into "stale", which stops quoting) and the round goes on
// with the next pair. A provider that asks to back off (Retry-After) is left alone until then.
class RateFeedWorker final {
public:
    static constexpr long long kLockKey = 0x7032707261746573; // "p2prates"

    struct TickResult {
        bool leader = false;
        bool backingOff = false;  // skipped: the provider asked to wait
        bool switchedOff = false; // skipped: the rate_feed flag is off
        int pairs = 0;            // pairs polled
        int failed = 0;           // pairs the provider gave no usable value for
        service::RateService::FeedOutcome outcome;
    };

    using Clock = OutsideCallTurn::Clock;

    RateFeedWorker(db::ConnectionPool &pool, service::RateService &rates,
                   std::shared_ptr<service::ReferenceRateProvider> provider,
                   Clock clock = &std::chrono::system_clock::now);

    // One round; tests call it directly instead of waiting for the timer. Throws when every pair
    // failed, so the worker's health (and /metrics) shows a provider that is down.
    TickResult runOnce();

private:
    db::ConnectionPool &m_pool;
    service::RateService &m_rates;
    const std::shared_ptr<service::ReferenceRateProvider> m_provider;
    OutsideCallTurn m_turn;
};

} // namespace p2pdesk::syncd::workers
