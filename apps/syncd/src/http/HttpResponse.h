#pragma once

#include "p2pdesk/proto/ApiErrorCode.h"
#include "p2pdesk/proto/Decoded.h"

#include <string>
#include <utility>
#include <vector>

namespace p2pdesk::syncd::service {
class ServiceError;
}

namespace p2pdesk::syncd::http {

// What a handler returns: a value, so middleware (idempotency replay, logging) can store, inspect
// and re-send it without touching Poco's response object.
struct HttpResponse {
    int status = 200;
    std::string contentType = "application/json";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;

    static HttpResponse json(int status, const proto::Json &body);
    static HttpResponse noContent();
    static HttpResponse error(const service::ServiceError &error);
    static HttpResponse error(proto::ApiErrorCode code, std::string message,
                              proto::Json details = proto::Json::object());

    HttpResponse &withHeader(std::string name, std::string value);
};

} // namespace p2pdesk::syncd::http
