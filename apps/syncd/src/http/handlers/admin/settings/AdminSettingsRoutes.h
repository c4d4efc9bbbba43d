#pragma once

#include "http/Router.h"

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::http::handlers {

// GET /api/v1/settings (any operator, read-only), GET /api/v1/admin/settings (admin) and POST
// /api/v1/admin/settings (admin, reason, audited). Besides
// proto's Settings the body carries "rate_max_age_seconds" (optional on POST).
void registerAdminSettingsRoutes(Router &router, app::Services &services);

} // namespace p2pdesk::syncd::http::handlers
