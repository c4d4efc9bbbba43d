#pragma once

#include "db/ConnectionPool.h"
#include "workers/BackgroundLoop.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace p2pdesk::syncd::feed {

// The receiving side of the change feed: ONE dedicated connection per process LISTENs on
// ChangeNotifier::kChannel and fans out to every waiting long-poll through a condition variable,
// so 50 open long-polls cost 50 sleeping HTTP threads and no database connections.
//
// The gap problem. change_events.seq comes from a sequence, allocated when a transaction inserts,
// but transactions commit in any order: seq 41 may become visible after seq 42. A reader that
// returned 42 and then moved its cursor past it would never see 41. So the listener only ever
// publishes a "safe horizon": every event with seq ≤ horizon is committed (or will never exist).
// It is computed from snapshots, not guessed from time:
//   1. In one statement take S = pg_current_snapshot() and M = max(seq) visible in S.
//   2. Every seq ≤ M that is still invisible was allocated before S by a transaction that had an
//      xid at that moment (migration 0004 makes the seq default assign the xid first) and had not
//      finished, i.e. whose xid is < xmax(S). So M becomes safe as soon as a later snapshot's
//      xmin ≥ xmax(S): no transaction older than S is still running.
//   3. When S had no running transaction at all (xmin = xmax), M is safe at once.
// Cost: an unrelated long transaction anywhere in the cluster delays the horizon (not the data)
// until it ends; while a candidate is pending the listener re-checks with a short backoff.
class ChangeListener final {
public:
    // Called on the listener thread with the kinds of events that became safe; "*" means "assume
    // anything changed" (after a reconnect, events may have been missed).
    using Observer = std::function<void(const std::set<std::string> &kinds)>;

    explicit ChangeListener(db::ConnectionPool &pool);
    ~ChangeListener();
    ChangeListener(const ChangeListener &) = delete;
    ChangeListener &operator=(const ChangeListener &) = delete;

    void start();
    void stop();

    // Re-computes the horizon now on a pooled connection (a request's "answer at once" path).
    std::int64_t refresh();
    // Blocks until the horizon passes `since`, the deadline passes, or the listener stops; returns
    // the horizon. Holds no database connection while it waits.
    std::int64_t waitBeyond(std::int64_t since, std::chrono::steady_clock::time_point deadline);
    std::int64_t horizon() const;
    // The feed's epoch (migration 0011), read with every horizon check; 0 before the first.
    std::int64_t epoch() const;
    std::size_t waiterCount() const;

    void subscribe(Observer observer);

private:
    struct Candidate {
        std::int64_t maxSeq = 0;
        std::uint64_t xmax = 0;
    };

    void run(workers::BackgroundLoop &loop);
    // Runs the snapshot query on `conn`; true when the horizon advanced. Sets old/new horizon.
    bool check(pqxx::connection &conn, std::int64_t &before, std::int64_t &after);
    void publish(pqxx::connection *conn, std::int64_t before, std::int64_t after);

    db::ConnectionPool &m_pool;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::int64_t m_horizon = 0;
    std::int64_t m_epoch = 0;
    std::deque<Candidate> m_candidates;
    std::size_t m_waiters = 0;
    bool m_stopping = false;
    workers::BackgroundLoop m_loop{"change-listener"};
    std::mutex m_observerMutex;
    std::vector<Observer> m_observers;
};

} // namespace p2pdesk::syncd::feed
