#include "service/OrderServices.h"

namespace p2pdesk::syncd::service {

OrderServices::OrderServices(const config::Config &config, feed::ChangeFeed &feed)
    : m_vault(config)
    , m_queries(m_clock, m_vault)
    , m_journal(feed, m_queries)
    , m_transitions(m_clock, m_journal)
    , m_creation(m_clock, m_vault, m_journal)
    , m_review(m_journal)
    , m_requotes(m_clock, m_journal, m_transitions)
{
}

} // namespace p2pdesk::syncd::service
