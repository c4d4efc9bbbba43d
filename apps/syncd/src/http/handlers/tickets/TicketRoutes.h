#pragma once

#include "http/Router.h"

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::http::handlers {

// Support tickets and canned replies:
//   GET  /api/v1/tickets, /api/v1/tickets/{id}, /api/v1/tickets/{id}/attachments/{attachmentId}
//        (operators, seniors, and admins read-only)
//   POST /api/v1/tickets/{id}/messages|assign|priority|close|reopen|read|preview (operators, seniors)
//   GET  /api/v1/canned-replies (operators, seniors: active replies)
//   GET, POST /api/v1/admin/canned-replies, PUT /api/v1/admin/canned-replies/{id} (admin)
void registerTicketRoutes(Router &router, app::Services &services);

} // namespace p2pdesk::syncd::http::handlers
