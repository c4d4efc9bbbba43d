#pragma once

#include "http/HttpResponse.h"
#include "http/RequestContext.h"

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace p2pdesk::syncd::http {

using Handler = std::function<HttpResponse(RequestContext &)>;

// Per-route policy read by middleware. The authentication middleware (auth feature) enforces
// `authenticated` and `roles`; until it is installed no route is protected.
struct RouteOptions {
    bool authenticated = true;
    std::vector<std::string> roles; // any of these; empty = any authenticated operator
    // > 0: a raw (non-JSON) body of up to this many bytes, e.g. a file. JSON bodies get
    // http.max_body_bytes on every route.
    std::size_t maxUploadBytes = 0;
    // false: the response carries a secret (session token, otpauth URI) that must never be stored, or
    // the handler commits part-way to ask a third party (the middleware's transaction would be gone),
    // so Idempotency-Key is ignored on this route; such a route makes its retries safe itself.
    bool idempotent = true;
};

struct Route {
    std::string method;
    std::string pattern; // "/api/v1/orders/{id}/take"
    Handler handler;
    RouteOptions options;
    std::vector<std::string> segments;
};

using Next = std::function<HttpResponse(RequestContext &)>;
// Wraps every routed request: call next(ctx) to continue, or return a response to short-circuit.
using Middleware = std::function<HttpResponse(RequestContext &, const Route &, const Next &)>;

// Where a middleware sits in the chain (outermost first); features register independently and
// still end up in the right order.
enum class MiddlewareStage {
    Authentication = 100, // sets ctx.principal(), enforces RouteOptions
    RateLimit = 150,
    Idempotency = 200, // needs the principal: keys are scoped per principal
    Default = 500,
};

// Method + path pattern → handler. Patterns are literal segments and `{name}` captures; literal
// segments win over captures, so "/orders/export" and "/orders/{id}" can coexist.
class Router final {
public:
    void add(std::string method, std::string_view pattern, Handler handler, RouteOptions options = {});
    void get(std::string_view pattern, Handler handler, RouteOptions options = {});
    void post(std::string_view pattern, Handler handler, RouteOptions options = {});
    // Middleware runs by stage, then registration order, outermost first.
    void use(Middleware middleware, MiddlewareStage stage = MiddlewareStage::Default);

    struct Match {
        const Route *route = nullptr;
        std::map<std::string, std::string> params;
        std::vector<std::string> allowedMethods; // non-empty when the path exists with other methods
    };
    Match match(const std::string &method, const std::string &path) const;

    // Runs the middleware chain and the route's handler.
    HttpResponse dispatch(RequestContext &ctx, const Route &route) const;

    const std::vector<Route> &routes() const { return m_routes; }

private:
    std::vector<Route> m_routes;
    std::vector<std::pair<MiddlewareStage, Middleware>> m_middleware;
};

} // namespace p2pdesk::syncd::http
