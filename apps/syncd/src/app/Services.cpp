#include "app/Services.h"

namespace p2pdesk::syncd::app {

Services::Services(config::Config config)
    : m_config(std::move(config)),
      m_pool(std::make_unique<db::ConnectionPool>(m_config.dbConninfo(),
                                                  static_cast<std::size_t>(m_config.integer("db.pool_size")),
                                                  std::chrono::milliseconds(m_config.integer("db.acquire_timeout_ms")))),
      m_notifier(std::make_unique<feed::ChangeNotifier>(*m_pool)),
      m_changeFeed(std::make_unique<feed::ChangeFeed>(*m_notifier)),
      m_startedAt(std::chrono::system_clock::now())
{
}

Services::~Services() = default;

} // namespace p2pdesk::syncd::app
