#pragma once

#include "http/Router.h"

#include <optional>
#include <string>

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

// The token of an `Authorization: Bearer <token>` header (the scheme is case-insensitive, RFC 7235);
// nullopt without one.
std::optional<std::string> bearerToken(const RequestContext &ctx);

} // namespace p2pdesk::syncd::http
