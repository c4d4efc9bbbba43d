#pragma once

#include "http/RequestContext.h"
#include "service/OrderActor.h"

namespace p2pdesk::syncd::http::handlers {

// The authenticated operator of the request as the order services see them (401 when anonymous).
service::OrderActor orderActor(const RequestContext &ctx);

} // namespace p2pdesk::syncd::http::handlers
