#include "http/handlers/changes/ChangeRoutes.h"

#include "app/Services.h"
#include "feed/ChangeListener.h"
#include "http/ApiError.h"

#include "p2pdesk/domain/OrderStatus.h"
#include "p2pdesk/proto/Changes.h"
#include "p2pdesk/proto/Endpoints.h"

#include <pqxx/nontransaction>
#include <pqxx/result>

namespace p2pdesk::syncd::http::handlers {

namespace {

constexpr int kMaxEvents = 500;

// Reads events (since, horizon] on a short-lived pooled connection, never the request's
// transaction: the handler may sleep, and a sleeping request must not pin a connection.
proto::ChangesResponse readEvents(app::Services &services, std::int64_t since, std::int64_t horizon)
{
    proto::ChangesResponse response;
    response.lastSeq = since;
    if (horizon <= since)
        return response;
    auto conn = services.pool().acquire();
    pqxx::result rows;
    try {
        pqxx::nontransaction tx(*conn);
        rows = tx.exec_params("SELECT seq, (extract(epoch FROM at) * 1000000)::bigint, kind, order_id, payload::text "
                              "FROM change_events WHERE seq > $1 AND seq <= $2 ORDER BY seq LIMIT $3",
                              since, horizon, kMaxEvents);
    } catch (const std::exception &) {
        conn.markBroken();
        throw;
    }
    for (const auto &row : rows) {
        proto::ChangeEvent event;
        event.seq = row[0].as<std::int64_t>();
        event.at = proto::Timestamp(std::chrono::microseconds(row[1].as<std::int64_t>()));
        event.kind = row[2].as<std::string>();
        if (!row[3].is_null())
            event.orderId = row[3].as<std::int64_t>();
        event.payload = proto::Json::parse(row[4].as<std::string>(), nullptr, false);
        if (!event.payload.is_object())
            event.payload = proto::Json::object();
        // Order events carry the order's status/version after the change in their payload.
        if (event.payload.contains("status") && event.payload["status"].is_string())
            event.status = domain::parseOrderStatus(event.payload["status"].get<std::string>());
        if (event.payload.contains("version") && event.payload["version"].is_number_integer())
            event.version = event.payload["version"].get<std::int64_t>();
        response.lastSeq = event.seq;
        response.events.push_back(std::move(event));
    }
    return response;
}

} // namespace

void registerChangeRoutes(Router &router, app::Services &services)
{
    router.get(proto::endpoints::kChanges, [&services](RequestContext &ctx) {
        std::vector<std::pair<std::string, std::string>> params;
        for (const char *name : {"since", "wait"}) {
            if (auto value = ctx.query(name))
                params.emplace_back(name, *value);
        }
        auto query = proto::decodeChangesQuery(params);
        if (!query.ok())
            throw ApiError::fromQueryDecode(query.error());
        const auto since = query.value().since;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(query.value().waitSeconds);

        auto &listener = services.changeListener();
        auto horizon = listener.refresh();
        if (horizon <= since && query.value().waitSeconds > 0)
            horizon = listener.waitBeyond(since, deadline);
        return HttpResponse::json(200, proto::toJson(readEvents(services, since, horizon)));
    });
}

} // namespace p2pdesk::syncd::http::handlers
