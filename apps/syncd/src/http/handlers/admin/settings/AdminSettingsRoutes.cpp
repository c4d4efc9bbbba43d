#include "http/handlers/admin/settings/AdminSettingsRoutes.h"

#include "app/Services.h"
#include "http/ApiError.h"

#include "p2pdesk/proto/Endpoints.h"

namespace p2pdesk::syncd::http::handlers {

namespace {

proto::Json settingsJson(const db::Settings &settings)
{
    proto::Settings dto = service::SettingsService::toProto(settings);
    dto.rateMaxAgeSeconds = settings.rateMaxAge.count();
    return proto::toJson(dto);
}

} // namespace

void registerAdminSettingsRoutes(Router &router, app::Services &services)
{
    router.get(proto::endpoints::kAdminSettings, [&services](RequestContext &ctx) {
        return HttpResponse::json(200, settingsJson(services.settings().get(ctx.tx())));
    });
    RouteOptions admin;
    admin.roles = {"admin"};
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
