#pragma once

#include "http/Router.h"

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::http::handlers {

// GET /api/v1/admin/limits (admin): the limits table, the rule catalogue and 30-day flag counts.
// PUT /api/v1/admin/limits (admin, reason, Idempotency-Key): set one limit.
void registerAdminLimitRoutes(Router &router, app::Services &services);

} // namespace p2pdesk::syncd::http::handlers
