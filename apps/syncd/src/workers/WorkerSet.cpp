#include "workers/WorkerSet.h"

namespace p2pdesk::syncd::workers {

PeriodicWorker &WorkerSet::add(std::string name, std::chrono::milliseconds interval, std::function<void()> tick)
{
    m_workers.push_back(std::make_unique<PeriodicWorker>(std::move(name), interval, std::move(tick)));
    return *m_workers.back();
}

PeriodicWorker *WorkerSet::find(const std::string &name)
{
    for (auto &w : m_workers) {
        if (w->name() == name)
            return w.get();
    }
    return nullptr;
}

std::vector<PeriodicWorker::Health> WorkerSet::health() const
{
    std::vector<PeriodicWorker::Health> all;
    for (const auto &w : m_workers)
        all.push_back(w->health());
    return all;
}

void WorkerSet::startAll()
{
    for (auto &w : m_workers)
        w->start();
}

void WorkerSet::stopAll()
{
    for (auto it = m_workers.rbegin(); it != m_workers.rend(); ++it)
        (*it)->stop();
}

} // namespace p2pdesk::syncd::workers
