#include "http/handlers/admin/wallets/AdminWalletRoutes.h"

#include "app/Services.h"
#include "http/ApiError.h"

#include "p2pdesk/proto/Endpoints.h"

namespace p2pdesk::syncd::http::handlers {

void registerAdminWalletRoutes(Router &router, app::Services &services)
{
    RouteOptions admin;
    admin.roles = {"admin"};
    router.get(
        proto::endpoints::kAdminWallets,
        [&services](RequestContext &ctx) {
            proto::WalletList list;
            list.items = services.wallets().list(ctx.tx());
            return HttpResponse::json(200, proto::toJson(list));
        },
        admin);
    router.post(
        proto::endpoints::kAdminWallets,
        [&services](RequestContext &ctx) {
            const auto request = decodeOrThrow<proto::CreateWalletRequest>(ctx.json());
            const auto wallet =
                services.wallets().create(ctx.tx(), request, ctx.auditEntry("wallet.create", "wallet", {}));
            return HttpResponse::json(201, proto::toJson(wallet));
        },
        admin);
    router.post(
        proto::endpoints::kAdminWalletActive,
        [&services](RequestContext &ctx) {
            const auto id = ctx.pathId();
            const auto request = decodeOrThrow<proto::SetWalletActiveRequest>(ctx.json());
            const auto wallet = services.wallets().setActive(
                ctx.tx(), id, request,
                ctx.auditEntry(request.active ? "wallet.activate" : "wallet.deactivate", "wallet", std::to_string(id)));
            return HttpResponse::json(200, proto::toJson(wallet));
        },
        admin);
}

} // namespace p2pdesk::syncd::http::handlers
