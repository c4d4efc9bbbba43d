#include "workers/PeriodicWorker.h"

#include <Poco/Logger.h>

namespace p2pdesk::syncd::workers {

PeriodicWorker::PeriodicWorker(std::string name, std::chrono::milliseconds interval, std::function<void()> tick)
    : m_name(std::move(name))
    , m_interval(interval)
    , m_tick(std::move(tick))
{
}

PeriodicWorker::~PeriodicWorker()
{
    stop();
}

void PeriodicWorker::start()
{
    std::lock_guard lock(m_mutex);
    if (m_thread.joinable())
        return;
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
}

void PeriodicWorker::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_cv.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void PeriodicWorker::wake()
{
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_cv.notify_all();
}

void PeriodicWorker::run()
{
    auto &log = Poco::Logger::get("syncd.workers." + m_name);
    bool lastFailed = false;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_cv.wait_for(lock, m_interval, [this] { return m_stopping || m_woken; });
            if (m_stopping)
                return;
            m_woken = false;
        }
        try {
            m_tick();
            if (lastFailed)
                log.information("recovered");
            lastFailed = false;
        } catch (const std::exception &e) {
            // One line per outage rather than one per tick.
            if (!lastFailed)
                log.warning(std::string("tick failed, will retry: ") + e.what());
            lastFailed = true;
        }
    }
}

} // namespace p2pdesk::syncd::workers
