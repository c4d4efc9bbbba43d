#include "feed/ChangeNotifier.h"

#include <Poco/Logger.h>
#include <pqxx/nontransaction>
#include <pqxx/result>

#include <chrono>

namespace p2pdesk::syncd::feed {

ChangeNotifier::ChangeNotifier(db::ConnectionPool &pool)
    : m_pool(pool)
{
}

ChangeNotifier::~ChangeNotifier()
{
    stop();
}

void ChangeNotifier::start()
{
    m_loop.start([this](workers::BackgroundLoop &loop) { run(loop); });
}

void ChangeNotifier::stop()
{
    m_loop.stop();
}

void ChangeNotifier::poke()
{
    // A wake is kept while the loop is busy, so a burst of pokes costs one NOTIFY.
    m_loop.wake();
}

void ChangeNotifier::run(workers::BackgroundLoop &loop)
{
    auto &log = Poco::Logger::get("syncd.feed.notifier");
    // Only a poke matters; the timeout merely bounds the wait.
    while (loop.waitForWake(std::chrono::hours(1))) {
        try {
            if (!m_conn || !m_conn->is_open())
                m_conn = m_pool.openDedicated();
            pqxx::nontransaction tx(*m_conn);
            tx.exec_params("SELECT pg_notify($1, '')", std::string(kChannel));
        } catch (const std::exception &e) {
            // Listeners also poll on their long-poll timeout, so a lost wake-up only adds latency.
            m_conn.reset();
            log.warning(std::string("NOTIFY failed: ") + e.what());
            loop.wake(); // still owed
            if (!loop.pause(std::chrono::milliseconds(500)))
                break;
        }
    }
    m_conn.reset();
}

} // namespace p2pdesk::syncd::feed
