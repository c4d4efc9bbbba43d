#include "http/handlers/admin/reserves/AdminReserveRoutes.h"

#include "app/Services.h"
#include "http/ApiError.h"

#include "p2pdesk/proto/Endpoints.h"

namespace p2pdesk::syncd::http::handlers {

void registerAdminReserveRoutes(Router &router, app::Services &services)
{
    RouteOptions seniors;
    seniors.roles = {"admin", "senior"};
    router.get(
        proto::endpoints::kAdminReserves,
        [&services](RequestContext &ctx) {
            proto::ReserveList list;
            list.items = services.reserves().list(ctx.tx());
            return HttpResponse::json(200, proto::toJson(list));
        },
        seniors);
    router.post(
        proto::endpoints::kAdminReserves,
        [&services](RequestContext &ctx) {
            const auto request = decodeOrThrow<proto::CreateReserveRequest>(ctx.json());
            const auto reserve = services.reserves().create(
                ctx.tx(), request, ctx.auditEntry("reserve.create", "reserve", {}), ctx.requirePrincipal().operatorId);
            return HttpResponse::json(201, proto::toJson(reserve));
        },
        seniors);
    router.add(
        "PUT", proto::endpoints::kAdminReserve,
        [&services](RequestContext &ctx) {
            const auto id = ctx.pathId();
            const auto request = decodeOrThrow<proto::UpdateReserveRequest>(ctx.json());
            const auto reserve = services.reserves().update(
                ctx.tx(), id, request, ctx.auditEntry("reserve.update", "reserve", std::to_string(id)),
                ctx.requirePrincipal().operatorId);
            return HttpResponse::json(200, proto::toJson(reserve));
        },
        seniors);
}

} // namespace p2pdesk::syncd::http::handlers
