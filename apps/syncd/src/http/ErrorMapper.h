#pragma once

#include "http/HttpResponse.h"
#include "http/RequestContext.h"

#include <exception>

namespace p2pdesk::syncd::http {

// THE place where failures become HTTP: ApiError → its code; domain errors arrive as ApiError
// (see unwrap); a lost or unreachable database → 503 db_unavailable; serialization failures and
// deadlocks → 409 conflict (the client may retry); anything else → 500 internal_error, logged with
// the request id, whose message only names the request id.
HttpResponse mapException(std::exception_ptr error, const std::string &requestId, const RequestLog &log);

} // namespace p2pdesk::syncd::http
