#include "http/ApiError.h"

namespace p2pdesk::syncd::http {

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
