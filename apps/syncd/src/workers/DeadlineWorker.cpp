#include "workers/DeadlineWorker.h"

#include "audit/AuditWriter.h"
#include "db/Transaction.h"
#include "db/repositories/OrderRepository.h"
#include "service/OrderPolicies.h"
#include "service/ServiceError.h"

#include "p2pdesk/domain/TimeoutPolicy.h"
#include "p2pdesk/proto/Changes.h"

#include <Poco/Logger.h>

namespace p2pdesk::syncd::workers {

namespace {

Poco::Logger &logger()
{
    return Poco::Logger::get("syncd.workers.deadlines");
}

std::vector<domain::OrderStatus> statusesWithTimeout()
{
    std::vector<domain::OrderStatus> statuses;
    for (const auto status : domain::kAllOrderStatuses) {
        if (domain::TimeoutPolicy::timeoutTarget(status))
            statuses.push_back(status);
    }
    return statuses;
}

} // namespace

DeadlineWorker::DeadlineWorker(db::ConnectionPool &pool, feed::ChangeFeed &feed, service::OrderServices &orders)
    : m_pool(pool)
    , m_feed(feed)
    , m_orders(orders)
    , m_lock(pool, kLockKey)
{
}

DeadlineWorker::TickResult DeadlineWorker::runOnce()
{
    TickResult result;
    // Leadership only: the work itself goes through pooled transactions like every request, and
    // each transition re-checks status and version, so a lost lock can never double-apply one.
    if (!m_lock.tryAcquire())
        return result;
    result.leader = true;
    result.expired = expireDue();
    result.warned = warnDue();
    return result;
}

int DeadlineWorker::expireDue()
{
    const auto now = service::toTimestamp(m_orders.clock().now());
    const auto due = db::inTransaction(m_pool, [&](db::Transaction &tx) {
        return db::OrderRepository::expired(tx.work(), statusesWithTimeout(), now, kBatch);
    });
    int applied = 0;
    const auto actor = service::OrderActor::system();
    for (const auto &order : due) {
        const auto target = domain::TimeoutPolicy::timeoutTarget(order.status);
        if (!target)
            continue;
        service::TransitionInput input;
        input.to = *target;
        input.expectedVersion = order.version;
        input.reason = "deadline of " + std::string(domain::toString(order.status)) + " passed";
        input.meta = {{"timeout", true}};
        try {
            db::inTransaction(m_pool, [&](db::Transaction &tx) {
                m_orders.transitions().applyTransition(tx, order.id, actor, input);
            });
            ++applied;
        } catch (const service::ServiceError &e) {
            // The order moved on (a person acted first) or the table has no system edge from here
            // (e.g. an operator's reminder status): nothing to enforce.
            logger().information("order " + std::to_string(order.id) + " not timed out: " + e.what());
        }
    }
    return applied;
}

int DeadlineWorker::warnDue()
{
    const auto now = service::toTimestamp(m_orders.clock().now());
    const auto due = db::inTransaction(
        m_pool, [&](db::Transaction &tx) { return db::OrderRepository::dueForWarning(tx.work(), now, kBatch); });
    int warned = 0;
    const auto actor = service::OrderActor::system();
    for (const auto &order : due) {
        const bool recorded = db::inTransaction(m_pool, [&](db::Transaction &tx) {
            if (!db::OrderRepository::markWarned(tx.work(), order.id, order.version))
                return false;
            const auto summary = m_orders.queries().summary(tx.work(), order.id);
            audit::AuditWriter::append(tx.work(),
                                       actor.auditEntry("order.deadline_warning", order.id, std::nullopt,
                                                        {{"status", std::string(domain::toString(order.status))},
                                                         {"version", order.version}}));
            nlohmann::json payload = {{"actor", actor.name},
                                      {"status", std::string(domain::toString(order.status))},
                                      {"version", order.version}};
            if (summary)
                payload["order"] = proto::toJson(*summary);
            m_feed.append(tx, std::string(proto::change_kind::kOrderDeadlineWarning), order.id, payload);
            return true;
        });
        if (recorded)
            ++warned;
    }
    return warned;
}

} // namespace p2pdesk::syncd::workers
