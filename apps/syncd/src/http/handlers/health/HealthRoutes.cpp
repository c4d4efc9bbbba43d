#include "http/handlers/health/HealthRoutes.h"

#include "app/Services.h"
#include "db/Migrator.h"
#include "http/ApiError.h"

#include "p2pdesk/proto/Endpoints.h"

namespace p2pdesk::syncd::http::handlers {

namespace {

HttpResponse healthz(RequestContext &)
{
    return HttpResponse::json(200, {{"status", "ok"}, {"version", P2PDESK_VERSION}});
}

HttpResponse readyz(RequestContext &ctx)
{
    db::SchemaStatus status;
    {
        auto conn = ctx.services().pool().acquire();
        try {
            status = db::Migrator().status(*conn);
        } catch (const std::exception &) {
            conn.markBroken();
            throw;
        }
    }
    if (!status.isCurrent())
        throw ApiError(proto::ApiErrorCode::DbUnavailable, "database schema is not current",
                       {{"schema_version", status.current}, {"expected_version", status.latest}});
    return HttpResponse::json(200, {{"status", "ready"}, {"schema_version", status.current}});
}

} // namespace

void registerHealthRoutes(Router &router, app::Services &)
{
    RouteOptions open;
    open.authenticated = false;
    router.get(proto::endpoints::kHealthz, healthz, open);
    router.get(proto::endpoints::kReadyz, readyz, open);
}

} // namespace p2pdesk::syncd::http::handlers
