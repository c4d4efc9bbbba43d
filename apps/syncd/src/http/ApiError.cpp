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

ApiError ApiError::fromQueryDecode(const proto::DecodeError &error)
{
    return ApiError(proto::ApiErrorCode::BadRequest, error.fieldPath + ": " + error.reason,
                    {{"field", error.fieldPath}, {"kind", std::string(proto::toString(error.kind))}});
}

} // namespace p2pdesk::syncd::http
