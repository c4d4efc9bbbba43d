#pragma once

#include "core/ApiError.h"

#include "p2pdesk/proto/Decoded.h"
#include "p2pdesk/proto/Orders.h"
#include "p2pdesk/proto/Tickets.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace p2pdesk::workstation {

class ApiClient;
class ApiReply;
class ChangeFeedSync;
class LocalCache;
class TicketStore;

// Keeps the support inbox's ticket store and the local cache in step with syncd. Opens from the
// cache (a restart shows the tickets at once, offline read-only), reads every open ticket after
// each catch-up of the change feed, then follows the feed live: a ticket event refreshes that
// ticket's row alone (GET /tickets?id=), events in one turn of the event loop are one refresh per
// ticket, and a ticket already being read is read once more afterwards rather than twice at once.
// No polling: between catch-ups only the feed says what to read. Closed tickets are read on demand,
// a page at a time; message text is searched by syncd (q=), which the store cannot do.
class TicketInbox final : public QObject {
    Q_OBJECT

public:
    static constexpr int kClosedPageSize = 100;
    // Shorter text is matched locally only: one letter would ask syncd for every ticket.
    static constexpr int kMinServerSearch = 2;

    TicketInbox(ApiClient *api, LocalCache *cache, TicketStore *store, QObject *parent = nullptr);

    // Whose unread counts and "read" events these are.
    void setOperatorId(std::int64_t operatorId) { m_operatorId = operatorId; }
    std::int64_t operatorId() const { return m_operatorId; }
    // Support events, catch-ups, the connection and order status changes of this feed.
    void follow(ChangeFeedSync *feed);

    // The cached tickets into the store; syncd is read after the feed's first catch-up.
    void start();
    void stop();

    bool isOnline() const { return m_online; }
    bool isReloading() const { return m_reloading; }

    // Every open ticket, paged; open tickets syncd no longer lists are read once more by id
    // (closed meanwhile) instead of vanishing.
    void reload();
    // Closed tickets, newest activity first: the first page, or the page after the last one read.
    void loadClosed(bool more = false);
    bool hasMoreClosed() const { return m_closedNextOffset.has_value(); }
    bool closedLoaded() const { return m_closedLoaded; }
    // Asks syncd which open (or closed) tickets match `text` anywhere, message text included;
    // answers with searchFinished(). Offline or too short: at once, with no ids.
    void search(const QString &text, bool closed);
    // Reads one ticket's row again (coalesced, see the class comment).
    void refresh(std::int64_t ticketId);
    void assignToMe(std::int64_t ticketId);

    // "Ivan (@ivan)", "@ivan", "Ivan", "Telegram 123".
    static QString customerName(const proto::TicketSummary &ticket);

public slots:
    void onSupportEvent(const QString &kind, const p2pdesk::proto::Json &payload);
    void onCaughtUp();
    void onOnlineChanged(bool online);
    void onOrderChanged(const std::optional<p2pdesk::proto::OrderSummary> &before,
                        const p2pdesk::proto::OrderSummary &after);

signals:
    // A customer wrote, live (not replayed on a catch-up), in this ticket as syncd lists it now.
    void customerWrote(const p2pdesk::proto::TicketSummary &ticket);
    void reloadingChanged(bool reloading);
    // The open tickets were read in full.
    void reloaded();
    void closedPageLoaded(bool hasMore);
    void searchFinished(const QString &text, const QSet<qint64> &ticketIds);
    void assigned(qint64 ticketId);
    void failed(const QString &message);

private:
    void track(ApiReply *reply);
    void fetchOpenPage(std::int64_t offset);
    void finishReload();
    void flushRefreshes();
    void fetchOne(std::int64_t ticketId);
    void setReloading(bool reloading);
    // Store and cache together: what the operator sees is what the next start shows.
    void apply(std::vector<proto::TicketSummary> tickets, const std::vector<std::int64_t> &removed = {});

    ApiClient *m_api;
    LocalCache *m_cache;
    TicketStore *m_store;
    std::int64_t m_operatorId = 0;
    bool m_online = false;
    bool m_live = false; // caught up: events are news, not a replay the next reload covers anyway
    quint64 m_generation = 0;

    bool m_reloading = false;
    bool m_reloadAgain = false; // a catch-up during a reload: read once more when it ends
    std::vector<proto::TicketSummary> m_reloadItems;

    QSet<qint64> m_pendingRefresh; // asked for in this turn of the event loop
    QSet<qint64> m_inFlightRefresh;
    QSet<qint64> m_dirty;         // changed again while being read
    QSet<qint64> m_customerWrote; // a live customer message waits for its ticket's refresh
    bool m_flushScheduled = false;

    bool m_closedLoaded = false;
    bool m_closedLoading = false;
    std::optional<std::int64_t> m_closedNextOffset;
    quint64 m_searchGeneration = 0;
    std::vector<QPointer<ApiReply>> m_inFlight;
};

} // namespace p2pdesk::workstation
