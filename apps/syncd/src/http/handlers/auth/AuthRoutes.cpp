#include "http/handlers/auth/AuthRoutes.h"

#include "app/Services.h"
#include "http/ApiError.h"
#include "service/AuthService.h"

#include "p2pdesk/proto/Auth.h"
#include "p2pdesk/proto/Endpoints.h"

namespace p2pdesk::syncd::http::handlers {

namespace {

using proto::ApiErrorCode;

proto::Timestamp timestamp(std::chrono::system_clock::time_point t)
{
    return std::chrono::time_point_cast<std::chrono::microseconds>(t);
}

proto::OperatorInfo operatorInfo(std::int64_t id, const std::string &username, const std::vector<std::string> &roles)
{
    proto::OperatorInfo info;
    info.id = id;
    info.username = username;
    for (const auto &name : roles) {
        if (const auto role = domain::parseRole(name))
            info.roles.push_back(*role);
    }
    return info;
}

HttpResponse login(RequestContext &ctx)
{
    auto &auth = ctx.services().auth();
    // Counted before any work (including decoding), so a flood costs the server nothing.
    const auto admitted = auth.admitLoginAttempt(ctx.clientIp());
    if (!admitted.allowed) {
        ctx.log().warning("login attempts from this client are rate limited");
        return HttpResponse::error(ApiErrorCode::RateLimited, "too many login attempts; retry later",
                                   {{"retry_after_s", admitted.retryAfter.count()}})
            .withHeader("Retry-After", std::to_string(admitted.retryAfter.count()));
    }
    const auto request = decodeOrThrow<proto::LoginRequest>(ctx.json());
    service::LoginAttempt attempt{request.username, request.password, request.totp,
                                  ctx.clientIp(),   ctx.userAgent(),  ctx.workstationId()};
    if (attempt.userAgent && attempt.userAgent->empty())
        attempt.userAgent.reset();
    const auto outcome = auth.login(ctx.tx(), attempt, ctx.auditEntry("auth.login", "operator", std::nullopt));
    if (std::holds_alternative<service::LoginRefused>(outcome)) {
        // Returned, not thrown: the failure counter and the audit row must commit.
        return HttpResponse::error(ApiErrorCode::AuthFailed, "login failed");
    }
    const auto &ok = std::get<service::LoginSuccess>(outcome);
    proto::LoginResponse response;
    response.token = ok.token;
    response.expiresAt = timestamp(ok.expiresAt);
    response.operatorInfo = operatorInfo(ok.operatorId, ok.username, ok.roles);
    return HttpResponse::json(200, proto::toJson(response));
}

HttpResponse logout(RequestContext &ctx)
{
    const auto &principal = ctx.requirePrincipal();
    ctx.services().auth().logout(ctx.tx(), principal.sessionId, ctx.auditEntry("auth.logout", "session", std::nullopt));
    return HttpResponse::noContent();
}

HttpResponse me(RequestContext &ctx)
{
    const auto &principal = ctx.requirePrincipal();
    const auto expiry = ctx.services().auth().sessionExpiry(ctx.tx(), principal.sessionId);
    if (!expiry)
        throw ApiError(ApiErrorCode::Unauthorized, "the session has ended");
    proto::MeResponse response;
    response.operatorInfo = operatorInfo(principal.operatorId, principal.username, principal.roles);
    response.expiresAt = timestamp(*expiry);
    response.onDuty = ctx.services().operatorAdmin().isOnDuty(ctx.tx(), principal.operatorId);
    return HttpResponse::json(200, proto::toJson(response));
}

HttpResponse dutyRoster(RequestContext &ctx)
{
    return HttpResponse::json(
        200, proto::toJson(service::OperatorAdminService::dutyRoster(ctx.tx(), std::chrono::system_clock::now())));
}

HttpResponse setDuty(RequestContext &ctx)
{
    const auto &principal = ctx.requirePrincipal();
    const auto request = decodeOrThrow<proto::DutyState>(ctx.json());
    proto::DutyState state;
    state.onDuty = ctx.services().operatorAdmin().setOnDuty(
        ctx.tx(), principal.operatorId, request.onDuty,
        ctx.auditEntry("operator.duty", "operator", std::to_string(principal.operatorId)));
    return HttpResponse::json(200, proto::toJson(state));
}

} // namespace

void registerAuthRoutes(Router &router, app::Services &)
{
    RouteOptions anonymous;
    anonymous.authenticated = false;
    // The response carries the session token, which must never be stored in clear (e.g. as a
    // replayable idempotent response).
    anonymous.idempotent = false;
    router.post(proto::endpoints::kLogin, login, anonymous);
    router.post(proto::endpoints::kLogout, logout);
    router.get(proto::endpoints::kMe, me);
    // PUT: setting the switch twice to the same value is the same as once, so no Idempotency-Key.
    router.add("PUT", proto::endpoints::kMeDuty, setDuty);
    router.get(proto::endpoints::kDuty, dutyRoster);
}

} // namespace p2pdesk::syncd::http::handlers
