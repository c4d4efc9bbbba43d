#pragma once

#include "http/Router.h"

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::http::handlers {

// GET /api/v1/admin/banks (admin and senior: a senior approving a payout checks where it goes),
// POST /api/v1/admin/banks and PUT /api/v1/admin/banks/{id} (admin only, a reason each, audited).
void registerAdminBankRoutes(Router &router, app::Services &services);

} // namespace p2pdesk::syncd::http::handlers
