#include "http/handlers/admin/limits/AdminLimitRoutes.h"

#include "app/Services.h"
#include "http/ApiError.h"

#include "p2pdesk/proto/Endpoints.h"

namespace p2pdesk::syncd::http::handlers {

void registerAdminLimitRoutes(Router &router, app::Services &services)
{
    // Admins alone, as on every /admin path: a senior clears the flags a limit raises but does
    // not tune the limits that judge their own desk.
    RouteOptions admin;
    admin.roles = {"admin"};
    router.get(
        proto::endpoints::kAdminLimits,
        [&services](RequestContext &ctx) {
            return HttpResponse::json(200, proto::toJson(services.settings().riskLimits(ctx.tx())));
        },
        admin);
    router.add(
        "PUT", proto::endpoints::kAdminLimits,
        [&services](RequestContext &ctx) {
            const auto request = decodeOrThrow<proto::RiskLimitUpdateRequest>(ctx.json());
            const auto saved =
                services.settings().putRiskLimit(ctx.tx(), request, ctx.auditEntry("risk_limit.set", "limit", {}));
            return HttpResponse::json(200, proto::toJson(saved));
        },
        admin);
}

} // namespace p2pdesk::syncd::http::handlers
