#include "http/handlers/admin/operators/OperatorAdminRoutes.h"

#include "app/Services.h"
#include "http/ApiError.h"
#include "service/OperatorAdminService.h"

#include "p2pdesk/proto/Endpoints.h"
#include "p2pdesk/proto/Operators.h"

namespace p2pdesk::syncd::http::handlers {

namespace {

audit::AuditEntry auditFor(const RequestContext &ctx, std::int64_t id)
{
    return ctx.auditEntry("", "operator", std::to_string(id));
}

HttpResponse list(RequestContext &ctx)
{
    return HttpResponse::json(200, proto::toJson(ctx.services().operatorAdmin().list(ctx.tx())));
}

HttpResponse create(RequestContext &ctx)
{
    const auto request = decodeOrThrow<proto::CreateOperatorRequest>(ctx.json());
    auto created =
        ctx.services().operatorAdmin().create(ctx.tx(), request, ctx.auditEntry("", "operator", std::nullopt));
    proto::CreateOperatorResponse response;
    response.account = std::move(created.account);
    response.otpauthUri = std::move(created.otpauthUri);
    return HttpResponse::json(201, proto::toJson(response));
}

HttpResponse setRoles(RequestContext &ctx)
{
    const auto id = ctx.pathId();
    const auto request = decodeOrThrow<proto::SetRolesRequest>(ctx.json());
    return HttpResponse::json(
        200, proto::toJson(ctx.services().operatorAdmin().setRoles(ctx.tx(), id, request, auditFor(ctx, id))));
}

HttpResponse deactivate(RequestContext &ctx)
{
    const auto id = ctx.pathId();
    const auto request = decodeOrThrow<proto::DeactivateOperatorRequest>(ctx.json());
    return HttpResponse::json(
        200, proto::toJson(ctx.services().operatorAdmin().deactivate(ctx.tx(), id, request, auditFor(ctx, id))));
}

HttpResponse resetPassword(RequestContext &ctx)
{
    const auto id = ctx.pathId();
    const auto request = decodeOrThrow<proto::ResetPasswordRequest>(ctx.json());
    return HttpResponse::json(
        200, proto::toJson(ctx.services().operatorAdmin().resetPassword(ctx.tx(), id, request, auditFor(ctx, id))));
}

HttpResponse reset2fa(RequestContext &ctx)
{
    const auto id = ctx.pathId();
    const auto request = decodeOrThrow<proto::Reset2faRequest>(ctx.json());
    return HttpResponse::json(
        200, proto::toJson(ctx.services().operatorAdmin().reset2fa(ctx.tx(), id, request, auditFor(ctx, id))));
}

} // namespace

void registerOperatorAdminRoutes(Router &router, app::Services &)
{
    namespace ep = proto::endpoints;
    RouteOptions admin;
    admin.roles = {"admin"};
    // Responses that carry an otpauth:// URI (the TOTP secret) are never stored for replay.
    RouteOptions adminSecretResponse = admin;
    adminSecretResponse.idempotent = false;

    router.get(ep::kAdminOperators, list, admin);
    router.post(ep::kAdminOperators, create, adminSecretResponse);
    router.post(ep::kAdminOperatorRoles, setRoles, admin);
    router.post(ep::kAdminOperatorDeactivate, deactivate, admin);
    router.post(ep::kAdminOperatorResetPassword, resetPassword, admin);
    router.post(ep::kAdminOperatorReset2fa, reset2fa, adminSecretResponse);
}

} // namespace p2pdesk::syncd::http::handlers
