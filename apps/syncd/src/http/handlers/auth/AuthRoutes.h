#pragma once

#include "http/Router.h"

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::http::handlers {

// POST /api/v1/auth/login (anonymous; per-IP limited → 429 rate_limited; any refusal → 401
// auth_failed), POST /api/v1/auth/logout (ends this session → 204), GET /api/v1/me.
void registerAuthRoutes(Router &router, app::Services &services);

} // namespace p2pdesk::syncd::http::handlers
