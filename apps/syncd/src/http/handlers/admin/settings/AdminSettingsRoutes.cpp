#include "http/handlers/admin/settings/AdminSettingsRoutes.h"

#include "app/Services.h"
#include "http/ApiError.h"

#include "p2pdesk/proto/Endpoints.h"

namespace p2pdesk::syncd::http::handlers {

namespace {

proto::Json settingsJson(const db::Settings &settings)
{
    return proto::toJson(service::SettingsService::toProto(settings));
}

} // namespace

void registerAdminSettingsRoutes(Router &router, app::Services &services)
{
    const auto read = [&services](RequestContext &ctx) {
        return HttpResponse::json(200, settingsJson(services.settings().get(ctx.tx())));
    };
    // Every operator reads the thresholds (the take dialog shows the deviation limits); only the
    // admin screens use the /admin path, which answers admins alone as the contract says.
    router.get(proto::endpoints::kSettings, read);
    RouteOptions admin;
    admin.roles = {"admin"};
    router.get(proto::endpoints::kAdminSettings, read, admin);
    router.post(
        proto::endpoints::kAdminSettings,
        [&services](RequestContext &ctx) {
            const auto request = decodeOrThrow<proto::SettingsUpdateRequest>(ctx.json());
            std::optional<std::chrono::seconds> maxAge;
            if (request.settings.rateMaxAgeSeconds)
                maxAge = std::chrono::seconds(*request.settings.rateMaxAgeSeconds);
            const auto saved = services.settings().update(ctx.tx(), request, maxAge,
                                                          ctx.auditEntry("settings.update", "settings", {}));
            return HttpResponse::json(200, settingsJson(saved));
        },
        admin);
}

} // namespace p2pdesk::syncd::http::handlers
