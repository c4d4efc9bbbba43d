#include "observability/MetricsRegistry.h"

#include <Poco/Logger.h>

#include <stdexcept>

namespace p2pdesk::syncd::observability {

Histogram::Histogram(const std::vector<double> &bounds)
    : m_bounds(bounds)
    , m_counts(std::make_unique<std::atomic<std::uint64_t>[]>(bounds.size() + 1))
{
}

void Histogram::observe(double value) noexcept
{
    // `le` is "less than or equal": a value on a bound belongs to that bound's bucket.
    const auto index =
        static_cast<std::size_t>(std::lower_bound(m_bounds.begin(), m_bounds.end(), value) - m_bounds.begin());
    m_counts[index].fetch_add(1, std::memory_order_relaxed);
    m_sum.fetch_add(value, std::memory_order_relaxed);
}

Histogram::Snapshot Histogram::snapshot() const
{
    Snapshot out;
    out.cumulative.reserve(m_bounds.size() + 1);
    std::uint64_t running = 0;
    for (std::size_t i = 0; i <= m_bounds.size(); ++i) {
        running += m_counts[i].load(std::memory_order_relaxed);
        out.cumulative.push_back(running);
    }
    out.sum = m_sum.load(std::memory_order_relaxed);
    return out;
}

template<> void Family<Counter>::write(Exposition &out) const
{
    std::shared_lock lock(m_mutex);
    for (const auto &[values, child] : m_children)
        out.counter(m_name, m_help, labelsOf(values), static_cast<double>(child->value()));
}

template<> void Family<Histogram>::write(Exposition &out) const
{
    std::shared_lock lock(m_mutex);
    for (const auto &[values, child] : m_children) {
        const auto snapshot = child->snapshot();
        out.histogram(m_name, m_help, labelsOf(values), m_bounds, snapshot.cumulative, snapshot.sum);
    }
}

Registry::Registration::Registration(Registration &&other) noexcept
    : m_registry(other.m_registry)
    , m_id(other.m_id)
{
    other.m_registry = nullptr;
}

Registry::Registration &Registry::Registration::operator=(Registration &&other) noexcept
{
    if (this != &other) {
        if (m_registry != nullptr)
            m_registry->removeCollector(m_id);
        m_registry = other.m_registry;
        m_id = other.m_id;
        other.m_registry = nullptr;
    }
    return *this;
}

Registry::Registration::~Registration()
{
    if (m_registry != nullptr)
        m_registry->removeCollector(m_id);
}

CounterFamily &Registry::counter(std::string name, std::string help, std::vector<std::string> labelNames)
{
    std::lock_guard lock(m_familiesMutex);
    auto &family = *m_counters.emplace_back(
        std::make_unique<CounterFamily>(std::move(name), std::move(help), std::move(labelNames)));
    m_familyWriters.emplace_back([&family](Exposition &out) { family.write(out); });
    return family;
}

HistogramFamily &Registry::histogram(std::string name, std::string help, std::vector<std::string> labelNames,
                                     std::vector<double> bounds)
{
    if (!std::is_sorted(bounds.begin(), bounds.end()) ||
        std::adjacent_find(bounds.begin(), bounds.end()) != bounds.end())
        throw std::logic_error("histogram " + name + ": bounds must ascend strictly");
    std::lock_guard lock(m_familiesMutex);
    auto &family = *m_histograms.emplace_back(
        std::make_unique<HistogramFamily>(std::move(name), std::move(help), std::move(labelNames), std::move(bounds)));
    m_familyWriters.emplace_back([&family](Exposition &out) { family.write(out); });
    return family;
}

Registry::Registration Registry::addCollector(Collector collector)
{
    std::lock_guard lock(m_collectorsMutex);
    const auto id = m_nextId++;
    m_collectors.emplace(id, std::move(collector));
    return Registration(this, id);
}

void Registry::removeCollector(std::uint64_t id)
{
    std::lock_guard lock(m_collectorsMutex);
    m_collectors.erase(id);
}

std::string Registry::render() const
{
    Exposition out;
    {
        std::lock_guard lock(m_familiesMutex);
        for (const auto &write : m_familyWriters)
            write(out);
    }
    std::lock_guard lock(m_collectorsMutex);
    for (const auto &[id, collect] : m_collectors) {
        try {
            collect(out);
        } catch (const std::logic_error &) {
            throw; // a malformed page is a bug for the tests to see, not a figure to leave out
        } catch (const std::exception &e) {
            Poco::Logger::get("syncd.metrics").error(std::string("a metrics collector failed: ") + e.what());
        }
    }
    return out.text();
}

} // namespace p2pdesk::syncd::observability
