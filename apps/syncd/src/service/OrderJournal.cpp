#include "service/OrderJournal.h"

#include "audit/AuditWriter.h"
#include "db/repositories/OrderHistoryRepository.h"

#include <stdexcept>

namespace p2pdesk::syncd::service {

proto::OrderSummary OrderJournal::record(db::Transaction &tx, const OrderActor &actor, const OrderEvent &event)
{
    auto &work = tx.work();
    if (event.transition) {
        db::NewHistoryEntry history;
        history.orderId = event.orderId;
        history.actor = actor.name;
        history.operatorId = actor.operatorId;
        history.from = event.from;
        history.to = event.to;
        history.orderVersion = event.newVersion;
        history.reason = event.reason;
        history.meta = event.details;
        db::OrderHistoryRepository::append(work, history);
    }

    nlohmann::json auditPayload = event.details;
    if (event.transition) {
        auditPayload["from"] = event.from ? nlohmann::json(std::string(domain::toString(*event.from))) : nullptr;
        auditPayload["to"] = std::string(domain::toString(event.to));
    }
    audit::AuditWriter::append(work, actor.auditEntry(event.auditAction, event.orderId, event.reason, auditPayload));

    const auto summary = m_queries.summary(work, event.orderId);
    if (!summary)
        throw std::logic_error("order vanished inside its own transaction");
    nlohmann::json payload = {{"order", proto::toJson(*summary)},
                              {"actor", actor.name},
                              {"status", std::string(domain::toString(summary->status))},
                              {"version", summary->version}};
    if (event.transition) {
        payload["from"] = event.from ? nlohmann::json(std::string(domain::toString(*event.from))) : nullptr;
        payload["to"] = std::string(domain::toString(event.to));
    }
    if (event.details.contains("action"))
        payload["action"] = event.details["action"];
    m_feed.append(tx, std::string(event.feedKind), event.orderId, payload);
    return *summary;
}

} // namespace p2pdesk::syncd::service
