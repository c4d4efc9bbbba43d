#pragma once

#include "http/Router.h"

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::http::handlers {

// GET /api/v1/admin/flags (admin): the feature flag catalogue with the stored values.
// PUT /api/v1/admin/flags/{key} (admin, reason, Idempotency-Key): switch one flag.
void registerAdminFlagRoutes(Router &router, app::Services &services);

} // namespace p2pdesk::syncd::http::handlers
