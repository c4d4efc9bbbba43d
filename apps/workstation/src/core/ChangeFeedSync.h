#pragma once

#include "core/ApiError.h"

#include "p2pdesk/proto/Changes.h"
#include "p2pdesk/proto/Orders.h"
#include "p2pdesk/proto/Settings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <cstdint>
#include <optional>
#include <vector>

namespace p2pdesk::workstation {

class ApiClient;
class ApiReply;
class LocalCache;
class OrderStore;

// Keeps the queue's order store and the local cache in step with syncd: opens from the cache, catches up
// from its last sequence number, then long-polls GET /api/v1/changes. One batch at a time: poll →
// resolve the events into orders (fetching those whose event carries no order) → write model and
// cache with the new sequence → poll again. A failure goes offline and retries with backoff from
// the last committed sequence, so nothing is lost or applied twice.
class ChangeFeedSync final : public QObject {
    Q_OBJECT

public:
    ChangeFeedSync(ApiClient *api, LocalCache *cache, OrderStore *orders, QObject *parent = nullptr);

    void setWaitSeconds(int seconds) { m_waitSeconds = seconds; }
    void setBackoff(int initialMs, int maxMs);
    // false for an account that works no orders (an admin alone): syncd refuses it the order list
    // and cards (403), so the feed takes no snapshot and lets order events pass unresolved; the
    // support and configuration events it follows are the same as everyone's. Set before start().
    void setFollowsOrders(bool follows) { m_followsOrders = follows; }

    // Loads the cache into the model, then goes online.
    void start();
    void stop();

    bool isOnline() const { return m_online; }
    bool isRunning() const { return m_running; }
    std::int64_t lastSeq() const { return m_seq; }
    // The server feed's epoch the sequence belongs to (0 until the first poll tells it).
    std::int64_t feedEpoch() const { return m_feedEpoch; }
    int currentBackoffMs() const { return m_backoffMs; }
    // The pause before the next long-poll after one came back empty without waiting (0: none).
    int idleBackoffMs() const { return m_idleBackoffMs; }

signals:
    void onlineChanged(bool online, const QString &reason);
    // Emitted once per catch-up: after start and after every return from offline.
    void caughtUp();
    // A live change after the initial load; `before` is empty for an order not seen before.
    void orderChanged(const std::optional<proto::OrderSummary> &before, const proto::OrderSummary &after);
    // Every feed event that names an order (proto::change_kind, e.g. "approval.added"), once its
    // batch is applied — also those that leave the queue row alone (approvals, proofs, annotations,
    // raised risk flags), which an open card still has to show. `version` is the order's version as
    // the event reports it, when it does.
    void orderEvent(std::int64_t orderId, const QString &kind, std::optional<std::int64_t> version);
    // An admin changed the desk settings (thresholds, deviation limits, …), live or while we were
    // away: `settings` are the new values when the event carried them, nullopt when it did not
    // (then ask GET /settings). Emitted once per batch, after its orders are applied.
    void settingsChanged(const std::optional<p2pdesk::proto::Settings> &settings);
    // A support event (proto::change_kind ticket.* and canned_reply.*), in feed order once its batch
    // is applied, with the event's payload ({"ticket_id", …} or {"canned_reply_id"}). Replayed on
    // catch-up like every event, so a listener that was offline sees what happened meanwhile.
    void supportEvent(const QString &kind, const p2pdesk::proto::Json &payload);
    // A change to the desk's configuration that names no order (proto::change_kind wallet.updated,
    // limits.updated, settings.updated, rate.updated, operator.updated, …), in feed order once its
    // batch is applied, with the event's payload. The admin window reloads the page it concerns.
    void configEvent(const QString &kind, const p2pdesk::proto::Json &payload);
    // The server's feed is not the one our cache followed (its database was restored from a
    // backup or replaced): the cache and the queue were emptied and the feed starts over from a
    // snapshot. The caughtUp() that follows is the moment everything is current again.
    void startedOver();
    // The server no longer accepts our token: log in again.
    void sessionEnded(const ApiError &error);

private:
    enum class Phase { Idle, Snapshot, CatchingUp, Live };

    struct OrderEventRef {
        std::int64_t orderId = 0;
        QString kind;
        std::optional<std::int64_t> version;
    };

    void fetchSnapshotPage(const std::optional<std::string> &cursor);
    void poll();
    void onPollFinished(ApiReply *reply);
    bool acceptFeedEpoch(std::int64_t epoch);
    void startOver(std::int64_t epoch);
    void resolve(proto::ChangesResponse response);
    void fetchOrder(std::int64_t orderId);
    void commitBatch();
    void pollAgain();
    void fail(const ApiError &error);
    void goOnline();
    void scheduleRetry();
    void track(ApiReply *reply);
    void applyToModel(const std::vector<proto::OrderSummary> &orders, bool live);

    ApiClient *m_api;
    LocalCache *m_cache;
    OrderStore *m_orders;
    QTimer m_retryTimer;
    int m_waitSeconds = 25;
    bool m_followsOrders = true;
    std::int64_t m_feedEpoch = 0;
    int m_initialBackoffMs = 1000;
    int m_maxBackoffMs = 30'000;
    int m_backoffMs = 1000;
    int m_idleBackoffMs = 0;
    int m_lastWaitSeconds = 0;
    bool m_batchWasEmpty = false;
    QElapsedTimer m_pollClock;
    bool m_running = false;
    bool m_online = false;
    bool m_reportedOffline = false;
    QString m_reportedOfflineCode; // a different reason during one outage is reported again
    Phase m_phase = Phase::Idle;
    std::int64_t m_seq = 0;
    quint64 m_generation = 0; // bumps on stop/failure so late replies of an abandoned batch are dropped

    // The batch being resolved.
    std::int64_t m_batchSeq = 0;
    std::vector<proto::OrderSummary> m_batchOrders;
    std::vector<std::int64_t> m_batchRemoved;
    std::vector<OrderEventRef> m_batchEvents;
    std::vector<std::pair<QString, proto::Json>> m_batchSupport;
    std::vector<std::pair<QString, proto::Json>> m_batchConfig;
    std::optional<std::optional<proto::Settings>> m_batchSettings; // set: the batch changed settings
    QSet<qint64> m_pendingFetches;
    std::vector<QPointer<ApiReply>> m_inFlight;
};

} // namespace p2pdesk::workstation
