#include "http/handlers/admin/checklists/AdminChecklistRoutes.h"

#include "app/Services.h"
#include "http/ApiError.h"

#include "p2pdesk/proto/Endpoints.h"

namespace p2pdesk::syncd::http::handlers {

void registerAdminChecklistRoutes(Router &router, app::Services &services)
{
    const auto read = [&services](RequestContext &ctx) {
        return HttpResponse::json(200, proto::toJson(services.checklistAdmin().list(ctx.tx())));
    };
    // Every operator reads the lists (the order card shows them); /admin is the admin screens' path.
    router.get(proto::endpoints::kChecklists, read);
    RouteOptions admin;
    admin.roles = {"admin"};
    router.get(proto::endpoints::kAdminChecklists, read, admin);
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
