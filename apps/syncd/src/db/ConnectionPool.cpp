#include "db/ConnectionPool.h"

#include "db/DbErrors.h"

#include <Poco/Logger.h>
#include <pqxx/except>

namespace p2pdesk::syncd::db {

namespace {

Poco::Logger &logger()
{
    return Poco::Logger::get("syncd.db");
}

} // namespace

PooledConnection::PooledConnection(ConnectionPool *pool, std::unique_ptr<pqxx::connection> conn,
                                   std::uint64_t generation)
    : m_pool(pool)
    , m_conn(std::move(conn))
    , m_generation(generation)
{
}

PooledConnection::PooledConnection(PooledConnection &&other) noexcept
    : m_pool(other.m_pool)
    , m_conn(std::move(other.m_conn))
    , m_generation(other.m_generation)
    , m_broken(other.m_broken)
{
    other.m_pool = nullptr;
}

PooledConnection::~PooledConnection()
{
    if (m_pool != nullptr && m_conn)
        m_pool->release(std::move(m_conn), m_generation, m_broken);
}

ConnectionPool::ConnectionPool(std::string conninfo, std::size_t maxSize, std::chrono::milliseconds acquireTimeout)
    : m_conninfo(std::move(conninfo))
    , m_maxSize(maxSize == 0 ? 1 : maxSize)
    , m_acquireTimeout(acquireTimeout)
{
}

ConnectionPool::~ConnectionPool() = default;

std::unique_ptr<pqxx::connection> ConnectionPool::openDedicated() const
{
    try {
        return std::make_unique<pqxx::connection>(m_conninfo);
    } catch (const pqxx::broken_connection &e) {
        // libpq's message names the socket path, never the password.
        throw DbUnavailable(std::string("cannot connect to the database: ") + e.what());
    }
}

PooledConnection ConnectionPool::acquire()
{
    std::uint64_t generation = 0;
    {
        std::unique_lock lock(m_mutex);
        const auto deadline = std::chrono::steady_clock::now() + m_acquireTimeout;
        for (;;) {
            while (!m_idle.empty()) {
                Idle idle = std::move(m_idle.back());
                m_idle.pop_back();
                if (idle.generation == m_generation && idle.conn->is_open())
                    return PooledConnection(this, std::move(idle.conn), idle.generation);
                --m_open; // stale: opened before the last reported failure
            }
            if (m_open < m_maxSize)
                break;
            ++m_waiting;
            const auto waited = m_available.wait_until(lock, deadline);
            --m_waiting;
            if (waited == std::cv_status::timeout && m_idle.empty() && m_open >= m_maxSize) {
                ++m_acquireTimeouts;
                throw DbUnavailable("no database connection available within the acquire timeout");
            }
        }
        ++m_open;
        generation = m_generation;
    }
    try {
        return PooledConnection(this, openDedicated(), generation);
    } catch (...) {
        std::lock_guard lock(m_mutex);
        --m_open;
        m_available.notify_one();
        throw;
    }
}

void ConnectionPool::release(std::unique_ptr<pqxx::connection> conn, std::uint64_t generation, bool broken) noexcept
{
    std::lock_guard lock(m_mutex);
    if (broken) {
        if (generation == m_generation) {
            ++m_generation;
            logger().warning("database connection lost; dropping idle pooled connections");
        }
        --m_open;
    } else if (generation != m_generation || !conn->is_open()) {
        --m_open;
    } else {
        m_idle.push_back({std::move(conn), generation});
    }
    m_available.notify_one();
}

std::size_t ConnectionPool::idleCount() const
{
    std::lock_guard lock(m_mutex);
    return m_idle.size();
}

std::size_t ConnectionPool::openCount() const
{
    std::lock_guard lock(m_mutex);
    return m_open;
}

ConnectionPool::Stats ConnectionPool::stats() const
{
    std::lock_guard lock(m_mutex);
    Stats out;
    out.max = m_maxSize;
    out.open = m_open;
    out.idle = m_idle.size();
    out.inUse = m_open - m_idle.size();
    out.waiting = m_waiting;
    out.acquireTimeouts = m_acquireTimeouts;
    return out;
}

} // namespace p2pdesk::syncd::db
