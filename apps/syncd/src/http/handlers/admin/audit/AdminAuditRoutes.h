#pragma once

#include "http/Router.h"

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::http::handlers {

// GET /api/v1/admin/audit (admin): filtered audit rows, newest first, keyset by before_seq.
// POST /api/v1/admin/audit/verify (admin): the hash chain's verdict, as `syncd audit-verify`.
void registerAdminAuditRoutes(Router &router, app::Services &services);

} // namespace p2pdesk::syncd::http::handlers
