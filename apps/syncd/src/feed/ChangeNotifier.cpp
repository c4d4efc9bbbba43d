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
    std::lock_guard lock(m_mutex);
    if (m_thread.joinable())
        return;
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
}

void ChangeNotifier::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_cv.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void ChangeNotifier::poke()
{
    {
        std::lock_guard lock(m_mutex);
        m_pending = true;
    }
    m_cv.notify_one();
}

void ChangeNotifier::run()
{
    auto &log = Poco::Logger::get("syncd.feed.notifier");
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_cv.wait(lock, [this] { return m_stopping || m_pending; });
            if (m_stopping)
                return;
            m_pending = false;
        }
        try {
            if (!m_conn || !m_conn->is_open())
                m_conn = m_pool.openDedicated();
            pqxx::nontransaction tx(*m_conn);
            tx.exec_params("SELECT pg_notify($1, '')", std::string(kChannel));
        } catch (const std::exception &e) {
            // Listeners also poll on their long-poll timeout, so a lost wake-up only adds latency.
            m_conn.reset();
            log.warning(std::string("NOTIFY failed: ") + e.what());
            std::unique_lock lock(m_mutex);
            m_pending = true;
            m_cv.wait_for(lock, std::chrono::milliseconds(500), [this] { return m_stopping; });
        }
    }
}

} // namespace p2pdesk::syncd::feed
