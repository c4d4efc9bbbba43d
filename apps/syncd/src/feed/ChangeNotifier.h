#pragma once

#include "db/ConnectionPool.h"
#include "workers/BackgroundLoop.h"

#include <memory>

namespace p2pdesk::syncd::feed {

// Wakes change-feed listeners (in this and other syncd instances) with NOTIFY on kChannel, sent
// from its own connection *after* the writing transaction committed. NOTIFY inside the hot
// transaction serialises every commit on the notification queue lock (measured: throughput
// halves); here pokes are coalesced, so a burst of commits costs one NOTIFY. Listeners re-read
// change_events after `since`, so the notification carries no payload.
class ChangeNotifier final {
public:
    static constexpr const char *kChannel = "p2pdesk_changes";

    explicit ChangeNotifier(db::ConnectionPool &pool);
    ~ChangeNotifier();
    ChangeNotifier(const ChangeNotifier &) = delete;
    ChangeNotifier &operator=(const ChangeNotifier &) = delete;

    void start();
    void stop();
    // Cheap and non-blocking: safe to call from an after-commit hook on a request thread.
    void poke();

private:
    void run(workers::BackgroundLoop &loop);

    db::ConnectionPool &m_pool;
    std::unique_ptr<pqxx::connection> m_conn; // the loop thread's only
    workers::BackgroundLoop m_loop{"change-notifier"};
};

} // namespace p2pdesk::syncd::feed
