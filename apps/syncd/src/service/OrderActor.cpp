#include "service/OrderActor.h"

namespace p2pdesk::syncd::service {

OrderActor OrderActor::system()
{
    OrderActor a;
    a.actor = domain::Actor::system();
    a.name = "system";
    a.origin.actor = "system";
    return a;
}

OrderActor OrderActor::forCustomer(std::int64_t customerId)
{
    OrderActor a;
    a.actor = domain::Actor::customer(customerId);
    a.name = "customer:" + std::to_string(customerId);
    a.origin.actor = a.name;
    a.origin.userAgent = "telegram";
    return a;
}

OrderActor OrderActor::forOperator(std::int64_t operatorId, std::set<domain::Role> roles, audit::AuditEntry origin)
{
    OrderActor a;
    a.actor = domain::Actor::operatorAccount(operatorId, std::move(roles));
    a.name = "operator:" + std::to_string(operatorId);
    a.operatorId = operatorId;
    a.origin = std::move(origin);
    a.origin.actor = a.name;
    return a;
}

bool OrderActor::worksOrders() const
{
    return actor.worksOrders();
}

bool OrderActor::holds(const std::optional<std::int64_t> &holderId) const
{
    return worksOrders() && holderId && operatorId && *holderId == *operatorId;
}

audit::AuditEntry OrderActor::auditEntry(std::string action, std::int64_t orderId, std::optional<std::string> reason,
                                         nlohmann::json payload) const
{
    audit::AuditEntry e = origin;
    e.action = std::move(action);
    e.entity = "order";
    e.entityId = std::to_string(orderId);
    e.reason = std::move(reason);
    e.payload = std::move(payload);
    return e;
}

} // namespace p2pdesk::syncd::service
