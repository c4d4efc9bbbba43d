#include "http/HttpResponse.h"

#include "http/ApiError.h"
#include "service/ServiceError.h"

namespace p2pdesk::syncd::http {

HttpResponse HttpResponse::json(int status, const proto::Json &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body.dump();
    return r;
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

HttpResponse HttpResponse::error(const service::ServiceError &error)
{
    return json(proto::httpStatus(error.code()), proto::toJson(error.body()));
}

HttpResponse HttpResponse::error(proto::ApiErrorCode code, std::string message, proto::Json details)
{
    return error(ApiError(code, std::move(message), std::move(details)));
}

HttpResponse &HttpResponse::withHeader(std::string name, std::string value)
{
    headers.emplace_back(std::move(name), std::move(value));
    return *this;
}

} // namespace p2pdesk::syncd::http
