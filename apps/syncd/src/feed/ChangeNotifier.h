#pragma once

#include "db/ConnectionPool.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

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
    void run();

    db::ConnectionPool &m_pool;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_pending = false;
    bool m_stopping = false;
    std::thread m_thread;
    std::unique_ptr<pqxx::connection> m_conn;
};

} // namespace p2pdesk::syncd::feed
