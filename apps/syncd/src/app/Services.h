#pragma once

#include "config/Config.h"
#include "db/ConnectionPool.h"
#include "feed/ChangeFeed.h"
#include "feed/ChangeNotifier.h"

#include <chrono>
#include <memory>

namespace p2pdesk::syncd::app {

// The object graph shared by handlers and workers: built once per process (or per test server)
// and passed by reference — no singletons. A feature adds its service as one member + accessor,
// constructed in Services.cpp from the pieces already here.
class Services final {
public:
    explicit Services(config::Config config);
    ~Services();
    Services(const Services &) = delete;
    Services &operator=(const Services &) = delete;

    const config::Config &config() const { return m_config; }
    db::ConnectionPool &pool() { return *m_pool; }
    feed::ChangeNotifier &changeNotifier() { return *m_notifier; }
    feed::ChangeFeed &changeFeed() { return *m_changeFeed; }
    std::chrono::system_clock::time_point startedAt() const { return m_startedAt; }

private:
    config::Config m_config;
    std::unique_ptr<db::ConnectionPool> m_pool;
    std::unique_ptr<feed::ChangeNotifier> m_notifier;
    std::unique_ptr<feed::ChangeFeed> m_changeFeed;
    std::chrono::system_clock::time_point m_startedAt;
};

} // namespace p2pdesk::syncd::app
