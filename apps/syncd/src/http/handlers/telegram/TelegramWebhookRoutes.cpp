#include "http/handlers/telegram/TelegramWebhookRoutes.h"

#include "app/Services.h"
#include "http/ApiError.h"
#include "security/SecureMemory.h"

#include "p2pdesk/proto/Endpoints.h"

namespace p2pdesk::syncd::http::handlers {

// Webhook mode of the Telegram bridge. Telegram is the only legitimate caller, and proves it with
// the secret token given to setWebhook, compared in constant time. The update is stored before
// the 2xx answer (Telegram retries non-2xx for a while, so a database outage loses nothing), and
// processed later by the bridge's processor exactly like a polled one.
void registerTelegramWebhookRoutes(Router &router, app::Services &services)
{
    if (services.config().string("telegram.mode") != "webhook")
        return;
    const std::string secret = services.config().secret("telegram.webhook_secret_file");
    if (secret.empty())
        throw std::runtime_error("telegram.mode is webhook but telegram.webhook_secret_file is not set");
    RouteOptions open;
    open.authenticated = false;
    open.idempotent = false; // Telegram sends no Idempotency-Key; update_id makes retries no-ops
    router.post(
        proto::endpoints::kTelegramWebhook,
        [&services, secret](RequestContext &ctx) {
            const auto token = ctx.header("X-Telegram-Bot-Api-Secret-Token").value_or("");
            if (!security::constantTimeEquals(std::string_view(token), std::string_view(secret)))
                throw ApiError(proto::ApiErrorCode::Unauthorized, "missing or wrong webhook secret token");
            const auto &update = ctx.json();
            if (!update.is_object() || !update.contains("update_id") || !update["update_id"].is_number_integer())
                throw ApiError(proto::ApiErrorCode::ValidationFailed, "not a Telegram update",
                               {{"field", "update_id"}, {"kind", "required"}});
            services.telegramInbox().store({update});
            return HttpResponse::json(200, {{"ok", true}});
        },
        open);
}

} // namespace p2pdesk::syncd::http::handlers
