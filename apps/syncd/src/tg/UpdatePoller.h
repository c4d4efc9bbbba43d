#pragma once

#include "workers/BackgroundLoop.h"
#include "workers/PeriodicWorker.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>

namespace p2pdesk::syncd::db {
class ConnectionPool;
}
namespace p2pdesk::syncd::service {
class TelegramInbox;
}

namespace p2pdesk::syncd::tg {

class BotApiClient;

// Long polling (getUpdates), the default intake: works behind NAT and firewalls, where a desk
// usually is. Each batch is stored in tg_updates (TelegramInbox) BEFORE the next call confirms it
// with a higher offset, so a crash between the two only makes Telegram deliver the batch again,
// which the update_id key turns into no-ops. With several syncd instances on one database
// exactly one polls: the one holding the advisory lock; when it dies its connection and lock go
// with it and another instance takes over on its next attempt.
class UpdatePoller final {
public:
    static constexpr long long kLockKey = 0x703270647467706c; // "p2pdtgpl"

    struct Options {
        int timeoutSeconds = 10; // getUpdates long-poll; stop() may wait this long
        std::chrono::milliseconds retryPause{2000};
    };

    UpdatePoller(db::ConnectionPool &pool, service::TelegramInbox &inbox, BotApiClient &client, Options options);
    ~UpdatePoller();

    void start();
    void stop();

    bool isLeader() const { return m_leader.load(); }
    // The last error answered by Telegram or the network (redacted), for health and tests.
    std::string lastError() const;
    std::int64_t batchesStored() const { return m_batches.load(); }
    // As a worker for /metrics ("tg_poller"): a turn succeeds when getUpdates answered and its batch
    // is stored, or when another instance holds the lock (this one is healthy, only not polling).
    // A turn lasts up to the long-poll timeout, which is reported as the interval.
    workers::PeriodicWorker::Health health() const;
    // How long since the last successful turn (since start() when there was none): what says the
    // Telegram intake is stuck, whatever the cause (token refused, webhook set, network, database).
    std::chrono::seconds lag() const;

private:
    void run(workers::BackgroundLoop &loop);
    void setError(const std::string &error);
    void noteTurn();
    void noteFailure(const std::string &error);

    db::ConnectionPool &m_pool;
    service::TelegramInbox &m_inbox;
    BotApiClient &m_client;
    Options m_options;
    std::atomic<bool> m_leader{false};
    std::atomic<std::int64_t> m_batches{0};
    mutable std::mutex m_errorMutex; // also guards the health figures below
    std::string m_lastError;
    std::chrono::system_clock::time_point m_startedAt = std::chrono::system_clock::now();
    std::optional<std::chrono::system_clock::time_point> m_lastTurn;
    std::optional<std::chrono::system_clock::time_point> m_failingSince;
    int m_failures = 0;
    std::uint64_t m_failuresTotal = 0;
    workers::BackgroundLoop m_loop{"tg-poller"};
};

} // namespace p2pdesk::syncd::tg
