#include "workers/ReserveSyncWorker.h"

#include "db/Transaction.h"
#include "db/repositories/ReserveRepository.h"
#include "db/repositories/WalletRepository.h"
#include "service/FeatureFlagService.h"

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/domain/FeatureFlags.h"

#include <Poco/Logger.h>

#include <stdexcept>
#include <utility>
#include <vector>

namespace p2pdesk::syncd::workers {

namespace {

Poco::Logger &logger()
{
    return Poco::Logger::get("syncd.workers.reserve_sync");
}

// A reserve the round reads, with the wallets it is the sum of.
struct Target {
    std::int64_t reserveId = 0;
    domain::Asset asset;
    std::vector<db::WalletRow> wallets;
};

} // namespace

ReserveSyncWorker::ReserveSyncWorker(db::ConnectionPool &pool, service::ReserveService &reserves, Explorers explorers,
                                     std::chrono::seconds settle, Clock clock)
    : m_pool(pool)
    , m_reserves(reserves)
    , m_explorers(std::move(explorers))
    , m_settle(settle)
    , m_turn(pool, kLockKey, std::move(clock))
{
}

ReserveSyncWorker::TickResult ReserveSyncWorker::runOnce()
{
    TickResult result;
    const auto turn = m_turn.take();
    result.leader = turn != OutsideCallTurn::Turn::NotLeader;
    result.backingOff = turn == OutsideCallTurn::Turn::Waiting;
    if (turn != OutsideCallTurn::Turn::Go)
        return result;

    std::vector<Target> targets;
    const bool on = db::inTransaction(m_pool, [&](db::Transaction &tx) {
        if (!service::FeatureFlagService::enabled(tx.work(), domain::flag::kReserveSync))
            return false;
        const auto wallets = db::WalletRepository::list(tx.work());
        for (const auto &reserve : db::ReserveRepository::list(tx.work())) {
            if (reserve.kind != domain::ReserveKind::Crypto || !m_explorers.count(*reserve.network))
                continue;
            const auto asset = domain::findAsset(*reserve.asset, *reserve.network);
            if (!asset)
                continue;
            Target target{reserve.id, *asset, {}};
            for (const auto &wallet : wallets) {
                if (wallet.active && wallet.kind == db::WalletKind::Hot && wallet.asset == *reserve.asset &&
                    wallet.network == *reserve.network)
                    target.wallets.push_back(wallet);
            }
            if (!target.wallets.empty())
                targets.push_back(std::move(target));
        }
        return true;
    });
    if (!on) {
        result.switchedOff = true;
        return result;
    }

    std::string lastError;
    for (const auto &target : targets) {
        auto &explorer = *m_explorers.at(std::string(target.asset.network));
        std::vector<service::ReserveService::WalletReading> readings;
        try {
            for (const auto &wallet : target.wallets)
                readings.push_back({wallet.id, wallet.address, explorer.balance(target.asset, wallet.address)});
        } catch (const service::BlockExplorerError &error) {
            ++result.failed;
            lastError = error.what();
            logger().warning("reserve %?d (%s/%s) left as it was: %s", target.reserveId, std::string(target.asset.code),
                             std::string(target.asset.network), lastError);
            if (error.retryAfter()) {
                // The explorer throttles the desk, not a wallet: asking on would only extend the ban.
                m_turn.backOff(*error.retryAfter());
                break;
            }
            continue;
        }
        ++result.reserves;
        const auto outcome = db::inTransaction(m_pool, [&](db::Transaction &tx) {
            return m_reserves.recordWalletReading(tx, target.reserveId, readings, explorer.name(), m_settle);
        });
        if (outcome == service::ReserveService::SyncOutcome::Changed) {
            ++result.changed;
            logger().information("reserve %?d (%s/%s) recounted from %z hot wallet(s) through %s", target.reserveId,
                                 std::string(target.asset.code), std::string(target.asset.network), readings.size(),
                                 explorer.name());
        }
    }
    if (result.failed > 0 && result.reserves == 0)
        throw std::runtime_error("reserve sync: no reserve read; last error: " + lastError);
    return result;
}

} // namespace p2pdesk::syncd::workers
