#pragma once

#include "service/ServiceError.h"

#include "p2pdesk/domain/Result.h"
#include "p2pdesk/proto/ApiErrorCode.h"
#include "p2pdesk/proto/Decoded.h"
#include "p2pdesk/proto/ErrorBody.h"

#include <stdexcept>
#include <string>

namespace p2pdesk::syncd::http {

// The HTTP layer's own refusals (a body or query that does not decode, an unknown route). Services
// throw service::ServiceError, of which this is one kind, so ErrorMapper maps both the same way.
// Throwing rolls the request's transaction back; to refuse *and* keep writes (e.g. counting a
// failed login) return HttpResponse::error(...) instead.
class ApiError final : public service::ServiceError {
public:
    using ServiceError::ServiceError;

    static ApiError fromDecode(const proto::DecodeError &error);
    // A bad query parameter: 400 bad_request (a query string is not a body), with the same
    // field/kind details as a body's validation_failed.
    static ApiError fromQueryDecode(const proto::DecodeError &error);
};

using service::unwrap;

// `auto dto = decodeOrThrow<proto::TakeOrderRequest>(ctx.json())`.
template<typename T> T decodeOrThrow(const proto::Json &json)
{
    auto decoded = proto::fromJson<T>(json);
    if (!decoded.ok())
        throw ApiError::fromDecode(decoded.error());
    return std::move(decoded).value();
}

} // namespace p2pdesk::syncd::http
