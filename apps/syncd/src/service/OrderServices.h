#pragma once

#include "config/Config.h"
#include "feed/ChangeFeed.h"
#include "service/OrderCreationService.h"
#include "service/OrderJournal.h"
#include "service/OrderQueryService.h"
#include "service/OrderReviewService.h"
#include "service/OrderService.h"
#include "service/RequisitesVault.h"
#include "service/RequoteService.h"

#include "p2pdesk/domain/Clock.h"

namespace p2pdesk::syncd::service {

// The order area's object graph, one member of app::Services: the vault, the read side, the journal
// every change writes through, and the three write services built on it.
class OrderServices final {
public:
    OrderServices(const config::Config &config, feed::ChangeFeed &feed);
    OrderServices(const OrderServices &) = delete;
    OrderServices &operator=(const OrderServices &) = delete;

    const domain::Clock &clock() const { return m_clock; }
    const RequisitesVault &vault() const { return m_vault; }
    const OrderQueryService &queries() const { return m_queries; }
    OrderService &transitions() { return m_transitions; }
    OrderCreationService &creation() { return m_creation; }
    OrderReviewService &review() { return m_review; }
    RequoteService &requotes() { return m_requotes; }

private:
    domain::SystemClock m_clock;
    RequisitesVault m_vault;
    OrderQueryService m_queries;
    OrderJournal m_journal;
    OrderService m_transitions;
    OrderCreationService m_creation;
    OrderReviewService m_review;
    RequoteService m_requotes;
};

} // namespace p2pdesk::syncd::service
