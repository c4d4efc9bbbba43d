#pragma once

#include "http/Router.h"

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::http::handlers {

// POST /api/v1/orders/{id}/proofs — JSON {"txid"} or a raw file body (≤ http.max_upload_bytes);
// GET /api/v1/proofs/{id}/file — the stored bytes with their sniffed type (nosniff, CSP sandbox, PDFs
// as attachments);
// GET/POST /api/v1/proofs/{id}/annotations. Any authenticated operator.
void registerProofRoutes(Router &router, app::Services &services);

} // namespace p2pdesk::syncd::http::handlers
