#pragma once

#include "http/Router.h"

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::http::handlers {

// GET /api/v1/rates (any operator): every active rate with its suggested value and `stale` flag.
void registerRateRoutes(Router &router, app::Services &services);

} // namespace p2pdesk::syncd::http::handlers
