#include "db/Transaction.h"

#include "db/DbErrors.h"

#include <Poco/Logger.h>

namespace p2pdesk::syncd::db {

Transaction::Transaction(ConnectionPool &pool)
    : m_conn(pool.acquire())
{
    try {
        m_work.emplace(*m_conn);
    } catch (const std::exception &e) {
        noteFailure(e);
        if (isConnectionFailure(e))
            throw DbUnavailable(e.what());
        throw;
    }
}

Transaction::~Transaction()
{
    abort();
}

void Transaction::onCommit(std::function<void()> action)
{
    m_onCommit.push_back(std::move(action));
}

void Transaction::commit()
{
    try {
        m_work->commit();
    } catch (const std::exception &e) {
        noteFailure(e);
        m_work.reset();
        throw;
    }
    m_work.reset();
    for (auto &action : m_onCommit) {
        try {
            action();
        } catch (const std::exception &e) {
            Poco::Logger::get("syncd.db").error(std::string("after-commit action failed: ") + e.what());
        }
    }
    m_onCommit.clear();
}

void Transaction::abort() noexcept
{
    if (!m_work)
        return;
    try {
        m_work->abort();
    } catch (...) {
        m_conn.markBroken();
    }
    m_work.reset();
}

void Transaction::noteFailure(const std::exception &e) noexcept
{
    if (isConnectionFailure(e))
        m_conn.markBroken();
}

} // namespace p2pdesk::syncd::db
