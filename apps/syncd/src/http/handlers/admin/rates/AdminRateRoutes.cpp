#include "http/handlers/admin/rates/AdminRateRoutes.h"

#include "app/Services.h"
#include "http/ApiError.h"
#include "http/handlers/rates/RateJson.h"

#include "p2pdesk/proto/Endpoints.h"

#include <charconv>
#include <chrono>
#include <string>

namespace p2pdesk::syncd::http::handlers {

namespace {

// ?days=N for the history chart: 1..90, default 7 (a week of a feed polling every minute is what
// the rates screen shows; more is a report's job).
int historyDays(const RequestContext &ctx)
{
    const auto text = ctx.query("days");
    if (!text)
        return 7;
    int days = 0;
    const auto *end = text->data() + text->size();
    const auto parsed = std::from_chars(text->data(), end, days);
    if (parsed.ec != std::errc{} || parsed.ptr != end || days < 1 || days > 90)
        throw ApiError(proto::ApiErrorCode::BadRequest, "days must be a whole number from 1 to 90",
                       {{"parameter", "days"}});
    return days;
}

} // namespace

void registerAdminRateRoutes(Router &router, app::Services &services)
{
    RouteOptions admin;
    admin.roles = {"admin"};
    router.post(
        proto::endpoints::kAdminRates,
        [&services](RequestContext &ctx) {
            service::RateUpdate update;
            update.request = decodeOrThrow<proto::RateUpdateRequest>(ctx.json());
            update.minAmount = update.request.minAmount;
            update.maxAmount = update.request.maxAmount;
            const auto &principal = ctx.requirePrincipal();
            const auto view = services.rates().update(ctx.tx(), update, ctx.auditEntry("rate.update", "rate", {}),
                                                      principal.operatorId);
            return HttpResponse::json(200, rateJson(view));
        },
        admin);

    // The feed's held jumps are a senior's call, like other two-person money decisions.
    RouteOptions seniors;
    seniors.roles = {"admin", "senior"};
    router.post(
        proto::endpoints::kAdminRateFeedConfirm,
        [&services](RequestContext &ctx) {
            const auto id = ctx.pathId();
            const auto request = decodeOrThrow<proto::RateFeedConfirmRequest>(ctx.json());
            auto audit = ctx.auditEntry("rate.feed_confirm", "rate", std::to_string(id));
            audit.reason = request.reason;
            const auto view =
                services.rates().confirmFeed(ctx.tx(), id, request.feedRate, audit, ctx.requirePrincipal().operatorId);
            return HttpResponse::json(200, rateJson(view));
        },
        seniors);
    router.get(
        proto::endpoints::kAdminRateHistory,
        [&services](RequestContext &ctx) {
            const auto id = ctx.pathId();
            const auto days = historyDays(ctx);
            proto::RateHistory history;
            for (auto &row : services.rates().history(ctx.tx(), id, days, std::chrono::system_clock::now())) {
                proto::RateHistoryEntry entry;
                entry.at = std::chrono::time_point_cast<std::chrono::microseconds>(row.at);
                entry.actor = std::move(row.actor);
                entry.baseRate = row.baseRate;
                entry.marginPercent = row.marginPercent;
                entry.fixedFee = row.fixedFee;
                entry.reason = std::move(row.reason);
                history.items.push_back(std::move(entry));
            }
            return HttpResponse::json(200, proto::toJson(history));
        },
        seniors);
}

} // namespace p2pdesk::syncd::http::handlers
