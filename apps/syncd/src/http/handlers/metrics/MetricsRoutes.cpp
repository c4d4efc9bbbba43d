#include "http/handlers/metrics/MetricsRoutes.h"

#include "app/Services.h"
#include "http/AuthMiddleware.h"
#include "security/SecureMemory.h"
#include "security/Sha256.h"

#include "p2pdesk/proto/Endpoints.h"

namespace p2pdesk::syncd::http::handlers {

void registerMetricsRoutes(Router &router, app::Services &services)
{
    const std::string token = services.config().secret("metrics.token_file");
    if (token.empty())
        return;
    // Digests of equal length are compared, so neither the token's contents nor its length can be
    // learnt from the time a refusal takes.
    const auto expected = security::sha256(token);
    RouteOptions open;
    open.authenticated = false; // not an operator's session: the scraper's own token, checked below
    router.get(
        proto::endpoints::kMetrics,
        [&services, expected](RequestContext &ctx) {
            const auto offered = security::sha256(bearerToken(ctx).value_or(""));
            if (!security::constantTimeEquals(security::ByteView(offered), security::ByteView(expected)))
                return HttpResponse::error(proto::ApiErrorCode::Unauthorized, "missing or wrong metrics token")
                    .withHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
            HttpResponse page;
            page.contentType = "text/plain; version=0.0.4; charset=utf-8";
            page.body = services.metrics().render();
            return page;
        },
        open);
}

} // namespace p2pdesk::syncd::http::handlers
