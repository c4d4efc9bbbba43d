#pragma once

#include "http/Router.h"

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::http::handlers {

// GET /api/v1/checklists (any operator: the order card shows them), GET /api/v1/admin/checklists
// (admin) and
// POST /api/v1/admin/checklists/{kind} (admin, reason, audited) replacing one list.
void registerAdminChecklistRoutes(Router &router, app::Services &services);

} // namespace p2pdesk::syncd::http::handlers
