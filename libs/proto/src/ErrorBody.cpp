#include "p2pdesk/proto/ErrorBody.h"

#include "JsonReader.h"

namespace p2pdesk::proto {

Json toJson(const ErrorBody &value)
{
    return Json{{"error",
                 {{"code", std::string(toString(value.code))},
                  {"message", value.message},
                  {"details", value.details.is_object() ? value.details : Json::object()}}}};
}

void detail::read(const Json &json, const std::string &path, ErrorBody &out)
{
    const ObjectReader root(json, path);
    const ObjectReader error(root.require("error"), root.pathOf("error"));
    out.code = error.enumeration<ApiErrorCode>("code", &parseApiErrorCode);
    out.message = error.string("message", {0, limits::kMessage});
    out.details = error.object("details");
}

std::optional<DecodeError> decodeInto(const Json &json, ErrorBody &out)
{
    return detail::decodeRoot(json, out);
}

ErrorBody makeErrorBody(ApiErrorCode code, std::string message, Json details)
{
    return ErrorBody{code, std::move(message), details.is_object() ? std::move(details) : Json::object()};
}

ErrorBody fromDomainError(const domain::DomainError &error)
{
    const ApiErrorCode code = fromDomain(error.code);
    Json details = Json::object();
    if (code == ApiErrorCode::ValidationFailed)
        details["domain_code"] = std::string(domain::toString(error.code));
    return makeErrorBody(code, error.message, std::move(details));
}

ErrorBody fromDecodeError(const DecodeError &error)
{
    if (error.kind == DecodeErrorKind::MalformedJson)
        return makeErrorBody(ApiErrorCode::BadRequest, error.reason);
    Json details = {{"field", error.fieldPath}, {"kind", std::string(toString(error.kind))}};
    const bool reasonField = error.fieldPath == "reason" || error.fieldPath.ends_with(".reason");
    if (reasonField && error.kind == DecodeErrorKind::Missing)
        return makeErrorBody(ApiErrorCode::ReasonRequired, "a reason is required", std::move(details));
    std::string message = error.fieldPath.empty() ? error.reason : error.fieldPath + ": " + error.reason;
    return makeErrorBody(ApiErrorCode::ValidationFailed, std::move(message), std::move(details));
}

} // namespace p2pdesk::proto
