#pragma once

#include "core/ApiError.h"
#include "core/LocalCache.h"

#include "p2pdesk/proto/Common.h"
#include "p2pdesk/proto/Tickets.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <cstdint>
#include <optional>
#include <vector>

namespace p2pdesk::workstation {

class ApiClient;
class ApiReply;

// One open support ticket as the chat pane shows it (issue 11): the ticket, its customer and its
// messages oldest first, kept in step with syncd, and everything the operator does in it. It never
// touches a widget; the pane listens to its signals.
//
// Following the ticket: the change feed's ticket events (ChangeFeedSync::supportEvent, replayed
// after an outage) re-read the detail, one read at a time, the last answer wins and a message this
// workstation already holds is never shown twice. Opened for an order, it first finds the order's
// ticket (GET /tickets?order=ID); an order has none until the customer writes about it, so any new
// ticket message on the feed makes it look again.
//
// Sending: one reply at a time, under an idempotency key created for that message and kept — in
// memory and in the local cache, with the exact request body — until syncd confirms it. A timeout,
// a lost connection or a 5xx leaves the outcome unknown, so the same request is retried with the
// same key (syncd answers a repeat with the first result): the customer never gets two copies,
// also when the workstation restarts meanwhile. A definite refusal (4xx) hands the words back for
// the composer.
//
// Delivery: syncd's outbox sender records whether Telegram took a reply (queued → sent / failed /
// undeliverable) without a change-feed event, so while a reply of this ticket is still queued the
// detail is read again at growing intervals, for a few minutes at most.
class TicketConversation final : public QObject {
    Q_OBJECT

public:
    enum class Action { Load, Send, Preview, Assign, Priority, Close, Reopen, MarkRead, Attachment };
    Q_ENUM(Action)

    // The reply on its way to syncd. Sending: the request is out. Unconfirmed: it went out but no
    // answer came (timeout, connection, server error); retried with the same key.
    enum class SendState { Sending, Unconfirmed };
    Q_ENUM(SendState)

    struct Outgoing {
        QString idempotencyKey;
        proto::TicketReplyRequest request;
        QByteArray body; // exactly what is POSTed, every attempt
        SendState state = SendState::Sending;
        std::optional<ApiError> lastError;
        int attempts = 0;
        qint64 createdAtMsecs = 0;
    };

    explicit TicketConversation(ApiClient *api, LocalCache *cache = nullptr, QObject *parent = nullptr);
    ~TicketConversation() override;

    // The cache the draft goes to; the draft so far is written to the old one first. The owner of
    // the cache detaches every conversation (nullptr) before closing it.
    void setCache(LocalCache *cache);

    // Who "me" is: assign to me, and whose read mark is set.
    void setOperator(const proto::OperatorRef &me) { m_me = me; }
    const proto::OperatorRef &me() const { return m_me; }

    // Timings; the defaults suit production, tests shorten them.
    void setSendTimeoutMs(int ms) { m_sendTimeoutMs = ms; }
    void setRetryBackoff(int initialMs, int maxMs);
    void setDeliveryFollowUp(int initialMs, int maxMs, int windowMs);
    void setDraftDelayMs(int ms) { m_draftTimer.setInterval(ms); }

    // --- what is open
    void openTicket(std::int64_t ticketId);
    // The order's ticket, found with GET /tickets?order=ID (none until the customer writes).
    void openOrder(std::int64_t orderId);
    void reload();

    std::int64_t ticketId() const { return m_ticketId; }
    std::optional<std::int64_t> orderId() const;
    bool hasTicket() const { return m_detail.has_value(); }
    // Opened for an order and syncd said it has no ticket (yet).
    bool noTicketYet() const { return m_noTicketYet; }
    bool isLoading() const { return m_loadInFlight || m_lookupInFlight; }
    const proto::TicketDetail &detail() const { return *m_detail; }
    const std::vector<proto::TicketMessage> &messages() const;
    bool isClosed() const { return m_detail && m_detail->ticket.status == "closed"; }
    bool isUrgent() const { return m_detail && m_detail->ticket.priority == "urgent"; }
    bool isAssignedToMe() const;

    // --- live
    bool isOnline() const { return m_online; }
    void setOnline(bool online);
    // ChangeFeedSync::supportEvent: ticket.message / ticket.updated for this ticket re-read it.
    void onSupportEvent(const QString &kind, const p2pdesk::proto::Json &payload);

    // --- replies
    // Whether send() would start now (a ticket, online, no reply still waiting for its answer).
    bool canSend() const;
    // Starts sending; false (and nothing happens) when canSend() is false or the request is empty.
    bool send(const proto::TicketReplyRequest &request);
    const std::optional<Outgoing> &outgoing() const { return m_outgoing; }
    // An unconfirmed reply: try again now instead of waiting for the next retry.
    void retryNow();
    // What syncd would send (a canned reply rendered for this ticket). The latest request wins.
    void preview(const proto::TicketPreviewRequest &request);

    // --- draft (kept per ticket in the local cache, saved a moment after the last change)
    QString draftText() const { return m_draft.text; }
    bool draftPrivate() const { return m_draft.privateNote; }
    void setDraft(const QString &text, bool privateNote);
    void flushDraft();

    // --- the ticket itself; each answers actionSucceeded or failed
    void assign(std::optional<std::int64_t> operatorId, const QString &reason = {});
    void assignToMe() { assign(m_me.id); }
    void setUrgent(bool urgent, const QString &reason = {});
    void close(const QString &reason = {});
    void reopen(const QString &reason = {});
    // Read mark up to the newest message held (once per new message; quiet when not allowed).
    void markRead();
    // The bytes, checked against the attachment's SHA-256 → attachmentDownloaded.
    void downloadAttachment(std::int64_t attachmentId);
    std::optional<proto::TicketAttachment> attachment(std::int64_t attachmentId) const;

    bool isBusy() const { return m_busy > 0; }

    // A 422's details: the variables a canned reply needs and this ticket has no value for, and
    // those syncd does not know.
    static QStringList errorDetail(const QByteArray &body, const char *field);

signals:
    // The ticket, its customer or its messages changed (also: found, or found to be missing).
    void ticketChanged();
    void messagesChanged();
    // The draft of a newly opened ticket was read from the cache.
    void draftLoaded();
    void loadFailed(const p2pdesk::workstation::ApiError &error);
    void onlineChanged(bool online);
    void busyChanged(bool busy);
    void outgoingChanged();
    void sent(const p2pdesk::proto::TicketMessage &message);
    // syncd refused the reply for good: its words go back to the composer.
    void sendRefused(const p2pdesk::proto::TicketReplyRequest &request, const p2pdesk::workstation::ApiError &error);
    void previewReady(const p2pdesk::proto::TicketPreviewResponse &preview);
    void previewFailed(const p2pdesk::workstation::ApiError &error, const QStringList &missing,
                       const QStringList &unknown);
    void actionSucceeded(p2pdesk::workstation::TicketConversation::Action action);
    void failed(p2pdesk::workstation::TicketConversation::Action action, const p2pdesk::workstation::ApiError &error);
    void attachmentDownloaded(qint64 attachmentId, const QByteArray &bytes, const QString &mime, bool digestMatches);

private:
    void reset();
    void lookUpOrderTicket();
    void load();
    void applyDetail(proto::TicketDetail detail);
    void insertMessage(const proto::TicketMessage &message);
    void restoreDraft();
    void saveDraftNow();
    void attemptSend();
    void onSendFinished(ApiReply *reply, bool timedOut);
    void scheduleRetry();
    void scheduleDeliveryFollowUp(bool restart);
    bool hasQueuedReply() const;
    void ticketAction(Action action, ApiReply *reply);
    void changeBusy(int delta);

    ApiClient *m_api;
    LocalCache *m_cache; // may be null: drafts then live as long as the conversation
    proto::OperatorRef m_me;

    std::int64_t m_ticketId = 0;
    std::optional<std::int64_t> m_orderId; // opened for this order
    bool m_noTicketYet = false;
    std::optional<proto::TicketDetail> m_detail;
    quint64 m_generation = 0; // bumps when another ticket is opened: late answers are dropped
    bool m_loadInFlight = false;
    bool m_loadAgain = false;
    bool m_lookupInFlight = false;
    bool m_lookupAgain = false;
    bool m_online = true;
    std::int64_t m_readMark = 0;
    bool m_readRefused = false;
    int m_busy = 0;

    std::optional<Outgoing> m_outgoing;
    QPointer<ApiReply> m_sendReply;
    QTimer m_sendWatchdog;
    bool m_sendTimedOut = false;
    QTimer m_retryTimer;
    int m_sendTimeoutMs;
    int m_retryInitialMs = 1000;
    int m_retryMaxMs = 30'000;
    int m_retryMs = 1000;

    QTimer m_followUpTimer;
    int m_followUpInitialMs = 1500;
    int m_followUpMaxMs = 30'000;
    int m_followUpWindowMs = 10 * 60'000;
    int m_followUpMs = 1500;
    qint64 m_followUpUntil = 0;

    quint64 m_previewGeneration = 0;

    TicketDraft m_draft;
    bool m_draftLoaded = false;
    QTimer m_draftTimer;
};

} // namespace p2pdesk::workstation
