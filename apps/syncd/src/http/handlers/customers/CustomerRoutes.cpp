#include "http/handlers/customers/CustomerRoutes.h"

#include "app/Services.h"
#include "http/ApiError.h"
#include "http/handlers/orders/OrderRequestActor.h"

#include "p2pdesk/proto/Customers.h"
#include "p2pdesk/proto/Endpoints.h"

namespace p2pdesk::syncd::http::handlers {

void registerCustomerRoutes(Router &router, app::Services &services)
{
    namespace ep = proto::endpoints;
    RouteOptions readers;
    readers.roles = {"operator", "senior", "admin"};
    RouteOptions seniors;
    seniors.roles = {"senior", "admin"};

    router.get(
        ep::kCustomers,
        [&services](RequestContext &ctx) {
            proto::QueryParams params;
            for (const char *name : {"q", "blocked", "offset", "limit"}) {
                if (auto value = ctx.query(name))
                    params.emplace_back(name, std::move(*value));
            }
            auto query = proto::decodeCustomersQuery(params);
            if (!query.ok())
                throw ApiError::fromQueryDecode(query.error());
            return HttpResponse::json(
                200, proto::toJson(services.customers().directory(ctx.tx(), orderActor(ctx), query.value())));
        },
        seniors);
    router.get(
        ep::kCustomer,
        [&services](RequestContext &ctx) {
            const auto viewer = ctx.requirePrincipal().operatorId;
            return HttpResponse::json(200, proto::toJson(services.customers().profile(ctx.tx(), ctx.pathId(), viewer)));
        },
        readers);
    for (const bool block : {true, false}) {
        router.post(
            block ? ep::kCustomerBlock : ep::kCustomerUnblock,
            [&services, block](RequestContext &ctx) {
                const auto request = decodeOrThrow<proto::CustomerBlockRequest>(ctx.json());
                return HttpResponse::json(200, proto::toJson(services.customers().setBlocked(
                                                   ctx.tx(), ctx.pathId(), block, orderActor(ctx), request.reason)));
            },
            seniors);
    }
    router.post(
        ep::kCustomerKycLevel,
        [&services](RequestContext &ctx) {
            const auto request = decodeOrThrow<proto::CustomerKycLevelRequest>(ctx.json());
            return HttpResponse::json(
                200, proto::toJson(services.customers().setKycLevel(ctx.tx(), ctx.pathId(), request.level,
                                                                    orderActor(ctx), request.reason)));
        },
        seniors);
    // The answer holds the requisites in full: never stored for an Idempotency-Key replay, like the
    // order card's reveal, which only a GET answers.
    RouteOptions reveal = seniors;
    reveal.idempotent = false;
    router.post(
        ep::kCustomerAccountReveal,
        [&services](RequestContext &ctx) {
            const auto request = decodeOrThrow<proto::CustomerBlockRequest>(ctx.json());
            return HttpResponse::json(
                200, proto::toJson(services.customers().revealRequisites(
                         ctx.tx(), ctx.pathId(), ctx.pathId("accountId"), orderActor(ctx), request.reason)));
        },
        reveal);
    router.post(
        ep::kCustomerNotes,
        [&services](RequestContext &ctx) {
            const auto request = decodeOrThrow<proto::CustomerNoteRequest>(ctx.json());
            return HttpResponse::json(200, proto::toJson(services.customers().addNote(ctx.tx(), ctx.pathId(),
                                                                                      orderActor(ctx), request.text)));
        },
        readers);
}

} // namespace p2pdesk::syncd::http::handlers
