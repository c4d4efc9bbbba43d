#include "http/handlers/changes/ChangeRoutes.h"

#include "app/Services.h"
#include "feed/ChangeListener.h"
#include "feed/ChangeReader.h"
#include "http/ApiError.h"

#include "p2pdesk/proto/Changes.h"
#include "p2pdesk/proto/Endpoints.h"

#include <algorithm>
#include <atomic>
#include <memory>

namespace p2pdesk::syncd::http::handlers {

namespace {

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
        auto response = feed::ChangeReader(services.pool()).read(since, horizon);
        response.feedEpoch = listener.epoch();
        return HttpResponse::json(200, proto::toJson(response));
    });
}

} // namespace p2pdesk::syncd::http::handlers
