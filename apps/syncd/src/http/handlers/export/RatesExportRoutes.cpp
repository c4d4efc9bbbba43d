#include "http/handlers/export/RatesExportRoutes.h"

#include "app/Services.h"
#include "http/ApiError.h"

#include "p2pdesk/proto/Endpoints.h"

namespace p2pdesk::syncd::http::handlers {

void registerRatesExportRoutes(Router &router, app::Services &services)
{
    RouteOptions open;
    open.authenticated = false;
    router.get(
        proto::endpoints::kRatesExport,
        [&services](RequestContext &ctx) {
            const auto document = services.ratesExport().document([&ctx]() -> db::Transaction & { return ctx.tx(); });
            if (!document)
                return HttpResponse::error(proto::ApiErrorCode::NotFound, "not found");
            HttpResponse page;
            page.contentType = "application/xml; charset=utf-8";
            page.body = *document;
            return page;
        },
        open);
}

} // namespace p2pdesk::syncd::http::handlers
