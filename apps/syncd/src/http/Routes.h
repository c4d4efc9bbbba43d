#pragma once

#include "http/Router.h"

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::http {

// The table of contents of the API: installs the middleware in order and calls each area's
// register function. Adding an area = one include + one line in Routes.cpp.
void registerRoutes(Router &router, app::Services &services);

} // namespace p2pdesk::syncd::http
