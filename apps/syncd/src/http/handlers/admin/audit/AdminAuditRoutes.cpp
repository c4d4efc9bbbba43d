#include "http/handlers/admin/audit/AdminAuditRoutes.h"

#include "app/Services.h"

#include "p2pdesk/proto/Endpoints.h"

namespace p2pdesk::syncd::http::handlers {

void registerAdminAuditRoutes(Router &router, app::Services &services)
{
    RouteOptions admin;
    admin.roles = {"admin"};
    router.get(
        proto::endpoints::kAdminAudit,
        [&services](RequestContext &ctx) {
            service::AuditQuery query;
            query.operatorId = ctx.query("operator_id");
            query.entity = ctx.query("entity");
            query.entityId = ctx.query("entity_id");
            query.action = ctx.query("action");
            query.from = ctx.query("from");
            query.to = ctx.query("to");
            query.beforeSeq = ctx.query("before_seq");
            query.limit = ctx.query("limit");
            return HttpResponse::json(200, proto::toJson(services.auditLog().list(ctx.tx(), query)));
        },
        admin);
    // Reads only (nothing to replay, nothing audited): a repeat simply verifies again.
    RouteOptions verify = admin;
    verify.idempotent = false;
    router.post(
        proto::endpoints::kAdminAuditVerify,
        [&services](RequestContext &) { return HttpResponse::json(200, proto::toJson(services.auditLog().verify())); },
        verify);
}

} // namespace p2pdesk::syncd::http::handlers
