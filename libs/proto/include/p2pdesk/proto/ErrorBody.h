#pragma once

#include "p2pdesk/domain/Result.h"
#include "p2pdesk/proto/ApiErrorCode.h"
#include "p2pdesk/proto/Decoded.h"

#include <optional>
#include <string>

namespace p2pdesk::proto {

// {"error":{"code":"…","message":"…","details":{…}}}
struct ErrorBody {
    ApiErrorCode code = ApiErrorCode::InternalError;
    std::string message;
    Json details = Json::object();
};

Json toJson(const ErrorBody &value);
std::optional<DecodeError> decodeInto(const Json &json, ErrorBody &out);

ErrorBody makeErrorBody(ApiErrorCode code, std::string message, Json details = Json::object());
ErrorBody fromDomainError(const domain::DomainError &error);
// MalformedJson → bad_request; a missing/blank "reason" → reason_required; anything else →
// validation_failed. details: {"field": path, "kind": "missing"|…}.
ErrorBody fromDecodeError(const DecodeError &error);

} // namespace p2pdesk::proto
