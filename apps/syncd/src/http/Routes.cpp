#include "http/Routes.h"

#include "http/AuthMiddleware.h"
#include "http/IdempotencyMiddleware.h"
#include "http/handlers/admin/audit/AdminAuditRoutes.h"
#include "http/handlers/admin/banks/AdminBankRoutes.h"
#include "http/handlers/admin/checklists/AdminChecklistRoutes.h"
#include "http/handlers/admin/flags/AdminFlagRoutes.h"
#include "http/handlers/admin/limits/AdminLimitRoutes.h"
#include "http/handlers/admin/operators/OperatorAdminRoutes.h"
#include "http/handlers/admin/rates/AdminRateRoutes.h"
#include "http/handlers/admin/reserves/AdminReserveRoutes.h"
#include "http/handlers/admin/settings/AdminSettingsRoutes.h"
#include "http/handlers/admin/wallets/AdminWalletRoutes.h"
#include "http/handlers/auth/AuthRoutes.h"
#include "http/handlers/changes/ChangeRoutes.h"
#include "http/handlers/customers/CustomerRoutes.h"
#include "http/handlers/export/RatesExportRoutes.h"
#include "http/handlers/health/HealthRoutes.h"
#include "http/handlers/metrics/MetricsRoutes.h"
#include "http/handlers/orders/OrderRoutes.h"
#include "http/handlers/proofs/ProofRoutes.h"
#include "http/handlers/rates/RateRoutes.h"
#include "http/handlers/telegram/TelegramWebhookRoutes.h"
#include "http/handlers/tickets/TicketRoutes.h"

namespace p2pdesk::syncd::http {

void registerRoutes(Router &router, app::Services &services)
{
    // Middleware; MiddlewareStage decides the order (authentication before idempotency).
    router.use(makeAuthMiddleware(), MiddlewareStage::Authentication);
    router.use(makeIdempotencyMiddleware(), MiddlewareStage::Idempotency);

    handlers::registerHealthRoutes(router, services);
    handlers::registerMetricsRoutes(router, services);
    handlers::registerAuthRoutes(router, services);
    handlers::registerOperatorAdminRoutes(router, services);
    handlers::registerOrderRoutes(router, services);
    handlers::registerRateRoutes(router, services);
    handlers::registerAdminRateRoutes(router, services);
    handlers::registerAdminWalletRoutes(router, services);
    handlers::registerAdminBankRoutes(router, services);
    handlers::registerAdminReserveRoutes(router, services);
    handlers::registerRatesExportRoutes(router, services);
    handlers::registerAdminSettingsRoutes(router, services);
    handlers::registerAdminLimitRoutes(router, services);
    handlers::registerAdminFlagRoutes(router, services);
    handlers::registerAdminAuditRoutes(router, services);
    handlers::registerAdminChecklistRoutes(router, services);
    handlers::registerProofRoutes(router, services);
    handlers::registerChangeRoutes(router, services);
    handlers::registerTelegramWebhookRoutes(router, services);
    handlers::registerTicketRoutes(router, services);
    handlers::registerCustomerRoutes(router, services);
}

} // namespace p2pdesk::syncd::http
