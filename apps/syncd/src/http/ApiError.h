#pragma once

#include "p2pdesk/domain/Result.h"
#include "p2pdesk/proto/ApiErrorCode.h"
#include "p2pdesk/proto/Decoded.h"
#include "p2pdesk/proto/ErrorBody.h"

#include <stdexcept>
#include <string>

namespace p2pdesk::syncd::http {

// The one exception a handler or service throws to refuse a request with a wire error code.
// Throwing rolls the request's transaction back; to refuse *and* keep writes (e.g. counting a
// failed login) return HttpResponse::error(...) instead.
class ApiError final : public std::runtime_error {
public:
    ApiError(proto::ApiErrorCode code, std::string message, proto::Json details = proto::Json::object());
    explicit ApiError(proto::ErrorBody body);

    static ApiError fromDomain(const domain::DomainError &error);
    static ApiError fromDecode(const proto::DecodeError &error);
    // A bad query parameter: 400 bad_request (a query string is not a body), with the same
    // field/kind details as a body's validation_failed.
    static ApiError fromQueryDecode(const proto::DecodeError &error);

    const proto::ErrorBody &body() const { return m_body; }
    proto::ApiErrorCode code() const { return m_body.code; }
    int status() const { return proto::httpStatus(m_body.code); }

private:
    proto::ErrorBody m_body;
};

// `auto value = unwrap(domainCall())` — a domain refusal becomes the matching ApiError.
template<typename T> T unwrap(domain::Result<T> result)
{
    if (!result.ok())
        throw ApiError::fromDomain(result.error());
    return std::move(result).value();
}

// `auto dto = decodeOrThrow<proto::TakeOrderRequest>(ctx.json())`.
template<typename T> T decodeOrThrow(const proto::Json &json)
{
    auto decoded = proto::fromJson<T>(json);
    if (!decoded.ok())
        throw ApiError::fromDecode(decoded.error());
    return std::move(decoded).value();
}

} // namespace p2pdesk::syncd::http
