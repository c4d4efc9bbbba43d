#include "http/Routes.h"

#include "http/IdempotencyMiddleware.h"
#include "http/handlers/health/HealthRoutes.h"

namespace p2pdesk::syncd::http {

void registerRoutes(Router &router, app::Services &services)
{
    // Middleware; MiddlewareStage decides the order (authentication before idempotency).
    router.use(makeIdempotencyMiddleware(), MiddlewareStage::Idempotency);

    handlers::registerHealthRoutes(router, services);
}

} // namespace p2pdesk::syncd::http
