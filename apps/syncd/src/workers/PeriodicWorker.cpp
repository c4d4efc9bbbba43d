#include "workers/PeriodicWorker.h"

#include <Poco/Logger.h>

namespace p2pdesk::syncd::workers {

PeriodicWorker::PeriodicWorker(std::string name, std::chrono::milliseconds interval, std::function<void()> tick)
    : m_interval(interval)
    , m_tick(std::move(tick))
    , m_loop(std::move(name))
{
}

PeriodicWorker::~PeriodicWorker()
{
    stop();
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
