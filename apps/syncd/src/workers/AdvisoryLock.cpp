#include "workers/AdvisoryLock.h"

#include <pqxx/nontransaction>
#include <pqxx/result>

namespace p2pdesk::syncd::workers {

AdvisoryLock::AdvisoryLock(db::ConnectionPool &pool, long long key)
    : m_pool(pool)
    , m_key(key)
{
}

AdvisoryLock::~AdvisoryLock()
{
    reset();
}

bool AdvisoryLock::tryAcquire()
{
    if (m_conn && !m_conn->is_open())
        reset();
    if (!m_conn)
        m_conn = m_pool.openDedicated();
    if (m_held)
        return true;
    try {
        pqxx::nontransaction tx(*m_conn);
        m_held = tx.exec_params1("SELECT pg_try_advisory_lock($1)", m_key)[0].as<bool>();
    } catch (...) {
        reset();
        throw;
    }
    return m_held;
}

void AdvisoryLock::reset() noexcept
{
    m_held = false;
    m_conn.reset();
}

} // namespace p2pdesk::syncd::workers
