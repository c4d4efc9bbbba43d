#include "http/handlers/admin/checklists/AdminChecklistRoutes.h"

#include "app/Services.h"
#include "http/ApiError.h"

#include "p2pdesk/proto/Endpoints.h"

namespace p2pdesk::syncd::http::handlers {

void registerAdminChecklistRoutes(Router &router, app::Services &services)
{
    router.get(proto::endpoints::kAdminChecklists, [&services](RequestContext &ctx) {
        return HttpResponse::json(200, proto::toJson(services.checklistAdmin().list(ctx.tx())));
    });
    RouteOptions admin;
    admin.roles = {"admin"};
    router.post(
        proto::endpoints::kAdminChecklist,
        [&services](RequestContext &ctx) {
            const auto kind = proto::parseChecklistKind(ctx.pathParam("kind"));
            if (!kind)
                throw ApiError(proto::ApiErrorCode::NotFound, "no such checklist");
            const auto request = decodeOrThrow<proto::ChecklistUpdateRequest>(ctx.json());
            const auto def = services.checklistAdmin().replace(
                ctx.tx(), *kind, request, ctx.auditEntry("checklist.update", "checklist", ctx.pathParam("kind")));
            return HttpResponse::json(200, proto::toJson(def));
        },
        admin);
}

} // namespace p2pdesk::syncd::http::handlers
