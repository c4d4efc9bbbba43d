#pragma once

#include "http/Router.h"

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::http::handlers {

// GET /api/v1/changes?since=SEQ&wait=SECONDS (any operator). Answers at once when events above
// `since` are safe to hand out (feed/ChangeListener.h: the horizon), otherwise sleeps — holding
// no database connection — until the process's single LISTEN connection moves the horizon or the
// wait runs out.
void registerChangeRoutes(Router &router, app::Services &services);

} // namespace p2pdesk::syncd::http::handlers
