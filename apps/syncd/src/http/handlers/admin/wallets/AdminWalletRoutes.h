#pragma once

#include "http/Router.h"

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::http::handlers {

// GET/POST /api/v1/admin/wallets and POST /api/v1/admin/wallets/{id}/active (admin only: the list
// shows secret_ref pointers). Every change carries a reason and is audited.
void registerAdminWalletRoutes(Router &router, app::Services &services);

} // namespace p2pdesk::syncd::http::handlers
