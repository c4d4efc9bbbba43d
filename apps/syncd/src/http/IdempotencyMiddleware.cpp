#include "http/IdempotencyMiddleware.h"

#include "db/repositories/IdempotencyRepository.h"
#include "http/ApiError.h"
#include "security/Sha256.h"

#include "p2pdesk/proto/Endpoints.h"
#include "p2pdesk/proto/Limits.h"

#include <algorithm>

namespace p2pdesk::syncd::http {

namespace {

bool validKey(const std::string &key)
{
    return !key.empty() && key.size() <= proto::limits::kIdempotencyKey &&
           std::all_of(key.begin(), key.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}

std::string scopeOf(const RequestContext &ctx)
{
    return ctx.principal() ? ctx.principal()->actor() : "anonymous:" + ctx.clientIp();
}

} // namespace

Middleware makeIdempotencyMiddleware()
{
    return [](RequestContext &ctx, const Route &route, const Next &next) -> HttpResponse {
        // PUT too: replacing a limit with the same values twice would audit the change twice.
        if ((ctx.method() != "POST" && ctx.method() != "PUT") || !route.options.idempotent)
            return next(ctx);
        const auto key = ctx.header(std::string(proto::endpoints::kIdempotencyKeyHeader));
        if (!key)
            return next(ctx);
        if (!validKey(*key))
            throw ApiError(proto::ApiErrorCode::BadRequest, "Idempotency-Key must be 1-" +
                                                                std::to_string(proto::limits::kIdempotencyKey) +
                                                                " visible ASCII characters");

        const auto requestHash = security::sha256(ctx.method() + '\n' + ctx.path() + '\n' + ctx.body());
        const std::string scope = scopeOf(ctx);
        auto &work = ctx.tx().work();
        if (!db::IdempotencyRepository::reserve(work, scope, *key, ctx.method(), ctx.path(), requestHash)) {
            const auto stored = db::IdempotencyRepository::find(work, scope, *key);
            const bool same = stored.requestHash.size() == requestHash.size() &&
                              std::equal(requestHash.begin(), requestHash.end(),
                                         reinterpret_cast<const unsigned char *>(stored.requestHash.data()));
            if (!same)
                throw ApiError(proto::ApiErrorCode::IdempotencyMismatch,
                               "this Idempotency-Key was used with a different request");
            // The first attempt holds the row until it commits, and a rolled-back one leaves none:
            // a reserved key without a response cannot be read here. Refuse rather than replay 0.
            if (!stored.responseStatus)
                throw ApiError(proto::ApiErrorCode::Conflict, "the first request with this key has no response yet");
            HttpResponse replay;
            replay.status = *stored.responseStatus;
            replay.body = stored.responseBody;
            if (replay.body.empty())
                replay.contentType.clear();
            replay.withHeader(kIdempotencyReplayedHeader, "true");
            ctx.log().debug("idempotent replay");
            return replay;
        }

        HttpResponse response = next(ctx);
        db::IdempotencyRepository::storeResponse(work, scope, *key, response.status, response.body);
        return response;
    };
}

} // namespace p2pdesk::syncd::http
