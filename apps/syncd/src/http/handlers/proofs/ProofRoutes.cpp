#include "http/handlers/proofs/ProofRoutes.h"

#include "app/Services.h"
#include "http/ApiError.h"
#include "http/handlers/orders/OrderRequestActor.h"

#include "p2pdesk/proto/Endpoints.h"

namespace p2pdesk::syncd::http::handlers {

namespace {

service::ProofUploader uploaderOf(const RequestContext &ctx, std::optional<std::string> reason)
{
    const auto &principal = ctx.requirePrincipal();
    service::ProofUploader uploader;
    uploader.actor.kind = proto::ActorKind::Operator;
    uploader.actor.id = principal.operatorId;
    uploader.actor.name = principal.username;
    uploader.actorText = principal.actor();
    uploader.domainActor = orderActor(ctx).actor;
    uploader.reason = reason.value_or("");
    return uploader;
}

} // namespace

void registerProofRoutes(Router &router, app::Services &services)
{
    RouteOptions upload;
    // Attaching a proof moves the order on: the same accounts that work orders, not admin-only ones.
    upload.roles = {"operator", "senior"};
    upload.maxUploadBytes = static_cast<std::size_t>(services.config().integer("http.max_upload_bytes"));
    router.post(
        proto::endpoints::kOrderProofs,
        [&services](RequestContext &ctx) {
            const auto orderId = ctx.pathId();
            const auto audit = ctx.auditEntry("proof.add", "proof", {});
            if (ctx.isJsonBody()) {
                const auto request = decodeOrThrow<proto::AddTxidProofRequest>(ctx.json());
                return HttpResponse::json(
                    201, proto::toJson(services.proofs().addTxid(ctx.tx(), orderId, request.txid,
                                                                 uploaderOf(ctx, request.reason), audit)));
            }
            const std::string &bytes = ctx.body();
            if (bytes.empty())
                throw ApiError(proto::ApiErrorCode::ValidationFailed, "empty proof file", {{"field", "body"}});
            // The body is the file, so a senior's reason comes in the query string.
            return HttpResponse::json(201, proto::toJson(services.proofs().addFile(
                                               ctx.tx(), orderId, bytes, uploaderOf(ctx, ctx.query("reason")), audit)));
        },
        upload);

    router.get(proto::endpoints::kProofFile, [&services](RequestContext &ctx) {
        const auto id = ctx.pathId();
        const auto file = services.proofs().file(ctx.tx(), id);
        HttpResponse response;
        response.status = 200;
        response.contentType = file.mime;
        response.body = file.bytes;
        // The bytes come from customers. Whatever opens this URL must not execute anything in
        // them: no type guessing (nosniff), and a sandboxed, origin-less document if a browser
        // renders it anyway (CSP sandbox: no scripts, no forms, no same-origin access).
        response.withHeader("X-Content-Type-Options", "nosniff")
            .withHeader("Content-Security-Policy", "sandbox")
            .withHeader("ETag", "\"" + file.sha256Hex + "\"");
        // A PDF can carry JavaScript (OpenAction) that a browser's viewer would run inline; as an
        // attachment it is saved and opened by a desktop reader, not in the desk's origin.
        if (file.mime == "application/pdf")
            response.withHeader("Content-Disposition", "attachment; filename=\"proof-" + std::to_string(id) + ".pdf\"");
        else
            response.withHeader("Content-Disposition", "inline");
        return response;
    });

    // An on-chain hint beside a txid proof, for those who verify proofs. The order is read in the
    // request's transaction, which commits before the explorer is asked: no connection of the pool
    // waits on a third party.
    RouteOptions verifiesProofs;
    verifiesProofs.roles = {"operator", "senior"};
    router.get(
        proto::endpoints::kProofChainHint,
        [&services](RequestContext &ctx) {
            const auto question = services.chainHints().ask(ctx.tx(), ctx.pathId());
            ctx.commitTransaction();
            return HttpResponse::json(200, proto::toJson(services.chainHints().answer(question)));
        },
        verifiesProofs);

    // AML screenings of a deposit's sender addresses, for those who verify proofs. A screening asks
    // the explorer and the provider between two transactions (the first checks and commits, the
    // second records), so no pooled connection waits on a third party. That is also why the route
    // takes no Idempotency-Key: the service answers a repeat within a minute with the stored row.
    router.get(
        proto::endpoints::kProofScreenings,
        [&services](RequestContext &ctx) {
            return HttpResponse::json(200, proto::toJson(services.screenings().list(ctx.tx(), ctx.pathId())));
        },
        verifiesProofs);
    RouteOptions screens = verifiesProofs;
    screens.idempotent = false;
    router.post(
        proto::endpoints::kProofScreenings,
        [&services](RequestContext &ctx) {
            const auto proofId = ctx.pathId();
            const auto request = decodeOrThrow<proto::ScreenAddressRequest>(ctx.json());
            const auto &principal = ctx.requirePrincipal();
            const auto question = services.screenings().ask(ctx.tx(), proofId, request, principal.operatorId);
            ctx.commitTransaction();
            if (question.repeated)
                return HttpResponse::json(200, proto::toJson(*question.repeated));
            const auto answer = services.screenings().investigate(question);
            const auto screening = services.screenings().record(ctx.tx(), question, answer, orderActor(ctx),
                                                                ctx.auditEntry("proof.screen", "proof", {}));
            return HttpResponse::json(201, proto::toJson(screening));
        },
        screens);

    // Annotations mark up a proof of an order: read and written by those who may see the order (the
    // accounts that work orders), like the order card itself.
    RouteOptions seesOrders;
    seesOrders.roles = {"operator", "senior"};
    router.get(
        proto::endpoints::kProofAnnotations,
        [&services](RequestContext &ctx) {
            return HttpResponse::json(200, proto::toJson(services.annotations().list(ctx.tx(), ctx.pathId())));
        },
        seesOrders);
    router.post(
        proto::endpoints::kProofAnnotations,
        [&services](RequestContext &ctx) {
            const auto proofId = ctx.pathId();
            const auto request = decodeOrThrow<proto::CreateAnnotationRequest>(ctx.json());
            const auto &principal = ctx.requirePrincipal();
            return HttpResponse::json(
                201, proto::toJson(services.annotations().add(ctx.tx(), proofId, principal.operatorId, request,
                                                              ctx.auditEntry("annotation.add", "annotation", {}))));
        },
        seesOrders);
}

} // namespace p2pdesk::syncd::http::handlers
