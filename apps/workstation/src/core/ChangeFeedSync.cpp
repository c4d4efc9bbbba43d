#include "core/ChangeFeedSync.h"

#include "core/ApiClient.h"
#include "core/ApiReply.h"
#include "core/LocalCache.h"
#include "core/Logging.h"
#include "core/OrderStore.h"

#include "p2pdesk/proto/Limits.h"

#include <QRandomGenerator>

#include <algorithm>

namespace p2pdesk::workstation {

namespace {

bool isSupportEvent(const std::string &kind)
{
    // customer.updated (blocked, unblocked) goes to open profiles; the holds it puts on the
    // customer's orders arrive as order events of their own.
    return kind.rfind("ticket.", 0) == 0 || kind == proto::change_kind::kCannedReplyUpdated ||
           kind == proto::change_kind::kCustomerUpdated;
}

// An order.* event may carry the order itself (payload.order) — then no refetch is needed.
std::optional<proto::OrderSummary> orderFromPayload(const proto::ChangeEvent &event)
{
    if (!event.payload.is_object() || !event.payload.contains("order"))
        return std::nullopt;
    auto decoded = proto::fromJson<proto::OrderSummary>(event.payload["order"]);
    if (!decoded)
        return std::nullopt;
    return std::move(decoded).value();
}

// settings.updated carries the settings as GET /settings serves them (payload.settings).
std::optional<proto::Settings> settingsFromPayload(const proto::ChangeEvent &event)
{
    if (!event.payload.is_object() || !event.payload.contains("settings"))
        return std::nullopt;
    auto decoded = proto::fromJson<proto::Settings>(event.payload["settings"]);
    if (!decoded)
        return std::nullopt;
    return std::move(decoded).value();
}

} // namespace

ChangeFeedSync::ChangeFeedSync(ApiClient *api, LocalCache *cache, OrderStore *orders, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_orders(orders)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (!m_running)
            return;
        if (m_phase == Phase::Snapshot)
            fetchSnapshotPage(std::nullopt);
        else
            poll();
    });
}

void ChangeFeedSync::setBackoff(int initialMs, int maxMs)
{
    m_initialBackoffMs = std::max(1, initialMs);
    m_maxBackoffMs = std::max(m_initialBackoffMs, maxMs);
    m_backoffMs = m_initialBackoffMs;
}

void ChangeFeedSync::start()
{
    stop();
    m_running = true;
    if (m_cache && m_cache->isOpen()) {
        m_orders->upsertMany(m_cache->loadAll());
        m_seq = m_cache->lastSeq();
        m_feedEpoch = m_cache->feedEpoch();
    }
    qCInfo(lcSync) << "starting from seq" << m_seq << "with" << m_orders->orderCount() << "cached orders";
    if (m_seq == 0 && m_followsOrders) {
        m_phase = Phase::Snapshot;
        fetchSnapshotPage(std::nullopt);
    } else {
        m_phase = Phase::CatchingUp;
        poll();
    }
}

void ChangeFeedSync::stop()
{
    m_running = false;
    ++m_generation;
    m_retryTimer.stop();
    for (const QPointer<ApiReply> &reply : std::exchange(m_inFlight, {})) {
        if (reply)
            reply->abort();
    }
    m_batchOrders.clear();
    m_batchRemoved.clear();
    m_batchEvents.clear();
    m_batchSupport.clear();
    m_batchConfig.clear();
    m_batchSettings.reset();
    m_pendingFetches.clear();
    m_phase = Phase::Idle;
}

void ChangeFeedSync::track(ApiReply *reply)
{
    m_inFlight.erase(std::remove_if(m_inFlight.begin(), m_inFlight.end(), [](const auto &p) { return p.isNull(); }),
                     m_inFlight.end());
    m_inFlight.emplace_back(reply);
}

void ChangeFeedSync::fetchSnapshotPage(const std::optional<std::string> &cursor)
{
    if (!cursor)
        m_batchOrders.clear();
    proto::OrdersQuery query;
    // History is not needed to work the queue; closed orders arrive through the feed as they close.
    for (domain::OrderStatus status : domain::kAllOrderStatuses) {
        if (!domain::isTerminal(status))
            query.statuses.push_back(status);
    }
    query.cursor = cursor;
    query.limit = proto::limits::kMaxPageSize;
    ApiReply *reply = m_api->listOrders(query);
    track(reply);
    connect(reply, &ApiReply::finished, this, [this, reply, generation = m_generation] {
        if (generation != m_generation)
            return;
        if (!reply->ok())
            return fail(*reply->error());
        ApiError error;
        auto page = reply->decode<proto::OrdersPage>(&error);
        if (!page)
            return fail(error);
        goOnline();
        for (proto::OrderSummary &order : page->items)
            m_batchOrders.push_back(std::move(order));
        if (page->nextCursor)
            return fetchSnapshotPage(page->nextCursor);
        if (m_cache && m_cache->isOpen())
            m_cache->store(m_batchOrders);
        applyToModel(std::exchange(m_batchOrders, {}), false);
        m_phase = Phase::CatchingUp;
        poll();
    });
}

void ChangeFeedSync::poll()
{
    if (!m_running)
        return;
    const int wait = m_phase == Phase::Live ? m_waitSeconds : 0;
    m_lastWaitSeconds = wait;
    m_pollClock.start();
    ApiReply *reply = m_api->changes(m_seq, wait);
    track(reply);
    connect(reply, &ApiReply::finished, this, [this, reply, generation = m_generation] {
        if (generation == m_generation)
            onPollFinished(reply);
    });
}

void ChangeFeedSync::onPollFinished(ApiReply *reply)
{
    if (!reply->ok())
        return fail(*reply->error());
    ApiError error;
    auto response = reply->decode<proto::ChangesResponse>(&error);
    if (!response)
        return fail(error);
    goOnline();
    if (!acceptFeedEpoch(response->feedEpoch))
        return;
    resolve(std::move(response).value());
}

bool ChangeFeedSync::acceptFeedEpoch(std::int64_t epoch)
{
    if (epoch == 0 || epoch == m_feedEpoch)
        return true; // a server that does not tell, or the feed we know
    if (m_feedEpoch == 0) {
        // First contact (or a cache from before epochs): this is the feed our seq belongs to.
        m_feedEpoch = epoch;
        if (m_cache && m_cache->isOpen() && !m_cache->setFeedEpoch(epoch))
            qCWarning(lcSync) << "cache not updated:" << m_cache->errorString();
        return true;
    }
    startOver(epoch);
    return false;
}

void ChangeFeedSync::startOver(std::int64_t epoch)
{
    // Our seq counts another database's events: polling from it would skip every new event
    // numbered up to it, so an operator would miss orders until that number came round again.
    qCWarning(lcSync) << "the server's change feed was replaced (a restored database?): dropping"
                      << m_orders->orderCount() << "cached orders and seq" << m_seq << "and starting over";
    if (m_cache && m_cache->isOpen() && (!m_cache->clear() || !m_cache->setFeedEpoch(epoch)))
        qCWarning(lcSync) << "cache not reset:" << m_cache->errorString();
    m_orders->removeAll();
    m_seq = 0;
    m_feedEpoch = epoch;
    const quint64 generation = m_generation;
    emit startedOver();
    if (generation != m_generation)
        return; // a listener stopped the feed
    if (m_followsOrders) {
        m_phase = Phase::Snapshot;
        fetchSnapshotPage(std::nullopt);
    } else {
        m_phase = Phase::CatchingUp;
        poll();
    }
}

void ChangeFeedSync::resolve(proto::ChangesResponse response)
{
    m_batchSeq = std::max(m_seq, response.lastSeq);
    m_batchOrders.clear();
    m_batchRemoved.clear();
    m_batchEvents.clear();
    m_batchSupport.clear();
    m_batchConfig.clear();
    m_batchSettings.reset();
    m_pendingFetches.clear();
    const bool caughtUpNow = response.events.empty();
    m_batchWasEmpty = caughtUpNow;
    for (const proto::ChangeEvent &event : response.events) {
        if (isSupportEvent(event.kind)) {
            // A ticket's message or state: the order it belongs to has not changed, so no fetch.
            m_batchSupport.emplace_back(QString::fromStdString(event.kind), event.payload);
            continue;
        }
        if (!event.orderId) {
            // Rates, wallets, operators: not part of the queue. Settings are: the approvals inbox
            // filters by the thresholds. The last one of a batch wins.
            if (event.kind == proto::change_kind::kSettingsUpdated)
                m_batchSettings = settingsFromPayload(event);
            m_batchConfig.emplace_back(QString::fromStdString(event.kind), event.payload);
            continue;
        }
        if (!m_followsOrders)
            continue; // no queue to keep, and the order itself is not ours to read
        m_batchEvents.push_back({*event.orderId, QString::fromStdString(event.kind), event.version});
        if (auto order = orderFromPayload(event)) {
            m_batchOrders.push_back(std::move(*order));
            continue;
        }
        const OrderSnapshot *known = m_orders->find(*event.orderId);
        if (known && event.version && *event.version <= known->summary.version)
            continue; // we already hold this version (e.g. our own action's answer)
        m_pendingFetches.insert(*event.orderId);
    }
    if (caughtUpNow && m_phase == Phase::CatchingUp) {
        m_phase = Phase::Live;
        qCInfo(lcSync) << "caught up at seq" << m_seq;
        emit caughtUp();
    }
    if (m_pendingFetches.isEmpty())
        return commitBatch();
    const QSet<qint64> ids = m_pendingFetches;
    for (qint64 id : ids)
        fetchOrder(id);
}

void ChangeFeedSync::fetchOrder(std::int64_t orderId)
{
    ApiReply *reply = m_api->order(orderId);
    track(reply);
    connect(reply, &ApiReply::finished, this, [this, reply, orderId, generation = m_generation] {
        if (generation != m_generation)
            return;
        if (!reply->ok()) {
            if (reply->error()->httpStatus == 404) {
                m_batchRemoved.push_back(orderId); // gone, or no longer visible to us
            } else {
                return fail(*reply->error());
            }
        } else {
            ApiError error;
            auto detail = reply->decode<proto::OrderDetail>(&error);
            if (!detail)
                return fail(error);
            m_batchOrders.push_back(std::move(detail->summary));
        }
        m_pendingFetches.remove(orderId);
        if (m_pendingFetches.isEmpty())
            commitBatch();
    });
}

void ChangeFeedSync::commitBatch()
{
    if (m_cache && m_cache->isOpen() && !m_cache->applyChanges(m_batchOrders, m_batchRemoved, m_batchSeq))
        qCWarning(lcSync) << "cache not updated:" << m_cache->errorString();
    applyToModel(std::exchange(m_batchOrders, {}), m_phase == Phase::Live);
    for (std::int64_t id : std::exchange(m_batchRemoved, {}))
        m_orders->remove(id);
    m_seq = std::max(m_seq, m_batchSeq);
    // After the model is current, so a listener that looks at the queue sees the same state. A
    // listener may stop the feed (e.g. the app closing the queue): then the rest is dropped.
    const quint64 generation = m_generation;
    for (const OrderEventRef &event : std::exchange(m_batchEvents, {})) {
        emit orderEvent(event.orderId, event.kind, event.version);
        if (generation != m_generation)
            return;
    }
    for (const auto &[kind, payload] : std::exchange(m_batchSupport, {})) {
        emit supportEvent(kind, payload);
        if (generation != m_generation)
            return;
    }
    if (auto settings = std::exchange(m_batchSettings, std::nullopt)) {
        qCInfo(lcSync) << (settings->has_value() ? "desk settings changed" : "desk settings changed; refetching");
        emit settingsChanged(*settings);
        if (generation != m_generation)
            return;
    }
    for (const auto &[kind, payload] : std::exchange(m_batchConfig, {})) {
        emit configEvent(kind, payload);
        if (generation != m_generation)
            return;
    }
    pollAgain();
}

void ChangeFeedSync::pollAgain()
{
    // A long-poll that came back empty well before its wait was not held: syncd is at its cap of
    // waiting long-polls (it answers at once with what there is) or something between us cut the
    // wait. Polling again at once would make every workstation a busy loop against a server that
    // is already short of threads, so back off, doubling, until a poll waits again or brings news.
    constexpr qint64 kHeldAtLeastMs = 1000;
    const bool notHeld = m_phase == Phase::Live && m_lastWaitSeconds > 0 && m_batchWasEmpty && m_pollClock.isValid() &&
                         m_pollClock.elapsed() < kHeldAtLeastMs;
    if (!notHeld) {
        m_idleBackoffMs = 0;
        return poll();
    }
    m_idleBackoffMs = m_idleBackoffMs == 0 ? m_initialBackoffMs : std::min(m_idleBackoffMs * 2, m_maxBackoffMs);
    qCDebug(lcSync) << "long-poll answered without waiting; next in" << m_idleBackoffMs << "ms";
    m_retryTimer.start(m_idleBackoffMs);
}

void ChangeFeedSync::applyToModel(const std::vector<proto::OrderSummary> &orders, bool live)
{
    if (!live) {
        m_orders->upsertMany(orders);
        return;
    }
    for (const proto::OrderSummary &order : orders) {
        const OrderSnapshot *known = m_orders->find(order.id);
        std::optional<proto::OrderSummary> before = known ? std::optional(known->summary) : std::nullopt;
        if (m_orders->upsert(order))
            emit orderChanged(before, order);
    }
}

void ChangeFeedSync::goOnline()
{
    m_backoffMs = m_initialBackoffMs;
    m_reportedOffline = false;
    m_reportedOfflineCode.clear();
    if (!m_online) {
        m_online = true;
        qCInfo(lcSync) << "online";
        emit onlineChanged(true, {});
    }
}

void ChangeFeedSync::fail(const ApiError &error)
{
    if (error.httpStatus == 401) {
        qCInfo(lcSync) << "session ended:" << error.code;
        stop();
        m_online = false;
        emit onlineChanged(false, error.sentence());
        emit sessionEnded(error);
        return;
    }
    ++m_generation; // abandon the rest of this batch; it is replayed from m_seq
    for (const QPointer<ApiReply> &reply : std::exchange(m_inFlight, {})) {
        if (reply)
            reply->abort();
    }
    m_batchOrders.clear();
    m_batchRemoved.clear();
    m_batchEvents.clear();
    m_batchSupport.clear();
    m_batchConfig.clear();
    m_batchSettings.reset();
    m_pendingFetches.clear();
    if (m_phase == Phase::Live)
        m_phase = Phase::CatchingUp; // on return: catch up with wait=0, then announce caughtUp()
    qCInfo(lcSync) << "offline:" << error.code << error.message << "retry in" << m_backoffMs << "ms";
    // Reported once per outage (also when we were never online), not on every retry — but again
    // when the reason changes: "server down" turning into "certificate changed" must reach the
    // operator, not hide behind the first message.
    const bool wasOnline = std::exchange(m_online, false);
    if (wasOnline || !m_reportedOffline || error.code != m_reportedOfflineCode) {
        m_reportedOffline = true;
        m_reportedOfflineCode = error.code;
        emit onlineChanged(false, error.sentence());
    }
    scheduleRetry();
}

void ChangeFeedSync::scheduleRetry()
{
    // ±20 % jitter so that several workstations do not reconnect in lockstep after an outage.
    const int jitter = static_cast<int>(QRandomGenerator::global()->bounded(m_backoffMs / 5 + 1));
    m_retryTimer.start(m_backoffMs - m_backoffMs / 10 + jitter);
    m_backoffMs = std::min(m_backoffMs * 2, m_maxBackoffMs);
}

} // namespace p2pdesk::workstation
