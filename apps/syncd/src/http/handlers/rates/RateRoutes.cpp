#include "http/handlers/rates/RateRoutes.h"

#include "app/Services.h"
#include "http/handlers/rates/RateJson.h"

#include "p2pdesk/proto/Endpoints.h"

namespace p2pdesk::syncd::http::handlers {

void registerRateRoutes(Router &router, app::Services &services)
{
    router.get(proto::endpoints::kRates, [&services](RequestContext &ctx) {
        const auto views = services.rates().list(ctx.tx(), std::chrono::system_clock::now());
        proto::RateList list;
        list.items.reserve(views.size());
        for (const auto &view : views)
            list.items.push_back(rateDto(view));
        return HttpResponse::json(200, proto::toJson(list));
    });
}

} // namespace p2pdesk::syncd::http::handlers
