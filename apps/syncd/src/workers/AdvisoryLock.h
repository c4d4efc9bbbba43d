#pragma once

#include "db/ConnectionPool.h"

#include <pqxx/connection>

#include <memory>

namespace p2pdesk::syncd::workers {

// Leadership for singleton work across syncd instances sharing one database: a session-level
// pg_try_advisory_lock held on a dedicated connection. If that connection dies the lock is gone,
// and the next tryAcquire() reconnects and competes again. Do the singleton's work on connection()
// so that losing the connection also aborts the work.
class AdvisoryLock final {
public:
    AdvisoryLock(db::ConnectionPool &pool, long long key);
    ~AdvisoryLock();
    AdvisoryLock(const AdvisoryLock &) = delete;
    AdvisoryLock &operator=(const AdvisoryLock &) = delete;

    // True while this process holds the lock. Throws DbUnavailable when the database is down.
    bool tryAcquire();
    pqxx::connection &connection() { return *m_conn; }
    // Drops the connection (and with it the lock), e.g. after an error on it.
    void reset() noexcept;

private:
    db::ConnectionPool &m_pool;
    const long long m_key;
    std::unique_ptr<pqxx::connection> m_conn;
    bool m_held = false;
};

} // namespace p2pdesk::syncd::workers
