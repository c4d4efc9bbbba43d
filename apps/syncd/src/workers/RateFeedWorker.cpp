#include "workers/RateFeedWorker.h"

#include "db/Transaction.h"
#include "db/repositories/RateRepository.h"
#include "service/FeatureFlagService.h"

#include "p2pdesk/domain/FeatureFlags.h"

#include <Poco/Logger.h>

#include <stdexcept>
#include <string>
#include <utility>

namespace p2pdesk::syncd::workers {

namespace {

Poco::Logger &logger()
{
    return Poco::Logger::get("syncd.workers.rate_feed");
}

} // namespace

RateFeedWorker::RateFeedWorker(db::ConnectionPool &pool, service::RateService &rates,
                               std::shared_ptr<service::ReferenceRateProvider> provider, Clock clock)
    : m_pool(pool)
    , m_rates(rates)
    , m_provider(std::move(provider))
    , m_turn(pool, kLockKey, std::move(clock))
{
}

RateFeedWorker::TickResult RateFeedWorker::runOnce()
{
    TickResult result;
    const auto turn = m_turn.take();
    result.leader = turn != OutsideCallTurn::Turn::NotLeader;
    result.backingOff = turn == OutsideCallTurn::Turn::Waiting;
    if (turn != OutsideCallTurn::Turn::Go)
        return result;

    // The admin's live switch (Administration → Feature flags), read every round like every flag.
    std::vector<std::pair<std::string, std::string>> pairs;
    const bool on = db::inTransaction(m_pool, [&pairs](db::Transaction &tx) {
        if (!service::FeatureFlagService::enabled(tx.work(), domain::flag::kRateFeed))
            return false;
        pairs = db::RateRepository::feedPairs(tx.work());
        return true;
    });
    if (!on) {
        result.switchedOff = true;
        return result;
    }
    std::string lastError;
    for (const auto &[asset, fiat] : pairs) {
        ++result.pairs;
        try {
            const auto quote = m_provider->fetch(asset, fiat);
            const auto outcome = db::inTransaction(m_pool, [&](db::Transaction &tx) {
                return m_rates.applyReference(tx, asset, fiat, quote, m_provider->name());
            });
            result.outcome.applied += outcome.applied;
            result.outcome.renewed += outcome.renewed;
            result.outcome.held += outcome.held;
            result.outcome.maxJumpPercent = outcome.maxJumpPercent;
            if (outcome.held > 0)
                logger().warning("%s/%s: %s jumped beyond %s %%; held for a senior", asset, fiat, m_provider->name(),
                                 outcome.maxJumpPercent.toString());
        } catch (const service::ReferenceRateError &error) {
            ++result.failed;
            lastError = error.what();
            logger().warning("%s/%s: %s", asset, fiat, lastError);
            if (error.retryAfter()) {
                // The provider throttles the client, not a pair: polling the other pairs now
                // would only extend the ban.
                m_turn.backOff(*error.retryAfter());
                break;
            }
        }
    }
    if (result.pairs > 0 && result.failed == result.pairs)
        throw std::runtime_error("reference rate feed: no pair updated; last error: " + lastError);
    return result;
}

} // namespace p2pdesk::syncd::workers
