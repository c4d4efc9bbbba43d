#include "http/handlers/proofs/ProofRoutes.h"

#include "app/Services.h"
#include "http/ApiError.h"

#include "p2pdesk/proto/Endpoints.h"

namespace p2pdesk::syncd::http::handlers {

namespace {

service::ProofUploader uploaderOf(const Principal &principal)
{
    service::ProofUploader uploader;
    uploader.actor.kind = proto::ActorKind::Operator;
    uploader.actor.id = principal.operatorId;
    uploader.actor.name = principal.username;
    uploader.actorText = principal.actor();
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
            const auto &principal = ctx.requirePrincipal();
            const auto audit = ctx.auditEntry("proof.add", "proof", {});
            if (ctx.isJsonBody()) {
                const auto request = decodeOrThrow<proto::AddTxidProofRequest>(ctx.json());
                return HttpResponse::json(201, proto::toJson(services.proofs().addTxid(ctx.tx(), orderId, request.txid,
                                                                                       uploaderOf(principal), audit)));
            }
            const std::string &bytes = ctx.body();
            if (bytes.empty())
                throw ApiError(proto::ApiErrorCode::ValidationFailed, "empty proof file", {{"field", "body"}});
            return HttpResponse::json(
                201, proto::toJson(services.proofs().addFile(ctx.tx(), orderId, bytes, uploaderOf(principal), audit)));
        },
        upload);

    router.get(proto::endpoints::kProofFile, [&services](RequestContext &ctx) {
        const auto file = services.proofs().file(ctx.tx(), ctx.pathId());
        HttpResponse response;
        response.status = 200;
        response.contentType = file.mime;
        response.body = file.bytes;
        // Served to operators' viewers only: never rendered as something else, never cached.
        response.withHeader("X-Content-Type-Options", "nosniff")
            .withHeader("Content-Disposition", "inline")
            .withHeader("ETag", "\"" + file.sha256Hex + "\"");
        return response;
    });

    router.get(proto::endpoints::kProofAnnotations, [&services](RequestContext &ctx) {
        return HttpResponse::json(200, proto::toJson(services.annotations().list(ctx.tx(), ctx.pathId())));
    });
    router.post(proto::endpoints::kProofAnnotations, [&services](RequestContext &ctx) {
        const auto proofId = ctx.pathId();
        const auto request = decodeOrThrow<proto::CreateAnnotationRequest>(ctx.json());
        const auto &principal = ctx.requirePrincipal();
        return HttpResponse::json(
            201, proto::toJson(services.annotations().add(ctx.tx(), proofId, principal.operatorId, request,
                                                          ctx.auditEntry("annotation.add", "annotation", {}))));
    });
}

} // namespace p2pdesk::syncd::http::handlers
