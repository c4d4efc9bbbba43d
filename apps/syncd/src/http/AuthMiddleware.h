#pragma once

#include "http/Router.h"

namespace p2pdesk::syncd::http {

// Authentication and role checks for every route (MiddlewareStage::Authentication).
//
// Routes with RouteOptions::authenticated == false pass untouched (no database access, so health
// probes stay cheap). Every other route needs `Authorization: Bearer <token>` naming a live session
// (not revoked, within idle and absolute expiry, operator active) — else 401 unauthorized — and,
// when RouteOptions::roles is not empty, the operator must hold at least one of them — else 403
// forbidden. On success ctx.principal() is set (operator id, username, roles as stored *now*, so
// role changes and deactivation apply to existing sessions at once, and the session id).
Middleware makeAuthMiddleware();

} // namespace p2pdesk::syncd::http
