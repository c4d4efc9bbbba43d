#pragma once

#include "http/Router.h"

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::http::handlers {

// Customers:
//   GET  /api/v1/customers/{id}                   (operators, seniors, admins) the profile
//   POST /api/v1/customers/{id}/block|unblock      (seniors, admins) {"reason"} → the profile
void registerCustomerRoutes(Router &router, app::Services &services);

} // namespace p2pdesk::syncd::http::handlers
