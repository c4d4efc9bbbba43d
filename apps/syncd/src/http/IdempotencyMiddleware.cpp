#include "http/IdempotencyMiddleware.h"

#include "db/SqlParams.h"
#include "http/ApiError.h"
#include "security/Sha256.h"

#include "p2pdesk/proto/Endpoints.h"
#include "p2pdesk/proto/Limits.h"

#include <pqxx/binarystring>
#include <pqxx/result>

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
        if (ctx.method() != "POST" || !route.options.idempotent)
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
        const auto reserved = work.exec_params(
            "INSERT INTO idempotency_keys (principal, key, method, path, request_hash) VALUES ($1, $2, $3, $4, $5) "
            "ON CONFLICT (principal, key) DO NOTHING RETURNING 1",
            scope, *key, ctx.method(), ctx.path(), db::bytea(requestHash));

        if (reserved.empty()) {
            const auto row =
                work.exec_params1("SELECT request_hash, response_status, response_body FROM idempotency_keys "
                                  "WHERE principal = $1 AND key = $2",
                                  scope, *key);
            const pqxx::binarystring storedHash(row[0]);
            const bool same = storedHash.size() == requestHash.size() &&
                              std::equal(requestHash.begin(), requestHash.end(), storedHash.begin());
            if (!same)
                throw ApiError(proto::ApiErrorCode::IdempotencyMismatch,
                               "this Idempotency-Key was used with a different request");
            HttpResponse replay;
            replay.status = row[1].as<int>();
            replay.body = row[2].is_null() ? std::string() : row[2].as<std::string>();
            if (replay.body.empty())
                replay.contentType.clear();
            replay.withHeader(kIdempotencyReplayedHeader, "true");
            ctx.log().debug("idempotent replay");
            return replay;
        }

        HttpResponse response = next(ctx);
        work.exec_params0("UPDATE idempotency_keys SET response_status = $3, response_body = $4 "
                          "WHERE principal = $1 AND key = $2",
                          scope, *key, response.status, response.body);
        return response;
    };
}

} // namespace p2pdesk::syncd::http
