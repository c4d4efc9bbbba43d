#include "http/handlers/admin/flags/AdminFlagRoutes.h"

#include "app/Services.h"
#include "http/ApiError.h"

#include "p2pdesk/proto/Endpoints.h"

namespace p2pdesk::syncd::http::handlers {

void registerAdminFlagRoutes(Router &router, app::Services &services)
{
    RouteOptions admin;
    admin.roles = {"admin"};
    router.get(
        proto::endpoints::kAdminFlags,
        [&services](RequestContext &ctx) {
            return HttpResponse::json(200, proto::toJson(services.featureFlags().list(ctx.tx())));
        },
        admin);
    router.add(
        "PUT", proto::endpoints::kAdminFlag,
        [&services](RequestContext &ctx) {
            const auto &key = ctx.pathParam("key");
            const auto request = decodeOrThrow<proto::FeatureFlagUpdateRequest>(ctx.json());
            const auto saved = services.featureFlags().set(ctx.tx(), key, request, ctx.requirePrincipal().operatorId,
                                                           ctx.auditEntry("feature_flag.set", "feature_flag", key));
            return HttpResponse::json(200, proto::toJson(saved));
        },
        admin);
}

} // namespace p2pdesk::syncd::http::handlers
