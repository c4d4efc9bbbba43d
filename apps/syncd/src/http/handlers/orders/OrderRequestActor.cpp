#include "http/handlers/orders/OrderRequestActor.h"

#include "p2pdesk/domain/OrderStatus.h"

namespace p2pdesk::syncd::http::handlers {

service::OrderActor orderActor(const RequestContext &ctx)
{
    const Principal &principal = ctx.requirePrincipal();
    std::set<domain::Role> roles;
    for (const auto &name : principal.roles) {
        if (const auto role = domain::parseRole(name))
            roles.insert(*role);
    }
    return service::OrderActor::forOperator(principal.operatorId, std::move(roles),
                                            ctx.auditEntry("", "order", std::nullopt));
}

} // namespace p2pdesk::syncd::http::handlers
