#include "http/handlers/changes/ChangeRoutes.h"

#include "app/Services.h"
#include "feed/ChangeListener.h"
#include "http/ApiError.h"

#include "p2pdesk/domain/OrderStatus.h"
#include "p2pdesk/proto/Changes.h"
#include "p2pdesk/proto/Endpoints.h"

#include <pqxx/nontransaction>
#include <pqxx/result>

#include <algorithm>
#include <atomic>
#include <memory>

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

// Long-polls allowed to wait at once. Each waiting one holds an HTTP thread, so without a cap enough
// of them (or a client opening many) would leave no thread for a take.
class LongPollSlots final {
public:
    explicit LongPollSlots(std::int64_t max)
        : m_max(max)
    {
    }
    bool tryTake()
    {
        if (m_inUse.fetch_add(1) < m_max)
            return true;
        m_inUse.fetch_sub(1);
        return false;
    }
    void release() { m_inUse.fetch_sub(1); }

private:
    const std::int64_t m_max;
    std::atomic<std::int64_t> m_inUse{0};
};

} // namespace

void registerChangeRoutes(Router &router, app::Services &services)
{
    auto configured = services.config().integer("http.max_long_polls");
    if (configured <= 0)
        configured = std::max<std::int64_t>(1, services.config().integer("http.threads") / 2);
    auto slots = std::make_shared<LongPollSlots>(configured);
    router.get(proto::endpoints::kChanges, [&services, slots](RequestContext &ctx) {
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
        if (horizon <= since && query.value().waitSeconds > 0) {
            // Over the cap: answer at once with what there is, as a wait that ended early ("waits
            // up to `wait` seconds").
            if (slots->tryTake()) {
                struct Release {
                    LongPollSlots &slots;
                    ~Release() { slots.release(); }
                } release{*slots};
                horizon = listener.waitBeyond(since, deadline);
            } else {
                ctx.log().debug("long-poll cap reached: answering without waiting");
            }
        }
        return HttpResponse::json(200, proto::toJson(readEvents(services, since, horizon)));
    });
}

} // namespace p2pdesk::syncd::http::handlers
