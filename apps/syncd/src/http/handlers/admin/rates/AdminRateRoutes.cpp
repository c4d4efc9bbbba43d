#include "http/handlers/admin/rates/AdminRateRoutes.h"

#include "app/Services.h"
#include "http/ApiError.h"
#include "http/handlers/rates/RateJson.h"

#include "p2pdesk/proto/Endpoints.h"

namespace p2pdesk::syncd::http::handlers {

void registerAdminRateRoutes(Router &router, app::Services &services)
{
    RouteOptions admin;
    admin.roles = {"admin"};
    router.post(
        proto::endpoints::kAdminRates,
        [&services](RequestContext &ctx) {
            service::RateUpdate update;
            update.request = decodeOrThrow<proto::RateUpdateRequest>(ctx.json());
            update.minAmount = update.request.minAmount;
            update.maxAmount = update.request.maxAmount;
            const auto &principal = ctx.requirePrincipal();
            const auto view = services.rates().update(ctx.tx(), update, ctx.auditEntry("rate.update", "rate", {}),
                                                      principal.operatorId);
            return HttpResponse::json(200, rateJson(view));
        },
        admin);
}

} // namespace p2pdesk::syncd::http::handlers
