#include "http/AuthMiddleware.h"

#include "app/Services.h"
#include "http/ApiError.h"
#include "service/AuthService.h"

#include <algorithm>
#include <cctype>

namespace p2pdesk::syncd::http {

std::optional<std::string> bearerToken(const RequestContext &ctx)
{
    const auto header = ctx.header("Authorization");
    if (!header)
        return std::nullopt;
    static constexpr std::string_view scheme = "bearer ";
    if (header->size() <= scheme.size())
        return std::nullopt;
    for (std::size_t i = 0; i < scheme.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>((*header)[i])) != scheme[i])
            return std::nullopt;
    }
    auto token = header->substr(scheme.size());
    while (!token.empty() && token.front() == ' ')
        token.erase(token.begin());
    return token;
}

namespace {

bool holdsAnyOf(const Principal &principal, const std::vector<std::string> &roles)
{
    return std::any_of(roles.begin(), roles.end(), [&](const std::string &r) { return principal.hasRole(r); });
}

std::string joined(const std::vector<std::string> &roles)
{
    std::string out;
    for (const auto &r : roles)
        out += (out.empty() ? "" : ", ") + r;
    return out;
}

} // namespace

Middleware makeAuthMiddleware()
{
    return [](RequestContext &ctx, const Route &route, const Next &next) -> HttpResponse {
        if (!route.options.authenticated)
            return next(ctx);
        const auto token = bearerToken(ctx);
        if (!token)
            throw ApiError(proto::ApiErrorCode::Unauthorized, "authentication required");
        const auto session = ctx.services().auth().authenticate(*token);
        if (!session)
            throw ApiError(proto::ApiErrorCode::Unauthorized, "the session is invalid or has expired");
        ctx.setPrincipal(Principal{session->operatorId, session->username, session->roles, session->sessionId});
        if (!route.options.roles.empty() && !holdsAnyOf(*ctx.principal(), route.options.roles))
            throw ApiError(proto::ApiErrorCode::Forbidden,
                           "this requires one of the roles: " + joined(route.options.roles),
                           {{"required_roles", route.options.roles}});
        return next(ctx);
    };
}

} // namespace p2pdesk::syncd::http
