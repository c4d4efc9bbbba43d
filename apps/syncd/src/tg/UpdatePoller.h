#pragma once

#include "workers/BackgroundLoop.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
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

private:
    void run(workers::BackgroundLoop &loop);
    void setError(const std::string &error);

    db::ConnectionPool &m_pool;
    service::TelegramInbox &m_inbox;
    BotApiClient &m_client;
    Options m_options;
    std::atomic<bool> m_leader{false};
    std::atomic<std::int64_t> m_batches{0};
    mutable std::mutex m_errorMutex;
    std::string m_lastError;
    workers::BackgroundLoop m_loop{"tg-poller"};
};

} // namespace p2pdesk::syncd::tg
