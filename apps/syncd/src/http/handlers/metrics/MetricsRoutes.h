#pragma once

#include "http/Router.h"

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::http::handlers {

// GET /metrics: the Prometheus text exposition (format 0.0.4) of services.metrics(), for a scraper
// holding the token of metrics.token_file (`Authorization: Bearer <token>`, 401 otherwise). Served
// only when that token is configured: without one the path does not exist (404), so nothing about
// the desk's traffic is readable by default.
void registerMetricsRoutes(Router &router, app::Services &services);

} // namespace p2pdesk::syncd::http::handlers
