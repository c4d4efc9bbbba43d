#pragma once

#include "http/Router.h"

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::http::handlers {

// GET /export/rates.xml: the public rates export for aggregators. No session and nothing else under
// /export; 404 while the admin's rates_export flag is off, so a desk that does not publish shows
// nothing at all.
void registerRatesExportRoutes(Router &router, app::Services &services);

} // namespace p2pdesk::syncd::http::handlers
