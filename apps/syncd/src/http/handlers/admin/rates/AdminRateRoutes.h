#pragma once

#include "http/Router.h"

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::http::handlers {

// POST /api/v1/admin/rates (admin): create or replace one rate, with a reason; audited.
void registerAdminRateRoutes(Router &router, app::Services &services);

} // namespace p2pdesk::syncd::http::handlers
