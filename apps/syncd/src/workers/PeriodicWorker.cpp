#include "workers/PeriodicWorker.h"

#include <Poco/Logger.h>

#include <set>

namespace p2pdesk::syncd::workers {

namespace {

std::mutex &registryMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::set<const PeriodicWorker *> &registry()
{
    static std::set<const PeriodicWorker *> workers;
    return workers;
}

} // namespace

PeriodicWorker::Health PeriodicWorker::health() const
{
    const std::lock_guard lock(m_healthMutex);
    return {name(), m_failures, m_lastError, m_failingSince, m_lastSuccess, m_failuresTotal, m_interval};
}

std::vector<PeriodicWorker::Health> PeriodicWorker::allHealth()
{
    const std::lock_guard lock(registryMutex());
    std::vector<Health> all;
    for (const auto *worker : registry())
        all.push_back(worker->health());
    return all;
}

PeriodicWorker::PeriodicWorker(std::string name, std::chrono::milliseconds interval, std::function<void()> tick)
    : m_interval(interval)
    , m_tick(std::move(tick))
    , m_loop(std::move(name))
{
    const std::lock_guard lock(registryMutex());
    registry().insert(this);
}

PeriodicWorker::~PeriodicWorker()
{
    stop();
    const std::lock_guard lock(registryMutex());
    registry().erase(this);
}

void PeriodicWorker::start()
{
    m_loop.start([this](BackgroundLoop &loop) { run(loop); });
}

void PeriodicWorker::stop()
{
    m_loop.stop();
}

void PeriodicWorker::wake()
{
    m_loop.wake();
}

void PeriodicWorker::run(BackgroundLoop &loop)
{
    auto &log = Poco::Logger::get("syncd.workers." + loop.name());
    bool lastFailed = false;
    while (loop.waitForWake(m_interval)) {
        try {
            m_tick();
            {
                const std::lock_guard lock(m_healthMutex);
                m_failures = 0;
                m_failingSince.reset();
                m_lastSuccess = std::chrono::system_clock::now();
            }
            if (lastFailed)
                log.information("recovered");
            lastFailed = false;
        } catch (const std::exception &e) {
            {
                const std::lock_guard lock(m_healthMutex);
                if (m_failures++ == 0)
                    m_failingSince = std::chrono::system_clock::now();
                ++m_failuresTotal;
                m_lastError = e.what();
            }
            // One line per outage rather than one per tick.
            if (!lastFailed)
                log.warning(std::string("tick failed, will retry: ") + e.what());
            lastFailed = true;
        }
    }
}

} // namespace p2pdesk::syncd::workers
