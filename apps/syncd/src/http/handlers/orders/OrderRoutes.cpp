#include "http/handlers/orders/OrderRoutes.h"

#include "app/Services.h"
#include "http/ApiError.h"
#include "http/handlers/orders/OrderRequestActor.h"
#include "service/OrderServices.h"

#include "p2pdesk/proto/Endpoints.h"
#include "p2pdesk/proto/Orders.h"

namespace p2pdesk::syncd::http::handlers {

namespace {

using proto::ApiErrorCode;

// Mutations answer with the order card WITHOUT the full requisites: responses are stored for
// Idempotency-Key replay, and requisites must never rest in clear. The card's GET reveals them
// (audited) to the holder or a senior.
HttpResponse orderCard(RequestContext &ctx, const service::OrderActor &actor, std::int64_t orderId, int status = 200)
{
    const auto detail = ctx.services().orders().queries().detail(ctx.tx().work(), actor, orderId, false);
    return HttpResponse::json(status, proto::toJson(detail));
}

HttpResponse createOrder(RequestContext &ctx)
{
    const auto actor = orderActor(ctx);
    const auto request = decodeOrThrow<proto::CreateOrderRequest>(ctx.json());
    const auto orderId = ctx.services().orders().creation().create(ctx.tx(), actor, request);
    return orderCard(ctx, actor, orderId, 201);
}

HttpResponse listOrders(RequestContext &ctx)
{
    const auto actor = orderActor(ctx);
    proto::QueryParams params;
    for (const char *name : {"status", "holder", "customer", "q", "cursor", "limit"}) {
        if (auto value = ctx.query(name))
            params.emplace_back(name, std::move(*value));
    }
    auto query = proto::decodeOrdersQuery(params);
    if (!query.ok())
        throw ApiError::fromQueryDecode(query.error());
    const auto page = ctx.services().orders().queries().list(ctx.tx().work(), actor, query.value());
    return HttpResponse::json(200, proto::toJson(page));
}

HttpResponse orderDetail(RequestContext &ctx)
{
    const auto actor = orderActor(ctx);
    // A transaction even for this GET: revealing the requisites writes its audit row atomically.
    const auto detail = ctx.services().orders().queries().detail(ctx.tx().work(), actor, ctx.pathId(), true);
    return HttpResponse::json(200, proto::toJson(detail));
}

HttpResponse takeOrder(RequestContext &ctx)
{
    const auto actor = orderActor(ctx);
    const auto request = decodeOrThrow<proto::TakeRequest>(ctx.json());
    const auto orderId = ctx.pathId();
    ctx.services().orders().transitions().take(ctx.tx(), orderId, actor,
                                               {request.finalRate, request.reason, request.version});
    return orderCard(ctx, actor, orderId);
}

HttpResponse requoteOrder(RequestContext &ctx)
{
    const auto actor = orderActor(ctx);
    const auto request = decodeOrThrow<proto::RequoteRequest>(ctx.json());
    const auto orderId = ctx.pathId();
    ctx.services().orders().requotes().offer(ctx.tx(), orderId, actor,
                                             {request.finalRate, request.reason, request.version});
    return orderCard(ctx, actor, orderId);
}

HttpResponse transitionOrder(RequestContext &ctx)
{
    const auto actor = orderActor(ctx);
    const auto request = decodeOrThrow<proto::TransitionRequest>(ctx.json());
    const auto orderId = ctx.pathId();
    service::TransitionInput input;
    input.to = request.to;
    input.expectedVersion = request.version;
    input.reason = request.reason.value_or("");
    input.payoutReference = request.payoutReference;
    input.walletId = request.walletId;
    ctx.services().orders().transitions().applyTransition(ctx.tx(), orderId, actor, input);
    return orderCard(ctx, actor, orderId);
}

HttpResponse approveOrder(RequestContext &ctx)
{
    const auto actor = orderActor(ctx);
    const auto request = decodeOrThrow<proto::ApprovalRequest>(ctx.json());
    const auto orderId = ctx.pathId();
    ctx.services().orders().review().decide(ctx.tx(), orderId, actor, request);
    return orderCard(ctx, actor, orderId);
}

HttpResponse tickChecklist(RequestContext &ctx)
{
    const auto actor = orderActor(ctx);
    const auto update = decodeOrThrow<proto::ChecklistItemUpdate>(ctx.json());
    const auto orderId = ctx.pathId();
    ctx.services().orders().review().tickChecklist(ctx.tx(), orderId, actor, update);
    return orderCard(ctx, actor, orderId);
}

HttpResponse clearRiskFlag(RequestContext &ctx)
{
    const auto actor = orderActor(ctx);
    const auto request = decodeOrThrow<proto::ClearRiskFlagRequest>(ctx.json());
    const auto orderId = ctx.pathId();
    ctx.services().orders().review().clearRiskFlag(ctx.tx(), orderId, ctx.pathId("flagId"), actor, request.reason);
    return orderCard(ctx, actor, orderId);
}

} // namespace

void registerOrderRoutes(Router &router, app::Services &)
{
    namespace ep = proto::endpoints;
    RouteOptions worksOrders;
    worksOrders.roles = {"operator", "senior"};
    RouteOptions seniorOnly;
    seniorOnly.roles = {"senior"};

    router.post(ep::kOrders, createOrder, worksOrders);
    router.get(ep::kOrders, listOrders, worksOrders);
    router.get(ep::kOrder, orderDetail, worksOrders);
    router.post(ep::kOrderTake, takeOrder, worksOrders);
    router.post(ep::kOrderRequote, requoteOrder, worksOrders);
    router.post(ep::kOrderTransitions, transitionOrder, worksOrders);
    router.post(ep::kOrderApprovals, approveOrder, seniorOnly);
    router.post(ep::kOrderChecklist, tickChecklist, worksOrders);
    router.post(ep::kOrderRiskFlagClear, clearRiskFlag, seniorOnly);
}

} // namespace p2pdesk::syncd::http::handlers
