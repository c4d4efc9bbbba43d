#include "core/TicketInbox.h"

#include "core/ApiClient.h"
#include "core/ApiReply.h"
#include "core/ChangeFeedSync.h"
#include "core/LocalCache.h"
#include "core/Logging.h"
#include "core/TicketStore.h"

#include "p2pdesk/proto/Changes.h"
#include "p2pdesk/proto/Limits.h"

#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <utility>

namespace p2pdesk::workstation {

namespace {

std::optional<std::int64_t> integerField(const proto::Json &payload, const char *name)
{
    if (!payload.is_object())
        return std::nullopt;
    const auto it = payload.find(name);
    if (it == payload.end() || !it->is_number_integer())
        return std::nullopt;
    return it->get<std::int64_t>();
}

std::string stringField(const proto::Json &payload, const char *name)
{
    if (!payload.is_object())
        return {};
    const auto it = payload.find(name);
    return it != payload.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool flagField(const proto::Json &payload, const char *name)
{
    if (!payload.is_object())
        return false;
    const auto it = payload.find(name);
    return it != payload.end() && it->is_boolean() && it->get<bool>();
}

} // namespace

TicketInbox::TicketInbox(ApiClient *api, LocalCache *cache, TicketStore *store, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_store(store)
{
}

void TicketInbox::follow(ChangeFeedSync *feed)
{
    connect(feed, &ChangeFeedSync::supportEvent, this, &TicketInbox::onSupportEvent);
    connect(feed, &ChangeFeedSync::caughtUp, this, &TicketInbox::onCaughtUp);
    connect(feed, &ChangeFeedSync::onlineChanged, this, [this](bool online) { onOnlineChanged(online); });
    connect(feed, &ChangeFeedSync::orderChanged, this, &TicketInbox::onOrderChanged);
}

QString TicketInbox::customerName(const proto::TicketSummary &ticket)
{
    const QString first = QString::fromStdString(ticket.customerFirstName.value_or(std::string())).trimmed();
    const QString username = QString::fromStdString(ticket.customer.username.value_or(std::string()));
    if (!first.isEmpty() && !username.isEmpty())
        return tr("%1 (@%2)", "customer: first name (@username)").arg(first, username);
    if (!username.isEmpty())
        return u'@' + username;
    if (!first.isEmpty())
        return first;
    return tr("Telegram %1").arg(ticket.customer.telegramId);
}

void TicketInbox::start()
{
    stop();
    if (m_cache && m_cache->isOpen()) {
        std::vector<proto::TicketSummary> cached = m_cache->loadTickets();
        qCInfo(lcSync) << "support inbox: opening with" << cached.size() << "cached tickets";
        m_store->upsertMany(std::move(cached));
    }
}

void TicketInbox::stop()
{
    ++m_generation;
    ++m_searchGeneration;
    for (const QPointer<ApiReply> &reply : std::exchange(m_inFlight, {})) {
        if (reply)
            reply->abort();
    }
    m_live = false;
    m_reloadItems.clear();
    m_reloadAgain = false;
    m_pendingRefresh.clear();
    m_inFlightRefresh.clear();
    m_dirty.clear();
    m_customerWrote.clear();
    m_closedLoading = false;
    setReloading(false);
}

void TicketInbox::track(ApiReply *reply)
{
    m_inFlight.erase(std::remove_if(m_inFlight.begin(), m_inFlight.end(), [](const auto &p) { return p.isNull(); }),
                     m_inFlight.end());
    m_inFlight.emplace_back(reply);
}

void TicketInbox::setReloading(bool reloading)
{
    if (m_reloading == reloading)
        return;
    m_reloading = reloading;
    emit reloadingChanged(reloading);
}

void TicketInbox::apply(std::vector<proto::TicketSummary> tickets, const std::vector<std::int64_t> &removed)
{
    if (tickets.empty() && removed.empty())
        return;
    if (m_cache && m_cache->isOpen() && !m_cache->storeTickets(tickets, removed))
        qCWarning(lcCache) << "tickets not cached:" << m_cache->errorString();
    for (std::int64_t id : removed)
        m_store->remove(id);
    if (tickets.size() == 1)
        m_store->upsert(std::move(tickets.front()));
    else
        m_store->upsertMany(std::move(tickets));
}

void TicketInbox::onOnlineChanged(bool online)
{
    m_online = online;
    // Until the next catch-up the feed replays what happened meanwhile, which the reload after it
    // reads in full: no refresh per replayed event, and nothing of it is news to notify.
    if (!online)
        m_live = false;
}

void TicketInbox::onCaughtUp()
{
    m_online = true;
    m_live = true;
    reload();
}

void TicketInbox::reload()
{
    if (m_reloading) {
        m_reloadAgain = true;
        return;
    }
    m_reloadItems.clear();
    setReloading(true);
    fetchOpenPage(0);
}

void TicketInbox::fetchOpenPage(std::int64_t offset)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("open"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(proto::limits::kMaxPageSize));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    ApiReply *reply = m_api->tickets(query);
    track(reply);
    connect(reply, &ApiReply::finished, this, [this, reply, generation = m_generation] {
        if (generation != m_generation)
            return;
        ApiError error;
        auto page = reply->ok() ? reply->decode<proto::TicketsPage>(&error) : std::nullopt;
        if (!page) {
            // The feed notices a lost server too and catches up (and reloads) when it is back.
            qCInfo(lcSync) << "support inbox: reload failed:" << (reply->ok() ? error : *reply->error()).code;
            m_reloadItems.clear();
            m_reloadAgain = false;
            setReloading(false);
            return;
        }
        for (proto::TicketSummary &ticket : page->items)
            m_reloadItems.push_back(std::move(ticket));
        if (page->nextOffset)
            return fetchOpenPage(*page->nextOffset);
        finishReload();
    });
}

void TicketInbox::finishReload()
{
    QSet<qint64> listed;
    listed.reserve(static_cast<qsizetype>(m_reloadItems.size()));
    for (const proto::TicketSummary &ticket : m_reloadItems)
        listed.insert(ticket.id);
    // Open here, not listed by syncd: closed (or reassigned out of sight) while we were away. Read
    // each once more rather than guess; pages read while the list moved may also have missed one.
    std::vector<std::int64_t> unlisted;
    for (std::int64_t id : m_store->ticketIds()) {
        const proto::TicketSummary *known = m_store->find(id);
        if (known && known->status == "open" && !listed.contains(id))
            unlisted.push_back(id);
    }
    qCInfo(lcSync) << "support inbox:" << m_reloadItems.size() << "open tickets," << unlisted.size() << "to read again";
    apply(std::exchange(m_reloadItems, {}));
    for (std::int64_t id : unlisted)
        refresh(id);
    setReloading(false);
    emit reloaded();
    if (std::exchange(m_reloadAgain, false))
        reload();
}

void TicketInbox::onSupportEvent(const QString &kind, const proto::Json &payload)
{
    if (!m_live || !kind.startsWith(QLatin1String("ticket.")))
        return;
    const auto ticketId = integerField(payload, "ticket_id");
    if (!ticketId)
        return;
    if (kind.toStdString() == proto::change_kind::kTicketUpdated) {
        // Another operator's read mark moves their unread count, not ours.
        const auto reader = integerField(payload, "operator_id");
        if (stringField(payload, "change") == "read" && reader && *reader != m_operatorId)
            return;
    } else if (flagField(payload, "edited")) {
        return; // a customer corrected a message: the row has nothing new
    } else if (stringField(payload, "author") == "customer") {
        m_customerWrote.insert(*ticketId);
    }
    refresh(*ticketId);
}

void TicketInbox::refresh(std::int64_t ticketId)
{
    m_pendingRefresh.insert(ticketId);
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    // A feed batch emits its events one after another: read each ticket once for all of them.
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        m_flushScheduled = false;
        if (generation == m_generation)
            flushRefreshes();
    });
}

void TicketInbox::flushRefreshes()
{
    const QSet<qint64> ids = std::exchange(m_pendingRefresh, {});
    for (qint64 id : ids) {
        if (m_inFlightRefresh.contains(id))
            m_dirty.insert(id);
        else
            fetchOne(id);
    }
}

void TicketInbox::fetchOne(std::int64_t ticketId)
{
    m_inFlightRefresh.insert(ticketId);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id"), QString::number(ticketId));
    ApiReply *reply = m_api->tickets(query);
    track(reply);
    connect(reply, &ApiReply::finished, this, [this, reply, ticketId, generation = m_generation] {
        if (generation != m_generation)
            return;
        m_inFlightRefresh.remove(ticketId);
        ApiError error;
        auto page = reply->ok() ? reply->decode<proto::TicketsPage>(&error) : std::nullopt;
        if (!page) {
            // The next catch-up's reload reads it; a message lost here is not notified late.
            qCInfo(lcSync) << "support inbox: ticket" << ticketId
                           << "not refreshed:" << (reply->ok() ? error : *reply->error()).code;
            m_customerWrote.remove(ticketId);
            m_dirty.remove(ticketId);
            return;
        }
        std::optional<proto::TicketSummary> ticket;
        for (proto::TicketSummary &item : page->items) {
            if (item.id == ticketId)
                ticket = std::move(item);
        }
        if (ticket)
            apply({*ticket});
        else
            apply({}, {ticketId}); // gone, or no longer visible to us
        if (m_customerWrote.remove(ticketId) && ticket)
            emit customerWrote(*ticket);
        if (generation == m_generation && m_dirty.remove(ticketId))
            fetchOne(ticketId);
    });
}

void TicketInbox::onOrderChanged(const std::optional<proto::OrderSummary> &, const proto::OrderSummary &after)
{
    // The ticket's row shows its order's status, which moves without a ticket event.
    const auto ticketId = m_store->ticketOfOrder(after.id);
    const proto::TicketSummary *ticket = ticketId ? m_store->find(*ticketId) : nullptr;
    const std::string status(domain::toString(after.status));
    if (!ticket || ticket->orderStatus == status)
        return;
    proto::TicketSummary updated = *ticket;
    updated.orderStatus = status;
    apply({std::move(updated)});
}

void TicketInbox::loadClosed(bool more)
{
    if (m_closedLoading || (more && !m_closedNextOffset))
        return;
    m_closedLoading = true;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("closed"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(kClosedPageSize));
    query.addQueryItem(QStringLiteral("offset"), QString::number(more ? *m_closedNextOffset : 0));
    ApiReply *reply = m_api->tickets(query);
    track(reply);
    connect(reply, &ApiReply::finished, this, [this, reply, generation = m_generation] {
        if (generation != m_generation)
            return;
        m_closedLoading = false;
        if (!reply->ok())
            return emit failed(reply->error()->plainText());
        ApiError error;
        auto page = reply->decode<proto::TicketsPage>(&error);
        if (!page)
            return emit failed(error.plainText());
        m_closedLoaded = true;
        m_closedNextOffset = page->nextOffset;
        apply(std::move(page->items));
        emit closedPageLoaded(m_closedNextOffset.has_value());
    });
}

void TicketInbox::search(const QString &text, bool closed)
{
    const quint64 generation = ++m_searchGeneration;
    const QString trimmed = text.trimmed().left(static_cast<qsizetype>(proto::limits::kSearchText));
    if (trimmed.size() < kMinServerSearch || !m_online) {
        emit searchFinished(trimmed, {});
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("status"), closed ? QStringLiteral("closed") : QStringLiteral("open"));
    query.addQueryItem(QStringLiteral("q"), trimmed);
    query.addQueryItem(QStringLiteral("limit"), QString::number(proto::limits::kMaxPageSize));
    ApiReply *reply = m_api->tickets(query);
    track(reply);
    connect(reply, &ApiReply::finished, this, [this, reply, trimmed, generation] {
        if (generation != m_searchGeneration)
            return; // the operator typed on
        ApiError error;
        auto page = reply->ok() ? reply->decode<proto::TicketsPage>(&error) : std::nullopt;
        if (!page) {
            emit searchFinished(trimmed, {});
            return;
        }
        QSet<qint64> ids;
        for (const proto::TicketSummary &ticket : page->items)
            ids.insert(ticket.id);
        // A match may be a ticket not held yet (a closed one): it joins the store to be shown.
        apply(std::move(page->items));
        emit searchFinished(trimmed, ids);
    });
}

void TicketInbox::assignToMe(std::int64_t ticketId)
{
    proto::TicketAssignRequest request;
    request.operatorId = m_operatorId;
    ApiReply *reply = m_api->assignTicket(ticketId, request);
    track(reply);
    connect(reply, &ApiReply::finished, this, [this, reply, ticketId, generation = m_generation] {
        if (generation != m_generation)
            return;
        if (!reply->ok())
            return emit failed(reply->error()->plainText());
        ApiError error;
        auto ticket = reply->decode<proto::TicketSummary>(&error);
        if (!ticket)
            return emit failed(error.plainText());
        apply({std::move(*ticket)});
        emit assigned(ticketId);
    });
}

} // namespace p2pdesk::workstation
