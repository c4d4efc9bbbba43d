#include "core/TicketConversation.h"

#include "core/ApiClient.h"
#include "core/ApiReply.h"
#include "core/Logging.h"
#include "core/ProofService.h"

#include "p2pdesk/proto/Changes.h"
#include "p2pdesk/proto/Endpoints.h"

#include <QDateTime>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <string_view>
#include <utility>

namespace p2pdesk::workstation {

namespace {

qint64 nowMsecs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

std::optional<std::int64_t> integerField(const proto::Json &payload, const char *name)
{
    if (!payload.is_object())
        return std::nullopt;
    const auto it = payload.find(name);
    if (it == payload.end() || !it->is_number_integer())
        return std::nullopt;
    return it->get<std::int64_t>();
}

bool booleanField(const proto::Json &payload, const char *name)
{
    if (!payload.is_object())
        return false;
    const auto it = payload.find(name);
    return it != payload.end() && it->is_boolean() && it->get<bool>();
}

std::string textField(const proto::Json &payload, const char *name)
{
    if (!payload.is_object())
        return {};
    const auto it = payload.find(name);
    return it != payload.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool is(const QString &kind, std::string_view expected)
{
    return kind == QLatin1String(expected.data(), static_cast<qsizetype>(expected.size()));
}

// Whether a reply that failed may still have been recorded by syncd: no answer at all (timeout,
// lost connection), or the server failing. A certificate problem stops the request before it is
// sent, and a 4xx is syncd's decision — those are definite.
bool outcomeUnknown(const ApiError &error)
{
    if (error.httpStatus == 0)
        return error.code == ApiError::kTimeout || error.code == ApiError::kNetwork ||
               error.code == ApiError::kCancelled;
    return error.httpStatus >= 500 || error.httpStatus == 429;
}

std::optional<std::string> optionalReason(const QString &reason)
{
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    return trimmed.toStdString();
}

bool byId(const proto::TicketMessage &a, const proto::TicketMessage &b)
{
    return a.id < b.id;
}

} // namespace

TicketConversation::TicketConversation(ApiClient *api, LocalCache *cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_sendTimeoutMs(ApiClient::kDefaultTimeoutMs)
{
    m_sendWatchdog.setSingleShot(true);
    connect(&m_sendWatchdog, &QTimer::timeout, this, [this] {
        // ApiClient's transfer timeout would end it too; this one is the conversation's own so the
        // retry policy does not depend on the transport's setting.
        if (!m_sendReply)
            return;
        qCInfo(lcChat) << "reply to ticket" << m_ticketId << "not answered in" << m_sendTimeoutMs << "ms";
        m_sendTimedOut = true;
        m_sendReply->abort();
    });
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &TicketConversation::attemptSend);
    m_followUpTimer.setSingleShot(true);
    connect(&m_followUpTimer, &QTimer::timeout, this, [this] {
        m_followUpMs = std::min(m_followUpMs * 2, m_followUpMaxMs);
        load();
    });
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(400);
    connect(&m_draftTimer, &QTimer::timeout, this, &TicketConversation::saveDraftNow);
}

TicketConversation::~TicketConversation()
{
    flushDraft();
}

void TicketConversation::setCache(LocalCache *cache)
{
    flushDraft();
    m_cache = cache;
}

void TicketConversation::setRetryBackoff(int initialMs, int maxMs)
{
    m_retryInitialMs = std::max(1, initialMs);
    m_retryMaxMs = std::max(m_retryInitialMs, maxMs);
    m_retryMs = m_retryInitialMs;
}

void TicketConversation::setDeliveryFollowUp(int initialMs, int maxMs, int windowMs)
{
    m_followUpInitialMs = std::max(1, initialMs);
    m_followUpMaxMs = std::max(m_followUpInitialMs, maxMs);
    m_followUpWindowMs = windowMs;
    m_followUpMs = m_followUpInitialMs;
}

std::optional<std::int64_t> TicketConversation::orderId() const
{
    if (m_detail)
        return m_detail->ticket.orderId;
    return m_orderId;
}

const std::vector<proto::TicketMessage> &TicketConversation::messages() const
{
    static const std::vector<proto::TicketMessage> none;
    return m_detail ? m_detail->messages : none;
}

bool TicketConversation::isAssignedToMe() const
{
    return m_detail && m_detail->ticket.assignee && m_detail->ticket.assignee->id == m_me.id;
}

void TicketConversation::reset()
{
    flushDraft();
    ++m_generation;
    m_detail.reset();
    m_ticketId = 0;
    m_orderId.reset();
    m_noTicketYet = false;
    m_loadInFlight = false;
    m_loadAgain = false;
    m_lookupInFlight = false;
    m_lookupAgain = false;
    m_readMark = 0;
    m_readRefused = false;
    // A reply still waiting for its answer stays in the cache under its ticket and is retried
    // when that ticket is opened again.
    m_outgoing.reset();
    m_sendReply = nullptr;
    m_sendWatchdog.stop();
    m_retryTimer.stop();
    m_followUpTimer.stop();
    m_followUpUntil = 0;
    m_draft = TicketDraft();
    m_draftLoaded = false;
}

void TicketConversation::openTicket(std::int64_t ticketId)
{
    if (ticketId == m_ticketId && ticketId != 0)
        return reload();
    reset();
    m_ticketId = ticketId;
    load();
    emit ticketChanged();
    emit messagesChanged();
    emit outgoingChanged();
}

void TicketConversation::openOrder(std::int64_t orderId)
{
    reset();
    m_orderId = orderId;
    lookUpOrderTicket();
    emit ticketChanged();
    emit messagesChanged();
    emit outgoingChanged();
}

void TicketConversation::reload()
{
    if (m_ticketId != 0)
        load();
    else if (m_orderId)
        lookUpOrderTicket();
}

void TicketConversation::lookUpOrderTicket()
{
    if (!m_orderId || !m_online)
        return;
    if (m_lookupInFlight) {
        m_lookupAgain = true;
        return;
    }
    m_lookupInFlight = true;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("order"), QString::number(*m_orderId));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    ApiReply *reply = m_api->tickets(query);
    const quint64 generation = m_generation;
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        if (generation != m_generation)
            return;
        m_lookupInFlight = false;
        const bool again = std::exchange(m_lookupAgain, false);
        if (!reply->ok())
            return emit loadFailed(*reply->error());
        ApiError error;
        const auto page = reply->decode<proto::TicketsPage>(&error);
        if (!page)
            return emit loadFailed(error);
        if (page->items.empty()) {
            m_noTicketYet = true;
            emit ticketChanged();
            if (again)
                lookUpOrderTicket();
            return;
        }
        m_noTicketYet = false;
        m_ticketId = page->items.front().id;
        load();
    });
}

void TicketConversation::load()
{
    if (m_ticketId == 0 || !m_online)
        return;
    if (m_loadInFlight) {
        // One read at a time: another follows this one, so nothing it missed stays missing.
        m_loadAgain = true;
        return;
    }
    m_loadInFlight = true;
    const quint64 generation = m_generation;
    ApiReply *reply = m_api->ticket(m_ticketId);
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        if (generation != m_generation)
            return;
        m_loadInFlight = false;
        const bool again = std::exchange(m_loadAgain, false);
        if (!reply->ok()) {
            qCInfo(lcChat) << "ticket" << m_ticketId << "not read:" << reply->error()->code;
            return emit loadFailed(*reply->error());
        }
        ApiError error;
        auto detail = reply->decode<proto::TicketDetail>(&error);
        if (!detail) {
            qCWarning(lcChat) << "ticket" << m_ticketId << "unreadable:" << error.message;
            return emit loadFailed(error);
        }
        applyDetail(std::move(*detail));
        if (again)
            load();
    });
}

void TicketConversation::applyDetail(proto::TicketDetail detail)
{
    const bool first = !m_detail || m_detail->ticket.id != detail.ticket.id;
    // syncd answers oldest first; ids only grow. Sorted and unique all the same, so that nothing
    // is shown twice or out of order whatever arrives.
    std::stable_sort(detail.messages.begin(), detail.messages.end(), byId);
    detail.messages.erase(std::unique(detail.messages.begin(), detail.messages.end(),
                                      [](const auto &a, const auto &b) { return a.id == b.id; }),
                          detail.messages.end());
    // A reply this workstation sent can be newer than a read that was already on its way when
    // syncd answered the reply: keep it until a read includes it.
    if (!first) {
        const std::int64_t newestRead = detail.messages.empty() ? 0 : detail.messages.back().id;
        for (const proto::TicketMessage &held : m_detail->messages) {
            if (held.id > newestRead)
                detail.messages.push_back(held);
        }
    }
    m_detail = std::move(detail);
    m_ticketId = m_detail->ticket.id;
    m_noTicketYet = false;
    if (first)
        restoreDraft();
    emit ticketChanged();
    emit messagesChanged();
    if (hasQueuedReply())
        scheduleDeliveryFollowUp(first);
    else
        m_followUpTimer.stop();
}

void TicketConversation::insertMessage(const proto::TicketMessage &message)
{
    if (!m_detail)
        return;
    auto &messages = m_detail->messages;
    const auto at = std::lower_bound(messages.begin(), messages.end(), message, byId);
    if (at != messages.end() && at->id == message.id)
        *at = message;
    else
        messages.insert(at, message);
    emit messagesChanged();
}

bool TicketConversation::hasQueuedReply() const
{
    if (!m_detail)
        return false;
    return std::any_of(m_detail->messages.begin(), m_detail->messages.end(), [](const proto::TicketMessage &m) {
        return m.delivery == std::optional<std::string>("queued");
    });
}

void TicketConversation::scheduleDeliveryFollowUp(bool restart)
{
    const qint64 now = nowMsecs();
    if (restart) {
        m_followUpMs = m_followUpInitialMs;
        m_followUpUntil = now + m_followUpWindowMs;
    } else if (m_followUpTimer.isActive()) {
        return;
    }
    // A reply Telegram keeps refusing for longer than the window is shown as queued (with the
    // last error) until the next event about the ticket; it is not watched forever.
    if (now > m_followUpUntil || !m_online)
        return;
    m_followUpTimer.start(m_followUpMs);
}

void TicketConversation::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    emit onlineChanged(online);
    if (!online) {
        m_retryTimer.stop();
        m_followUpTimer.stop();
        return;
    }
    // Back: read what happened meanwhile (the feed replays the events too; the reads coalesce),
    // and try the reply that waited again, under its key.
    reload();
    if (m_outgoing && !m_sendReply)
        attemptSend();
}

void TicketConversation::onSupportEvent(const QString &kind, const proto::Json &payload)
{
    namespace k = proto::change_kind;
    const auto ticketId = integerField(payload, "ticket_id");
    if (!ticketId)
        return;
    if (m_ticketId == 0) {
        // Opened for an order that had no ticket: a customer's first message creates it, and the
        // event does not say which order it belongs to.
        if (m_orderId && is(kind, k::kTicketMessage))
            lookUpOrderTicket();
        return;
    }
    if (*ticketId != m_ticketId)
        return;
    if (is(kind, k::kTicketUpdated)) {
        if (textField(payload, "change") == "read")
            return; // read marks are not shown in the chat
        return load();
    }
    if (is(kind, k::kTicketMessage)) {
        const auto messageId = integerField(payload, "message_id");
        if (messageId && !booleanField(payload, "edited") && m_detail) {
            const auto &messages = m_detail->messages;
            proto::TicketMessage probe;
            probe.id = *messageId;
            const auto at = std::lower_bound(messages.begin(), messages.end(), probe, byId);
            if (at != messages.end() && at->id == *messageId)
                return; // our own reply, answered already
        }
        return load();
    }
}

// --- replies -----------------------------------------------------------------------------------

bool TicketConversation::canSend() const
{
    return m_detail && m_online && !m_outgoing;
}

bool TicketConversation::send(const proto::TicketReplyRequest &request)
{
    const bool empty =
        !request.cannedReplyId && (!request.text || QString::fromStdString(*request.text).trimmed().isEmpty());
    if (!canSend() || empty)
        return false;
    Outgoing outgoing;
    outgoing.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    outgoing.request = request;
    outgoing.body = QByteArray::fromStdString(proto::toJson(request).dump());
    outgoing.createdAtMsecs = nowMsecs();
    m_outgoing = std::move(outgoing);
    m_retryMs = m_retryInitialMs;
    // On disk before the first byte leaves: from here on a crash or a restart retries this very
    // request under this key instead of letting the operator type it again.
    m_draft.pendingKey = m_outgoing->idempotencyKey;
    m_draft.pendingRequest = m_outgoing->body;
    saveDraftNow();
    emit outgoingChanged();
    attemptSend();
    return true;
}

void TicketConversation::attemptSend()
{
    if (!m_outgoing || !m_online || m_sendReply || m_ticketId == 0)
        return;
    m_retryTimer.stop();
    ++m_outgoing->attempts;
    m_sendTimedOut = false;
    const QString path = QString::fromLatin1(proto::endpoints::kTicketMessages.data(),
                                             static_cast<qsizetype>(proto::endpoints::kTicketMessages.size()))
                             .replace(QStringLiteral("{id}"), QString::number(m_ticketId));
    // The stored body, not a re-encoding: a repeat must be byte for byte the first request.
    ApiReply *reply = m_api->post(path, m_outgoing->body, m_outgoing->idempotencyKey);
    m_sendReply = reply;
    m_sendWatchdog.start(m_sendTimeoutMs);
    const quint64 generation = m_generation;
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        if (generation != m_generation)
            return;
        if (m_sendReply == reply) {
            m_sendReply = nullptr;
            m_sendWatchdog.stop();
        }
        onSendFinished(reply, std::exchange(m_sendTimedOut, false));
    });
    if (m_outgoing->state != SendState::Sending && m_outgoing->attempts > 1)
        qCInfo(lcChat) << "retrying reply to ticket" << m_ticketId << "attempt" << m_outgoing->attempts;
}

void TicketConversation::onSendFinished(ApiReply *reply, bool timedOut)
{
    if (!m_outgoing)
        return;
    const int status = reply->httpStatus();
    if (!timedOut && status >= 200 && status < 300) {
        // Recorded: a body this version cannot read does not make it unsent, so read it back.
        const auto message = reply->decode<proto::TicketMessage>();
        m_outgoing.reset();
        m_draft.pendingKey.clear();
        m_draft.pendingRequest.clear();
        saveDraftNow();
        emit outgoingChanged();
        if (!message) {
            load();
            return;
        }
        insertMessage(*message);
        emit sent(*message);
        if (message->delivery == std::optional<std::string>("queued"))
            scheduleDeliveryFollowUp(true);
        return;
    }
    const ApiError error = timedOut || !reply->error() ? ApiError{0, ApiError::kTimeout, {}} : *reply->error();
    if (outcomeUnknown(error)) {
        m_outgoing->state = SendState::Unconfirmed;
        m_outgoing->lastError = error;
        emit outgoingChanged();
        scheduleRetry();
        return;
    }
    qCInfo(lcChat) << "reply to ticket" << m_ticketId << "refused:" << error.code;
    const proto::TicketReplyRequest request = m_outgoing->request;
    m_outgoing.reset();
    m_draft.pendingKey.clear();
    m_draft.pendingRequest.clear();
    saveDraftNow();
    emit outgoingChanged();
    emit sendRefused(request, error);
    emit failed(Action::Send, error);
}

void TicketConversation::scheduleRetry()
{
    if (!m_online || !m_outgoing)
        return; // setOnline(true) tries again
    m_retryTimer.start(m_retryMs);
    m_retryMs = std::min(m_retryMs * 2, m_retryMaxMs);
}

void TicketConversation::retryNow()
{
    if (m_outgoing && m_outgoing->state == SendState::Unconfirmed && !m_sendReply)
        attemptSend();
}

void TicketConversation::preview(const proto::TicketPreviewRequest &request)
{
    if (m_ticketId == 0)
        return;
    const quint64 previewGeneration = ++m_previewGeneration;
    const quint64 generation = m_generation;
    ApiReply *reply = m_api->previewTicketReply(m_ticketId, request);
    connect(reply, &ApiReply::finished, this, [this, reply, generation, previewGeneration] {
        if (generation != m_generation || previewGeneration != m_previewGeneration)
            return; // a newer preview was asked for
        if (!reply->ok()) {
            const ApiError &error = *reply->error();
            return emit previewFailed(error, errorDetail(reply->body(), "missing"),
                                      errorDetail(reply->body(), "unknown"));
        }
        ApiError error;
        const auto preview = reply->decode<proto::TicketPreviewResponse>(&error);
        if (!preview)
            return emit previewFailed(error, {}, {});
        emit previewReady(*preview);
    });
}

QStringList TicketConversation::errorDetail(const QByteArray &body, const char *field)
{
    const auto json = proto::parseJson(std::string_view(body.constData(), static_cast<std::size_t>(body.size())));
    if (!json || !json->is_object())
        return {};
    const auto error = json->find("error");
    if (error == json->end() || !error->is_object())
        return {};
    const auto details = error->find("details");
    if (details == error->end() || !details->is_object())
        return {};
    const auto values = details->find(field);
    if (values == details->end() || !values->is_array())
        return {};
    QStringList out;
    for (const auto &value : *values) {
        if (value.is_string())
            out << QString::fromStdString(value.get<std::string>());
    }
    return out;
}

// --- draft -------------------------------------------------------------------------------------

void TicketConversation::restoreDraft()
{
    m_draftLoaded = true;
    if (!m_cache || m_ticketId == 0)
        return;
    const auto stored = m_cache->ticketDraft(m_ticketId);
    if (!stored)
        return;
    m_draft = *stored;
    if (!m_draft.pendingKey.isEmpty() && !m_outgoing) {
        // A reply that was sent before a restart and never confirmed: the same request again.
        const auto request = proto::parse<proto::TicketReplyRequest>(std::string_view(
            m_draft.pendingRequest.constData(), static_cast<std::size_t>(m_draft.pendingRequest.size())));
        if (request) {
            Outgoing outgoing;
            outgoing.idempotencyKey = m_draft.pendingKey;
            outgoing.request = request.value();
            outgoing.body = m_draft.pendingRequest;
            outgoing.state = SendState::Unconfirmed;
            outgoing.createdAtMsecs = m_draft.updatedAtMsecs;
            m_outgoing = std::move(outgoing);
            m_retryMs = m_retryInitialMs;
            qCInfo(lcChat) << "ticket" << m_ticketId << "has a reply awaiting confirmation; retrying it";
            emit outgoingChanged();
            attemptSend();
        } else {
            qCWarning(lcChat) << "dropping an unreadable pending reply of ticket" << m_ticketId;
            m_draft.pendingKey.clear();
            m_draft.pendingRequest.clear();
        }
    }
    emit draftLoaded();
}

void TicketConversation::setDraft(const QString &text, bool privateNote)
{
    if (m_draft.text == text && m_draft.privateNote == privateNote)
        return;
    m_draft.text = text;
    m_draft.privateNote = privateNote;
    m_draftTimer.start();
}

void TicketConversation::flushDraft()
{
    if (m_draftTimer.isActive())
        saveDraftNow();
}

void TicketConversation::saveDraftNow()
{
    m_draftTimer.stop();
    if (!m_cache || m_ticketId == 0 || !m_draftLoaded)
        return;
    m_draft.updatedAtMsecs = nowMsecs();
    if (!m_cache->saveTicketDraft(m_ticketId, m_draft))
        qCWarning(lcChat) << "draft of ticket" << m_ticketId << "not saved:" << m_cache->errorString();
}

// --- the ticket itself -------------------------------------------------------------------------

void TicketConversation::changeBusy(int delta)
{
    const bool before = isBusy();
    m_busy += delta;
    if (before != isBusy())
        emit busyChanged(isBusy());
}

void TicketConversation::ticketAction(Action action, ApiReply *reply)
{
    changeBusy(+1);
    const quint64 generation = m_generation;
    connect(reply, &ApiReply::finished, this, [this, reply, generation, action] {
        changeBusy(-1);
        if (generation != m_generation)
            return;
        if (!reply->ok())
            return emit failed(action, *reply->error());
        ApiError error;
        auto summary = reply->decode<proto::TicketSummary>(&error);
        if (!summary)
            return emit failed(action, error);
        if (m_detail && m_detail->ticket.id == summary->id) {
            m_detail->ticket = std::move(*summary);
            emit ticketChanged();
        }
        emit actionSucceeded(action);
    });
}

void TicketConversation::assign(std::optional<std::int64_t> operatorId, const QString &reason)
{
    if (m_ticketId == 0)
        return;
    ticketAction(Action::Assign, m_api->assignTicket(m_ticketId, {operatorId, optionalReason(reason)}));
}

void TicketConversation::setUrgent(bool urgent, const QString &reason)
{
    if (m_ticketId == 0)
        return;
    proto::TicketPriorityRequest request;
    request.priority = urgent ? "urgent" : "normal";
    request.reason = optionalReason(reason);
    ticketAction(Action::Priority, m_api->setTicketPriority(m_ticketId, request));
}

void TicketConversation::close(const QString &reason)
{
    if (m_ticketId != 0)
        ticketAction(Action::Close, m_api->closeTicket(m_ticketId, {optionalReason(reason)}));
}

void TicketConversation::reopen(const QString &reason)
{
    if (m_ticketId != 0)
        ticketAction(Action::Reopen, m_api->reopenTicket(m_ticketId, {optionalReason(reason)}));
}

void TicketConversation::markRead()
{
    // Only when syncd counts something unread for this operator: every mark is an audit entry.
    if (!m_detail || m_readRefused || !m_online || m_detail->messages.empty() || m_detail->ticket.unread <= 0)
        return;
    const std::int64_t newest = m_detail->messages.back().id;
    if (newest <= m_readMark)
        return;
    const std::int64_t before = std::exchange(m_readMark, newest); // no second post while this one is out
    const quint64 generation = m_generation;
    ApiReply *reply = m_api->markTicketRead(m_ticketId, proto::TicketReadRequest{newest});
    connect(reply, &ApiReply::finished, this, [this, reply, generation, before, newest] {
        if (generation != m_generation)
            return;
        if (!reply->ok()) {
            // An admin reads tickets but may not mark them (403): stop asking. Anything else is
            // tried again with the next message.
            if (reply->error()->httpStatus == 403)
                m_readRefused = true;
            else if (m_readMark == newest)
                m_readMark = before;
            qCDebug(lcChat) << "read mark of ticket" << m_ticketId << "refused:" << reply->error()->code;
            return;
        }
        if (auto summary = reply->decode<proto::TicketSummary>();
            summary && m_detail && m_detail->ticket.id == summary->id) {
            m_detail->ticket = std::move(*summary);
            emit ticketChanged();
        }
        emit actionSucceeded(Action::MarkRead);
    });
}

std::optional<proto::TicketAttachment> TicketConversation::attachment(std::int64_t attachmentId) const
{
    for (const proto::TicketMessage &message : messages()) {
        for (const proto::TicketAttachment &file : message.attachments) {
            if (file.id == attachmentId)
                return file;
        }
    }
    return std::nullopt;
}

void TicketConversation::downloadAttachment(std::int64_t attachmentId)
{
    const auto file = attachment(attachmentId);
    if (!file || m_ticketId == 0)
        return;
    const quint64 generation = m_generation;
    ApiReply *reply = m_api->ticketAttachment(m_ticketId, attachmentId);
    connect(reply, &ApiReply::finished, this, [this, reply, generation, attachmentId, file = *file] {
        if (generation != m_generation)
            return;
        if (!reply->ok())
            return emit failed(Action::Attachment, *reply->error());
        const QByteArray &bytes = reply->body();
        // The bytes that arrived, against syncd's digest of the stored file.
        const bool matches =
            ProofService::sameDigest(QString::fromStdString(file.sha256), ProofService::sha256Hex(bytes));
        if (!matches)
            qCWarning(lcChat) << "attachment" << attachmentId << "does not match its SHA-256";
        emit attachmentDownloaded(attachmentId, bytes, QString::fromStdString(file.mime), matches);
    });
}

} // namespace p2pdesk::workstation
