#pragma once

#include "http/Router.h"

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::http::handlers {

void registerTelegramWebhookRoutes(Router &router, app::Services &services);

} // namespace p2pdesk::syncd::http::handlers
