#pragma once

#include "http/Router.h"

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::http::handlers {

// GET /healthz: the process answers (no database). GET /readyz: the database is reachable and its
// schema is the one this binary expects; otherwise 503 db_unavailable.
void registerHealthRoutes(Router &router, app::Services &services);

} // namespace p2pdesk::syncd::http::handlers
