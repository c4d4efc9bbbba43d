#include "http/handlers/admin/banks/AdminBankRoutes.h"

#include "app/Services.h"
#include "http/ApiError.h"

#include "p2pdesk/proto/Endpoints.h"

#include <algorithm>

namespace p2pdesk::syncd::http::handlers {

namespace {

// ?fiat=RUB: three capitals (an unknown currency simply lists nothing).
std::optional<std::string> fiatFilter(const RequestContext &ctx)
{
    auto fiat = ctx.query("fiat");
    if (!fiat)
        return std::nullopt;
    const bool shaped =
        fiat->size() == 3 && std::all_of(fiat->begin(), fiat->end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!shaped)
        throw ApiError::fromQueryDecode({"fiat", proto::DecodeErrorKind::Invalid, "a currency code such as RUB"});
    return fiat;
}

// ?active=true | false.
std::optional<bool> activeFilter(const RequestContext &ctx)
{
    const auto active = ctx.query("active");
    if (!active)
        return std::nullopt;
    if (*active == "true")
        return true;
    if (*active == "false")
        return false;
    throw ApiError::fromQueryDecode({"active", proto::DecodeErrorKind::Invalid, "true or false"});
}

} // namespace

void registerAdminBankRoutes(Router &router, app::Services &services)
{
    // Where a payout may go, for whoever records an order (the ticket window's "Create order"):
    // the active banks only — the directory's history is the admins'.
    RouteOptions operators;
    operators.roles = {"operator", "senior", "admin"};
    router.get(
        proto::endpoints::kBanks,
        [&services](RequestContext &ctx) {
            proto::BankList list;
            list.items = services.banks().list(ctx.tx(), fiatFilter(ctx), true);
            return HttpResponse::json(200, proto::toJson(list));
        },
        operators);
    RouteOptions readers;
    readers.roles = {"admin", "senior"};
    RouteOptions admin;
    admin.roles = {"admin"};
    router.get(
        proto::endpoints::kAdminBanks,
        [&services](RequestContext &ctx) {
            proto::BankList list;
            list.items = services.banks().list(ctx.tx(), fiatFilter(ctx), activeFilter(ctx));
            return HttpResponse::json(200, proto::toJson(list));
        },
        readers);
    router.post(
        proto::endpoints::kAdminBanks,
        [&services](RequestContext &ctx) {
            const auto request = decodeOrThrow<proto::CreateBankRequest>(ctx.json());
            const auto bank = services.banks().create(ctx.tx(), request, ctx.auditEntry("bank.create", "bank", {}));
            return HttpResponse::json(201, proto::toJson(bank));
        },
        admin);
    router.add(
        "PUT", proto::endpoints::kAdminBank,
        [&services](RequestContext &ctx) {
            const auto id = ctx.pathId();
            const auto request = decodeOrThrow<proto::UpdateBankRequest>(ctx.json());
            const auto bank = services.banks().update(ctx.tx(), id, request,
                                                      ctx.auditEntry("bank.update", "bank", std::to_string(id)));
            return HttpResponse::json(200, proto::toJson(bank));
        },
        admin);
}

} // namespace p2pdesk::syncd::http::handlers
