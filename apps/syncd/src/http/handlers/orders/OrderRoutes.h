#pragma once

#include "http/Router.h"

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::http::handlers {

// /api/v1/orders…: create, list, detail, take, transitions, approvals, checklist ticks and clearing
// risk flags. Every route needs an operator or senior account; an admin-only account manages the desk
// but does not work orders.
void registerOrderRoutes(Router &router, app::Services &services);

} // namespace p2pdesk::syncd::http::handlers
