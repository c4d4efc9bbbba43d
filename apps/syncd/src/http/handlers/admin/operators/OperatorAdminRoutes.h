#pragma once

#include "http/Router.h"

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::http::handlers {

// /api/v1/admin/operators…: list, create, set roles, deactivate, reset password, reset 2FA. Admin
// role only; every change needs a reason (422 reason_required) and is audited with it.
void registerOperatorAdminRoutes(Router &router, app::Services &services);

} // namespace p2pdesk::syncd::http::handlers
