#pragma once

#include "observability/Exposition.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace p2pdesk::syncd::observability {

// A count that only grows (requests, failures). Recording is one relaxed atomic add.
class Counter final {
public:
    void inc(std::uint64_t n = 1) noexcept { m_value.fetch_add(n, std::memory_order_relaxed); }
    std::uint64_t value() const noexcept { return m_value.load(std::memory_order_relaxed); }

private:
    std::atomic<std::uint64_t> m_value{0};
};

// Observations counted into fixed buckets, plus their sum. Each bucket counts only its own range
// and the snapshot accumulates, so a page rendered while requests are being recorded still has
// monotonic buckets and a _count equal to its +Inf bucket. Recording: a short scan of the bounds
// and two atomic operations, no lock.
class Histogram final {
public:
    // `bounds` (ascending upper bounds, +Inf implied) must outlive the histogram: its family owns them.
    explicit Histogram(const std::vector<double> &bounds);
    void observe(double value) noexcept;

    struct Snapshot {
        std::vector<std::uint64_t> cumulative; // per bound, then +Inf (= the count)
        double sum = 0;
    };
    Snapshot snapshot() const;

private:
    const std::vector<double> &m_bounds;
    std::unique_ptr<std::atomic<std::uint64_t>[]> m_counts; // bounds.size() + 1
    std::atomic<double> m_sum{0};
};

// One metric name with fixed label names and a child per label-value tuple, made on first use and
// kept for the life of the process. Label values must come from small closed sets (route templates,
// methods, status codes; never a raw path or an id), or the page grows without bound. Finding an
// existing child takes a shared lock and allocates nothing; only the first use of a tuple allocates.
template<typename T> class Family final {
public:
    Family(std::string name, std::string help, std::vector<std::string> labelNames, std::vector<double> bounds = {})
        : m_name(std::move(name))
        , m_help(std::move(help))
        , m_labelNames(std::move(labelNames))
        , m_bounds(std::move(bounds))
    {
    }

    // Values in the order of the label names.
    T &labels(std::initializer_list<std::string_view> values)
    {
        {
            std::shared_lock lock(m_mutex);
            if (const auto it = m_children.find(values); it != m_children.end())
                return *it->second;
        }
        std::unique_lock lock(m_mutex);
        if (const auto it = m_children.find(values); it != m_children.end())
            return *it->second;
        std::vector<std::string> key(values.begin(), values.end());
        key.resize(m_labelNames.size()); // a missing value is an empty label, never a crash
        std::unique_ptr<T> child;
        if constexpr (std::is_same_v<T, Histogram>)
            child = std::make_unique<Histogram>(m_bounds);
        else
            child = std::make_unique<T>();
        return *m_children.emplace(std::move(key), std::move(child)).first->second;
    }

    void write(Exposition &out) const;

private:
    // Orders stored keys and looked-up values alike, so a lookup needs no std::string.
    struct Less {
        using is_transparent = void;
        template<typename A, typename B> bool operator()(const A &a, const B &b) const
        {
            return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                                [](std::string_view x, std::string_view y) { return x < y; });
        }
    };

    Labels labelsOf(const std::vector<std::string> &values) const
    {
        Labels out;
        for (std::size_t i = 0; i < m_labelNames.size(); ++i)
            out.emplace_back(m_labelNames[i], values[i]);
        return out;
    }

    const std::string m_name;
    const std::string m_help;
    const std::vector<std::string> m_labelNames;
    const std::vector<double> m_bounds;
    mutable std::shared_mutex m_mutex;
    std::map<std::vector<std::string>, std::unique_ptr<T>, Less> m_children;
};

template<> void Family<Counter>::write(Exposition &out) const;
template<> void Family<Histogram>::write(Exposition &out) const;

using CounterFamily = Family<Counter>;
using HistogramFamily = Family<Histogram>;

// The metrics of one syncd process (owned by app::Services, so two servers in one test process
// never mix their figures). Two kinds of sources:
//   - families recorded on the hot path (requests by route, their durations): counters and
//     histograms created here once at start;
//   - collectors called at scrape time for what is cheaper to read than to track (pool use,
//     long-poll waiters, worker health, backlogs in the database). A collector adds its samples to
//     the page; several may add to one family (each front-end reports its own workers).
// render() runs the collectors one scrape at a time, so a slow database read is never done twice
// at once by overlapping scrapes.
class Registry final {
public:
    using Collector = std::function<void(Exposition &)>;

    // Removes its collector when destroyed, waiting for a scrape that is running it, so whatever the
    // collector reads may be destroyed right after.
    class Registration final {
    public:
        Registration() = default;
        Registration(Registration &&other) noexcept;
        Registration &operator=(Registration &&other) noexcept;
        Registration(const Registration &) = delete;
        Registration &operator=(const Registration &) = delete;
        ~Registration();

    private:
        friend class Registry;
        Registration(Registry *registry, std::uint64_t id)
            : m_registry(registry)
            , m_id(id)
        {
        }
        Registry *m_registry = nullptr;
        std::uint64_t m_id = 0;
    };

    CounterFamily &counter(std::string name, std::string help, std::vector<std::string> labelNames);
    HistogramFamily &histogram(std::string name, std::string help, std::vector<std::string> labelNames,
                               std::vector<double> bounds);
    [[nodiscard]] Registration addCollector(Collector collector);

    // The whole page in the text exposition format, families in the order they were created, then
    // what the collectors add. A collector that throws is logged and the rest of the page is still
    // served (a collector that can fail in part, like a database read, catches that itself); a
    // std::logic_error (a malformed page: a bug) is thrown on.
    std::string render() const;

private:
    void removeCollector(std::uint64_t id);

    mutable std::mutex m_familiesMutex;
    std::vector<std::unique_ptr<CounterFamily>> m_counters;
    std::vector<std::unique_ptr<HistogramFamily>> m_histograms;
    std::vector<std::function<void(Exposition &)>> m_familyWriters; // in creation order
    // Held while collectors run (render) and while one is removed.
    mutable std::mutex m_collectorsMutex;
    std::map<std::uint64_t, Collector> m_collectors;
    std::uint64_t m_nextId = 1;
};

} // namespace p2pdesk::syncd::observability
