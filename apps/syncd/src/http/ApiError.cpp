#include "http/ApiError.h"

namespace p2pdesk::syncd::http {

ApiError::ApiError(proto::ApiErrorCode code, std::string message, proto::Json details)
    : ApiError(proto::makeErrorBody(code, std::move(message), std::move(details)))
{
}

ApiError::ApiError(proto::ErrorBody body)
    : std::runtime_error(body.message)
    , m_body(std::move(body))
{
}

ApiError ApiError::fromDomain(const domain::DomainError &error)
{
    return ApiError(proto::fromDomainError(error));
}

ApiError ApiError::fromDecode(const proto::DecodeError &error)
{
    return ApiError(proto::fromDecodeError(error));
}

} // namespace p2pdesk::syncd::http
