#pragma once

#include "http/Router.h"

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::http::handlers {

// GET /api/v1/admin/reserves, POST one currency's reserve and PUT a recount (senior and admin: the
// seniors count the cash and the wallets at a shift change; a reason each, audited).
void registerAdminReserveRoutes(Router &router, app::Services &services);

} // namespace p2pdesk::syncd::http::handlers
