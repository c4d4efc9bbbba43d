#pragma once

#include <pqxx/connection>

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace p2pdesk::syncd::db {

class ConnectionPool;

// A borrowed connection; returns itself to the pool on destruction. Call markBroken() when the
// connection failed so that it is discarded instead of reused.
class PooledConnection final {
public:
    PooledConnection(PooledConnection &&other) noexcept;
    PooledConnection &operator=(PooledConnection &&) = delete;
    PooledConnection(const PooledConnection &) = delete;
    PooledConnection &operator=(const PooledConnection &) = delete;
    ~PooledConnection();

    pqxx::connection &operator*() const { return *m_conn; }
    pqxx::connection *operator->() const { return m_conn.get(); }
    void markBroken() noexcept { m_broken = true; }

private:
    friend class ConnectionPool;
    PooledConnection(ConnectionPool *pool, std::unique_ptr<pqxx::connection> conn, std::uint64_t generation);

    ConnectionPool *m_pool;
    std::unique_ptr<pqxx::connection> m_conn;
    std::uint64_t m_generation;
    bool m_broken = false;
};

// Bounded pool over pqxx connections. Connections are opened lazily (syncd starts while the
// database is down) and a request never waits longer than the acquire timeout: the caller gets
// DbUnavailable and answers 503. When any borrower reports a broken connection the generation is
// bumped so every idle connection opened before it is dropped too: after a database restart the
// first request pays one reconnect instead of every pooled connection failing once.
class ConnectionPool final {
public:
    ConnectionPool(std::string conninfo, std::size_t maxSize, std::chrono::milliseconds acquireTimeout);
    ~ConnectionPool();
    ConnectionPool(const ConnectionPool &) = delete;
    ConnectionPool &operator=(const ConnectionPool &) = delete;

    PooledConnection acquire();
    // Opens a connection outside the pool, for workers that hold session state (advisory locks,
    // LISTEN). Throws DbUnavailable.
    std::unique_ptr<pqxx::connection> openDedicated() const;

    const std::string &conninfo() const { return m_conninfo; }
    std::size_t idleCount() const;
    std::size_t openCount() const;

    // The pool at one instant, for /metrics: a pool that is always fully in use with callers
    // waiting is what a too small db.pool_size (or a slow database) looks like.
    struct Stats {
        std::size_t max = 0;
        std::size_t open = 0; // borrowed + idle + being opened
        std::size_t idle = 0;
        std::size_t inUse = 0;             // open - idle: borrowed or being opened
        std::size_t waiting = 0;           // acquire() calls waiting for a connection right now
        std::uint64_t acquireTimeouts = 0; // acquire() calls that gave up (answered 503 db_unavailable)
    };
    Stats stats() const;

private:
    friend class PooledConnection;
    void release(std::unique_ptr<pqxx::connection> conn, std::uint64_t generation, bool broken) noexcept;

    struct Idle {
        std::unique_ptr<pqxx::connection> conn;
        std::uint64_t generation;
    };

    const std::string m_conninfo;
    const std::size_t m_maxSize;
    const std::chrono::milliseconds m_acquireTimeout;
    mutable std::mutex m_mutex;
    std::condition_variable m_available;
    std::vector<Idle> m_idle;
    std::size_t m_open = 0; // borrowed + idle + being opened
    std::uint64_t m_generation = 0;
    std::size_t m_waiting = 0;
    std::uint64_t m_acquireTimeouts = 0;
};

} // namespace p2pdesk::syncd::db
