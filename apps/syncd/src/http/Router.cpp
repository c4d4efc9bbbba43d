#include "http/Router.h"

#include <algorithm>
#include <stdexcept>

namespace p2pdesk::syncd::http {

namespace {

std::vector<std::string> split(std::string_view path)
{
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos < path.size()) {
        if (path[pos] == '/') {
            ++pos;
            continue;
        }
        const auto end = path.find('/', pos);
        out.emplace_back(path.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos));
        if (end == std::string_view::npos)
            break;
        pos = end;
    }
    return out;
}

bool isCapture(const std::string &segment)
{
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

// Number of literal segments: the more specific route wins.
int specificity(const Route &route)
{
    int n = 0;
    for (const auto &s : route.segments)
        n += isCapture(s) ? 0 : 1;
    return n;
}

bool matches(const Route &route, const std::vector<std::string> &parts, std::map<std::string, std::string> &params)
{
    if (route.segments.size() != parts.size())
        return false;
    std::map<std::string, std::string> captured;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const auto &seg = route.segments[i];
        if (isCapture(seg))
            captured[seg.substr(1, seg.size() - 2)] = parts[i];
        else if (seg != parts[i])
            return false;
    }
    params = std::move(captured);
    return true;
}

} // namespace

void Router::add(std::string method, std::string_view pattern, Handler handler, RouteOptions options)
{
    Route route{std::move(method), std::string(pattern), std::move(handler), std::move(options), split(pattern)};
    for (const auto &existing : m_routes) {
        if (existing.method == route.method && existing.segments == route.segments)
            throw std::logic_error("route registered twice: " + route.method + " " + route.pattern);
    }
    m_routes.push_back(std::move(route));
}

void Router::get(std::string_view pattern, Handler handler, RouteOptions options)
{
    add("GET", pattern, std::move(handler), std::move(options));
}

void Router::post(std::string_view pattern, Handler handler, RouteOptions options)
{
    add("POST", pattern, std::move(handler), std::move(options));
}

void Router::use(Middleware middleware, MiddlewareStage stage)
{
    const auto pos = std::upper_bound(m_middleware.begin(), m_middleware.end(), stage,
                                      [](MiddlewareStage s, const auto &entry) { return s < entry.first; });
    m_middleware.insert(pos, {stage, std::move(middleware)});
}

Router::Match Router::match(const std::string &method, const std::string &path) const
{
    const auto parts = split(path);
    Match best;
    int bestScore = -1;
    for (const auto &route : m_routes) {
        std::map<std::string, std::string> params;
        if (!matches(route, parts, params))
            continue;
        // HEAD is served by GET routes (Poco omits the body).
        const bool methodOk = route.method == method || (method == "HEAD" && route.method == "GET");
        if (!methodOk) {
            best.allowedMethods.push_back(route.method);
            continue;
        }
        const int score = specificity(route);
        if (score > bestScore) {
            bestScore = score;
            best.route = &route;
            best.params = std::move(params);
        }
    }
    return best;
}

HttpResponse Router::dispatch(RequestContext &ctx, const Route &route) const
{
    // Build the chain from the inside out: handler, then middleware in reverse order.
    Next next = [&route](RequestContext &c) { return route.handler(c); };
    for (auto it = m_middleware.rbegin(); it != m_middleware.rend(); ++it) {
        next = [mw = &it->second, &route, inner = std::move(next)](RequestContext &c) {
            return (*mw)(c, route, inner);
        };
    }
    return next(ctx);
}

} // namespace p2pdesk::syncd::http
