#include "FakeSyncd.h"
#include "FakeTicketBackend.h"
#include "Orders.h"
#include "ScriptedTrustPrompt.h"
#include "TestCertificate.h"
#include "core/ApiClient.h"
#include "core/CannedReplyCatalog.h"
#include "core/CertificatePinStore.h"
#include "core/LocalCache.h"
#include "core/PinnedNetworkAccess.h"
#include "core/ProofService.h"
#include "core/TicketConversation.h"

#include "p2pdesk/proto/Changes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace p2pdesk;
using namespace p2pdesk::workstation;
using namespace p2pdesk::workstation::test;

namespace {

constexpr std::int64_t kTicket = 7;

proto::Json messageEvent(std::int64_t ticketId, std::int64_t messageId)
{
    return proto::Json{{"ticket_id", ticketId}, {"message_id", messageId}, {"author", "customer"}};
}

const QString kMessage = QString::fromLatin1(proto::change_kind::kTicketMessage.data(),
                                             static_cast<qsizetype>(proto::change_kind::kTicketMessage.size()));
const QString kUpdated = QString::fromLatin1(proto::change_kind::kTicketUpdated.data(),
                                             static_cast<qsizetype>(proto::change_kind::kTicketUpdated.size()));

std::vector<std::int64_t> idsOf(const TicketConversation &conversation)
{
    std::vector<std::int64_t> ids;
    for (const auto &message : conversation.messages())
        ids.push_back(message.id);
    return ids;
}

long countOf(const TicketConversation &conversation, std::int64_t id)
{
    const auto ids = idsOf(conversation);
    return std::count(ids.begin(), ids.end(), id);
}

proto::TicketReplyRequest text(const std::string &words, bool privateNote = false)
{
    proto::TicketReplyRequest request;
    request.text = words;
    request.privateNote = privateNote;
    return request;
}

proto::CannedReply canned(std::int64_t id, const std::string &shortcut, const std::string &ru, const std::string &en)
{
    proto::CannedReply reply;
    reply.id = id;
    reply.shortcut = shortcut;
    reply.title = "Title of " + shortcut;
    reply.bodyRu = ru;
    reply.bodyEn = en;
    return reply;
}

} // namespace

// TicketConversation against a scripted syncd: following a ticket through the change feed's events
// (in order, nothing twice), replies under an idempotency key that a retry reuses (a timed-out
// reply is not sent twice, also across a restart), offline, drafts in the local cache, the order's
// ticket found when it appears, previews, and the ticket's own actions.
class TestTicketConversation : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loadsTheTicketOldestFirst();
    void eventsFetchWhatIsNewInOrderWithoutDuplicates();
    void eventsAboutOtherTicketsOrOwnMessagesReadNothing();
    void aReplyIsInsertedOnceAndFollowedUntilDelivered();
    void aTimedOutReplyIsRetriedUnderTheSameKeyAndSentOnce();
    void aServerErrorIsRetriedUnderTheSameKey();
    void aRefusedReplyHandsItsWordsBack();
    void offlineSendsNothingAndResumesOnReturn();
    void anUnconfirmedReplySurvivesARestart();
    void draftsAreKeptPerTicketAcrossRestarts();
    void draftsSurviveACacheSchemaChange();
    void anOrderWithoutTicketFindsItWhenTheCustomerWrites();
    void previewReportsMissingVariables();
    void ticketActionsUpdateTheTicket();
    void readMarkIsSentOnceWhenSomethingIsUnread();
    void attachmentsAreCheckedAgainstTheirDigest();
    void cannedRepliesAreSortedMatchedAndReloaded();

private:
    std::unique_ptr<TicketConversation> makeConversation(LocalCache *cache = nullptr);
    static bool waitIdle(TicketConversation &conversation);

    QTemporaryDir m_dir;
    std::optional<TestCertificate> m_certificate;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CertificatePinStore> m_pins;
    ScriptedTrustPrompt m_prompt{true};
    std::unique_ptr<FakeSyncd> m_server;
    std::unique_ptr<FakeTicketBackend> m_backend;
    std::unique_ptr<PinnedNetworkAccess> m_network;
    std::unique_ptr<ApiClient> m_api;
};

void TestTicketConversation::initTestCase()
{
    qRegisterMetaType<proto::TicketMessage>();
    m_certificate = TestCertificate::generate(m_dir, QStringLiteral("tickets"));
    QVERIFY(m_certificate);
}

void TestTicketConversation::init()
{
    const QString name = QLatin1String(QTest::currentTestFunction());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(name + QStringLiteral(".ini")), QSettings::IniFormat);
    m_pins = std::make_unique<CertificatePinStore>(m_settings.get());
    m_server = std::make_unique<FakeSyncd>();
    QVERIFY(m_server->listen(*m_certificate));
    m_backend = std::make_unique<FakeTicketBackend>(m_server.get());
    m_network = std::make_unique<PinnedNetworkAccess>(m_pins.get(), &m_prompt);
    m_api = std::make_unique<ApiClient>(m_network.get());
    m_api->setServer(m_server->url());
    m_api->setToken(QStringLiteral("token"));
    m_backend->addTicket(kTicket, 55, "P-000055");
    m_backend->addCustomerMessage(kTicket, "Hello, where is my money?");
}

void TestTicketConversation::cleanup()
{
    m_api.reset();
    m_network.reset();
    m_backend.reset();
    m_server.reset();
}

std::unique_ptr<TicketConversation> TestTicketConversation::makeConversation(LocalCache *cache)
{
    auto conversation = std::make_unique<TicketConversation>(m_api.get(), cache);
    conversation->setOperator(proto::OperatorRef{3, "alice"});
    conversation->setSendTimeoutMs(2000);
    conversation->setRetryBackoff(30, 200);
    conversation->setDeliveryFollowUp(40, 200, 5000);
    conversation->setDraftDelayMs(20);
    return conversation;
}

bool TestTicketConversation::waitIdle(TicketConversation &conversation)
{
    return QTest::qWaitFor([&] { return conversation.hasTicket() && !conversation.isLoading(); }, 5000);
}

void TestTicketConversation::loadsTheTicketOldestFirst()
{
    // syncd answers oldest first; the conversation keeps that order even if a list comes shuffled.
    const auto second = m_backend->addOperatorMessage(kTicket, "On its way", false);
    const auto third = m_backend->addCustomerMessage(kTicket, "Thanks");
    auto &messages = m_backend->ticket(kTicket).messages;
    std::swap(messages.front(), messages.back());
    messages.push_back(messages.back()); // and a message twice

    auto conversation = makeConversation();
    QSignalSpy changed(conversation.get(), &TicketConversation::ticketChanged);
    conversation->openTicket(kTicket);
    QVERIFY(waitIdle(*conversation));
    QCOMPARE(conversation->ticketId(), kTicket);
    QCOMPARE(conversation->orderId(), std::optional<std::int64_t>(55));
    QCOMPARE(idsOf(*conversation), (std::vector<std::int64_t>{100, second, third}));
    QCOMPARE(conversation->detail().customer.verificationWord, std::optional<std::string>("falcon"));
    QVERIFY(changed.count() >= 1);
}

void TestTicketConversation::eventsFetchWhatIsNewInOrderWithoutDuplicates()
{
    auto conversation = makeConversation();
    conversation->openTicket(kTicket);
    QVERIFY(waitIdle(*conversation));
    const int readsBefore = m_backend->detailReads(kTicket);

    // A burst of events (the feed replays after an outage): the reads coalesce, one follows the
    // one in flight, and each message is there once, in order.
    std::vector<std::int64_t> expected = idsOf(*conversation);
    for (int i = 0; i < 5; ++i) {
        const auto id = m_backend->addCustomerMessage(kTicket, "message " + std::to_string(i));
        expected.push_back(id);
        conversation->onSupportEvent(kMessage, messageEvent(kTicket, id));
    }
    QTRY_COMPARE(idsOf(*conversation), expected);
    QTRY_VERIFY(!conversation->isLoading());
    QVERIFY2(m_backend->detailReads(kTicket) - readsBefore <= 2,
             qPrintable(QString::number(m_backend->detailReads(kTicket) - readsBefore)));

    // The same events again (a replay): nothing new, nothing doubled.
    for (const auto id : expected)
        conversation->onSupportEvent(kMessage, messageEvent(kTicket, id));
    QTest::qWait(100);
    QCOMPARE(idsOf(*conversation), expected);

    // A customer's edit keeps the id: the event says "edited" and the text is read again.
    m_backend->ticket(kTicket).messages.front().originalBody = "Hello, where is my money?";
    m_backend->ticket(kTicket).messages.front().body = "Hello, where are my roubles?";
    conversation->onSupportEvent(kMessage, proto::Json{{"ticket_id", kTicket}, {"message_id", 100}, {"edited", true}});
    QTRY_COMPARE(conversation->messages().front().body, std::string("Hello, where are my roubles?"));
    QCOMPARE(idsOf(*conversation), expected);
}

void TestTicketConversation::eventsAboutOtherTicketsOrOwnMessagesReadNothing()
{
    m_backend->addTicket(8);
    auto conversation = makeConversation();
    conversation->openTicket(kTicket);
    QVERIFY(waitIdle(*conversation));
    const int reads = m_backend->detailReads(kTicket);
    conversation->onSupportEvent(kMessage, messageEvent(8, m_backend->addCustomerMessage(8, "elsewhere")));
    conversation->onSupportEvent(kMessage, messageEvent(kTicket, 100)); // already here
    conversation->onSupportEvent(kUpdated, proto::Json{{"ticket_id", kTicket}, {"change", "read"}});
    conversation->onSupportEvent(QStringLiteral("canned_reply.updated"), proto::Json{{"canned_reply_id", 1}});
    conversation->onSupportEvent(kMessage, proto::Json::array()); // not an object: ignored
    QTest::qWait(100);
    QCOMPARE(m_backend->detailReads(kTicket), reads);
    // An assignee change does re-read.
    conversation->onSupportEvent(kUpdated, proto::Json{{"ticket_id", kTicket}, {"change", "assignee"}});
    QTRY_COMPARE(m_backend->detailReads(kTicket), reads + 1);
}

void TestTicketConversation::aReplyIsInsertedOnceAndFollowedUntilDelivered()
{
    auto conversation = makeConversation();
    conversation->openTicket(kTicket);
    QVERIFY(waitIdle(*conversation));
    QSignalSpy sent(conversation.get(), &TicketConversation::sent);
    QVERIFY(conversation->canSend());
    QVERIFY(!conversation->send(text("   "))); // nothing to send
    QVERIFY(conversation->send(text("It is on its way <b>today</b>")));
    QVERIFY(!conversation->canSend()); // one at a time
    QVERIFY(!conversation->send(text("again")));
    QTRY_COMPARE(sent.count(), 1);
    const auto message = sent.at(0).at(0).value<proto::TicketMessage>();
    QCOMPARE(message.body, std::string("It is on its way &lt;b&gt;today&lt;/b&gt;"));
    QCOMPARE(message.delivery, std::optional<std::string>("queued"));
    QCOMPARE(conversation->messages().back().id, message.id);
    QVERIFY(!conversation->outgoing());

    // The feed's event about it reads nothing; the reply is there once.
    const int reads = m_backend->detailReads(kTicket);
    conversation->onSupportEvent(kMessage, messageEvent(kTicket, message.id));
    QTest::qWait(20);
    QCOMPARE(countOf(*conversation, message.id), 1);

    // syncd's outbox announces no delivery outcome: the conversation reads the ticket again while
    // the reply is queued, and stops once it is not.
    m_backend->setDelivery(kTicket, message.id, "failed", "forbidden: Forbidden: bot was blocked by the user");
    QTRY_COMPARE(conversation->messages().back().delivery, std::optional<std::string>("failed"));
    QCOMPARE(conversation->messages().back().deliveryError,
             std::optional<std::string>("forbidden: Forbidden: bot was blocked by the user"));
    QVERIFY(m_backend->detailReads(kTicket) > reads);
    const int settled = m_backend->detailReads(kTicket);
    QTest::qWait(400);
    QCOMPARE(m_backend->detailReads(kTicket), settled);
    QCOMPARE(m_backend->recordedReplies(), 1);
}

void TestTicketConversation::aTimedOutReplyIsRetriedUnderTheSameKeyAndSentOnce()
{
    auto conversation = makeConversation();
    conversation->setSendTimeoutMs(300);
    conversation->openTicket(kTicket);
    QVERIFY(waitIdle(*conversation));
    // syncd records the reply but its answer never arrives: the workstation cannot know.
    m_backend->swallowReplies(1);
    QSignalSpy sent(conversation.get(), &TicketConversation::sent);
    QSignalSpy outgoing(conversation.get(), &TicketConversation::outgoingChanged);
    QVERIFY(conversation->send(text("Your payout is done")));
    QTRY_VERIFY(conversation->outgoing() &&
                conversation->outgoing()->state == TicketConversation::SendState::Unconfirmed);
    QCOMPARE(conversation->outgoing()->lastError->code, ApiError::kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 5000);

    QCOMPARE(m_backend->replyRequests(), 2);
    const auto &attempts = m_backend->replyRequestList();
    QCOMPARE(attempts.at(0).headers.value("idempotency-key"), attempts.at(1).headers.value("idempotency-key"));
    QVERIFY(!attempts.at(0).headers.value("idempotency-key").isEmpty());
    QCOMPARE(attempts.at(0).body, attempts.at(1).body); // byte for byte the same request
    QCOMPARE(m_backend->recordedReplies(), 1);          // the customer gets it once
    const auto words = std::count_if(conversation->messages().begin(), conversation->messages().end(),
                                     [](const auto &m) { return m.body == "Your payout is done"; });
    QCOMPARE(words, 1);
    QVERIFY(!conversation->outgoing());
    QVERIFY(conversation->canSend());

    // The next message has a key of its own.
    QVERIFY(conversation->send(text("Anything else?")));
    QTRY_COMPARE(sent.count(), 2);
    QVERIFY(m_backend->replyRequestList().back().headers.value("idempotency-key") !=
            attempts.at(0).headers.value("idempotency-key"));
}

void TestTicketConversation::aServerErrorIsRetriedUnderTheSameKey()
{
    auto conversation = makeConversation();
    conversation->openTicket(kTicket);
    QVERIFY(waitIdle(*conversation));
    m_backend->refuseReplies(2, 503, QStringLiteral("db_unavailable"));
    QSignalSpy sent(conversation.get(), &TicketConversation::sent);
    QVERIFY(conversation->send(text("Still checking")));
    QTRY_COMPARE(sent.count(), 1);
    QCOMPARE(m_backend->replyRequests(), 3);
    const QByteArray key = m_backend->replyRequestList().first().headers.value("idempotency-key");
    for (const auto &attempt : m_backend->replyRequestList())
        QCOMPARE(attempt.headers.value("idempotency-key"), key);
    QCOMPARE(m_backend->recordedReplies(), 1);
}

void TestTicketConversation::aRefusedReplyHandsItsWordsBack()
{
    auto conversation = makeConversation();
    conversation->openTicket(kTicket);
    QVERIFY(waitIdle(*conversation));
    m_backend->refuseReplies(1, 422, QStringLiteral("validation_failed"));
    QSignalSpy refused(conversation.get(), &TicketConversation::sendRefused);
    QVERIFY(conversation->send(text("Too clever", true)));
    QTRY_COMPARE(refused.count(), 1);
    const auto request = refused.at(0).at(0).value<proto::TicketReplyRequest>();
    QCOMPARE(request.text, std::optional<std::string>("Too clever"));
    QVERIFY(request.privateNote);
    QCOMPARE(refused.at(0).at(1).value<ApiError>().code, QStringLiteral("validation_failed"));
    QVERIFY(!conversation->outgoing());
    QCOMPARE(m_backend->replyRequests(), 1); // a refusal is not retried
    QCOMPARE(m_backend->recordedReplies(), 0);
}

void TestTicketConversation::offlineSendsNothingAndResumesOnReturn()
{
    auto conversation = makeConversation();
    conversation->setSendTimeoutMs(300);
    conversation->setRetryBackoff(60'000, 60'000); // only the return online retries here
    conversation->openTicket(kTicket);
    QVERIFY(waitIdle(*conversation));

    conversation->setOnline(false);
    QVERIFY(!conversation->canSend());
    QVERIFY(!conversation->send(text("while away")));
    QCOMPARE(m_backend->replyRequests(), 0);

    // A reply whose answer was lost just before the connection went: kept, not retried offline.
    conversation->setOnline(true);
    m_backend->swallowReplies(1);
    QVERIFY(conversation->send(text("Sent just before the outage")));
    QTRY_VERIFY(conversation->outgoing() &&
                conversation->outgoing()->state == TicketConversation::SendState::Unconfirmed);
    conversation->setOnline(false);
    const int attempts = m_backend->replyRequests();
    QTest::qWait(300);
    QCOMPARE(m_backend->replyRequests(), attempts);

    // Meanwhile the customer wrote; back online, the ticket is read again and the reply resent
    // under its key (answered with the first result).
    const auto meanwhile = m_backend->addCustomerMessage(kTicket, "Hello? Anyone?");
    QSignalSpy sent(conversation.get(), &TicketConversation::sent);
    conversation->setOnline(true);
    QTRY_COMPARE(sent.count(), 1);
    QTRY_COMPARE(countOf(*conversation, meanwhile), 1);
    QCOMPARE(m_backend->recordedReplies(), 1);
    const QByteArray key = m_backend->replyRequestList().first().headers.value("idempotency-key");
    QCOMPARE(m_backend->replyRequestList().last().headers.value("idempotency-key"), key);
    auto ids = idsOf(*conversation);
    QVERIFY(std::is_sorted(ids.begin(), ids.end()));
    QVERIFY(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
}

void TestTicketConversation::anUnconfirmedReplySurvivesARestart()
{
    const QString path = m_dir.filePath(QStringLiteral("restart.sqlite"));
    {
        LocalCache cache;
        QVERIFY(cache.open(path));
        auto conversation = makeConversation(&cache);
        conversation->setSendTimeoutMs(60'000);
        conversation->openTicket(kTicket);
        QVERIFY(waitIdle(*conversation));
        m_backend->swallowReplies(1);
        QVERIFY(conversation->send(text("Written just before the crash")));
        QTRY_COMPARE(m_backend->recordedReplies(), 1);
        // The workstation dies here, the answer never came.
    }
    LocalCache cache;
    QVERIFY(cache.open(path));
    const auto stored = cache.ticketDraft(kTicket);
    QVERIFY(stored && !stored->pendingKey.isEmpty());
    auto conversation = makeConversation(&cache);
    QSignalSpy sent(conversation.get(), &TicketConversation::sent);
    conversation->openTicket(kTicket);
    QTRY_COMPARE(sent.count(), 1);
    QCOMPARE(m_backend->recordedReplies(), 1); // replayed, not sent again
    QCOMPARE(m_backend->replyRequestList().last().headers.value("idempotency-key"), stored->pendingKey.toLatin1());
    QTRY_VERIFY(!cache.ticketDraft(kTicket).has_value()); // confirmed: nothing left pending
}

void TestTicketConversation::draftsAreKeptPerTicketAcrossRestarts()
{
    m_backend->addTicket(8);
    const QString path = m_dir.filePath(QStringLiteral("drafts.sqlite"));
    {
        LocalCache cache;
        QVERIFY(cache.open(path));
        auto conversation = makeConversation(&cache);
        conversation->openTicket(kTicket);
        QVERIFY(waitIdle(*conversation));
        conversation->setDraft(QStringLiteral("Dear Ivan, half of it"), true);
        QTRY_VERIFY(cache.ticketDraft(kTicket).has_value()); // saved a moment after typing
        conversation->setDraft(QStringLiteral("Dear Ivan, half of it is ready"), true);
        conversation->openTicket(8); // switching tickets writes the draft at once
        QVERIFY(waitIdle(*conversation));
        QCOMPARE(conversation->draftText(), QString());
        conversation->setDraft(QStringLiteral("for ticket 8"), false);
        // Closing (destroying) the conversation writes what is left.
    }
    LocalCache cache;
    QVERIFY(cache.open(path));
    QCOMPARE(cache.ticketDraft(kTicket)->text, QStringLiteral("Dear Ivan, half of it is ready"));
    QVERIFY(cache.ticketDraft(kTicket)->privateNote);
    QCOMPARE(cache.ticketDraft(8)->text, QStringLiteral("for ticket 8"));

    auto conversation = makeConversation(&cache);
    QSignalSpy loaded(conversation.get(), &TicketConversation::draftLoaded);
    conversation->openTicket(kTicket);
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(conversation->draftText(), QStringLiteral("Dear Ivan, half of it is ready"));
    QVERIFY(conversation->draftPrivate());

    // Sent: the composer is cleared, and so is the draft.
    QSignalSpy sent(conversation.get(), &TicketConversation::sent);
    QVERIFY(conversation->send(text("Dear Ivan, half of it is ready", true)));
    conversation->setDraft(QString(), true);
    QTRY_COMPARE(sent.count(), 1);
    QTRY_VERIFY(!cache.ticketDraft(kTicket).has_value());
    QCOMPARE(cache.ticketDraft(8)->text, QStringLiteral("for ticket 8"));
}

void TestTicketConversation::draftsSurviveACacheSchemaChange()
{
    const QString path = m_dir.filePath(QStringLiteral("schema.sqlite"));
    {
        LocalCache cache;
        QVERIFY(cache.open(path));
        TicketDraft draft;
        draft.text = QStringLiteral("unsent words");
        QVERIFY(cache.saveTicketDraft(kTicket, draft));
        QVERIFY(cache.store({makeOrder(1)}));
        QVERIFY(cache.clear()); // a resync clears the orders, not the drafts
        QCOMPARE(cache.ticketDraft(kTicket)->text, QStringLiteral("unsent words"));
    }
    {
        // A cache of an older schema (as the chat's first builds left it: drafts beside schema 1):
        // the upgrade adds what is missing and keeps the operator's words.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema-bump"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP TABLE tickets")));
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema-bump"));
    LocalCache cache;
    QVERIFY2(cache.open(path), qPrintable(cache.errorString()));
    QCOMPARE(cache.orderCount(), 0);
    QCOMPARE(cache.ticketCount(), 0);
    QCOMPARE(cache.ticketDraft(kTicket)->text, QStringLiteral("unsent words"));
    QVERIFY(cache.clearTicketDraft(kTicket));
    QVERIFY(!cache.ticketDraft(kTicket));
}

void TestTicketConversation::anOrderWithoutTicketFindsItWhenTheCustomerWrites()
{
    auto conversation = makeConversation();
    conversation->openOrder(77);
    QTRY_VERIFY(conversation->noTicketYet());
    QVERIFY(!conversation->hasTicket());
    QVERIFY(!conversation->canSend());
    QCOMPARE(conversation->orderId(), std::optional<std::int64_t>(77));
    // Events of other tickets: it looks again (the event does not name the order).
    const int lookups = m_backend->lookups();
    conversation->onSupportEvent(kMessage, messageEvent(kTicket, 100));
    QTRY_COMPARE(m_backend->lookups(), lookups + 1);
    QVERIFY(conversation->noTicketYet());

    m_backend->addTicket(9, 77);
    const auto first = m_backend->addCustomerMessage(9, "About my order");
    conversation->onSupportEvent(kMessage, messageEvent(9, first));
    QTRY_VERIFY(conversation->hasTicket());
    QCOMPARE(conversation->ticketId(), 9);
    QVERIFY(!conversation->noTicketYet());
    QCOMPARE(idsOf(*conversation), std::vector<std::int64_t>{first});
    QVERIFY(conversation->canSend());
}

void TestTicketConversation::previewReportsMissingVariables()
{
    m_backend->cannedReplies() = {canned(1, "hello", "Здравствуйте, {customer.name}!", "Hello, {customer.name}!"),
                                  canned(2, "rate", "Ваш курс {order.final_rate} по заявке {order.code}", "")};
    auto conversation = makeConversation();
    conversation->openTicket(kTicket);
    QVERIFY(waitIdle(*conversation));
    QSignalSpy ready(conversation.get(), &TicketConversation::previewReady);
    QSignalSpy failed(conversation.get(), &TicketConversation::previewFailed);

    proto::TicketPreviewRequest request;
    request.cannedReplyId = 1;
    conversation->preview(request);
    QTRY_COMPARE(ready.count(), 1);
    const auto preview = ready.at(0).at(0).value<proto::TicketPreviewResponse>();
    QCOMPARE(QString::fromStdString(preview.text), QStringLiteral("Здравствуйте, Ivan!"));
    QCOMPARE(preview.language, std::string("ru"));

    request.cannedReplyId = 2;
    conversation->preview(request);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<ApiError>().code, QStringLiteral("validation_failed"));
    QCOMPARE(failed.at(0).at(1).toStringList(), QStringList{QStringLiteral("order.final_rate")});

    // Only the latest preview answers: an older one that arrives late is dropped.
    request.variables["order.final_rate"] = "98.50";
    conversation->preview(request);
    request.cannedReplyId = 1;
    request.variables.clear();
    conversation->preview(request);
    QTRY_COMPARE(ready.count(), 2);
    QTest::qWait(100);
    QCOMPARE(ready.count(), 2);
    QCOMPARE(ready.at(1).at(0).value<proto::TicketPreviewResponse>().text, preview.text);
}

void TestTicketConversation::ticketActionsUpdateTheTicket()
{
    auto conversation = makeConversation();
    conversation->openTicket(kTicket);
    QVERIFY(waitIdle(*conversation));
    QSignalSpy done(conversation.get(), &TicketConversation::actionSucceeded);
    QSignalSpy failed(conversation.get(), &TicketConversation::failed);
    conversation->assignToMe();
    QTRY_COMPARE(done.count(), 1);
    QVERIFY(conversation->isAssignedToMe());
    conversation->setUrgent(true);
    QTRY_COMPARE(done.count(), 2);
    QVERIFY(conversation->isUrgent());
    QCOMPARE(QJsonDocument::fromJson(m_backend->lastRequestTo(QStringLiteral("/api/v1/tickets/7/priority"))->body)
                 .object()
                 .value(QStringLiteral("priority"))
                 .toString(),
             QStringLiteral("urgent"));
    conversation->close(QStringLiteral("answered by phone"));
    QTRY_COMPARE(done.count(), 3);
    QVERIFY(conversation->isClosed());
    QCOMPARE(QJsonDocument::fromJson(m_backend->lastRequestTo(QStringLiteral("/api/v1/tickets/7/close"))->body)
                 .object()
                 .value(QStringLiteral("reason"))
                 .toString(),
             QStringLiteral("answered by phone"));
    conversation->close(QStringLiteral("twice"));
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<TicketConversation::Action>(), TicketConversation::Action::Close);
    QCOMPARE(failed.at(0).at(1).value<ApiError>().httpStatus, 409);
    conversation->reopen(QString());
    QTRY_COMPARE(done.count(), 4);
    QVERIFY(!conversation->isClosed());
    conversation->assign(std::nullopt, QStringLiteral("back to the desk"));
    QTRY_COMPARE(done.count(), 5);
    QVERIFY(!conversation->detail().ticket.assignee);
}

void TestTicketConversation::readMarkIsSentOnceWhenSomethingIsUnread()
{
    auto conversation = makeConversation();
    conversation->openTicket(kTicket);
    QVERIFY(waitIdle(*conversation));
    QCOMPARE(conversation->detail().ticket.unread, 1);
    conversation->markRead();
    conversation->markRead(); // while the first is out
    QTRY_COMPARE(conversation->detail().ticket.unread, 0);
    QCOMPARE(m_backend->readMarks(), 1);
    QCOMPARE(QJsonDocument::fromJson(m_backend->lastRequestTo(QStringLiteral("/api/v1/tickets/7/read"))->body)
                 .object()
                 .value(QStringLiteral("message_id"))
                 .toInteger(),
             100);
    conversation->markRead(); // nothing unread: no audit entry for nothing
    QTest::qWait(50);
    QCOMPARE(m_backend->readMarks(), 1);
    const auto next = m_backend->addCustomerMessage(kTicket, "one more");
    conversation->onSupportEvent(kMessage, messageEvent(kTicket, next));
    QTRY_COMPARE(conversation->messages().back().id, next);
    conversation->markRead();
    QTRY_COMPARE(m_backend->readMarks(), 2);
}

void TestTicketConversation::attachmentsAreCheckedAgainstTheirDigest()
{
    const QByteArray photo("\x89PNG fake bytes", 15);
    const QByteArray other("something else");
    m_backend->addCustomerMessage(
        kTicket, "",
        {proto::TicketAttachment{501, "image/png", photo.size(), ProofService::sha256Hex(photo).toStdString()},
         proto::TicketAttachment{502, "application/pdf", other.size(), std::string(64, 'a')}});
    m_backend->addFile(501, photo);
    m_backend->addFile(502, other);
    auto conversation = makeConversation();
    conversation->openTicket(kTicket);
    QVERIFY(waitIdle(*conversation));
    QVERIFY(conversation->attachment(501));
    QVERIFY(!conversation->attachment(999));
    QSignalSpy downloaded(conversation.get(), &TicketConversation::attachmentDownloaded);
    conversation->downloadAttachment(501);
    QTRY_COMPARE(downloaded.count(), 1);
    QCOMPARE(downloaded.at(0).at(0).toLongLong(), 501);
    QCOMPARE(downloaded.at(0).at(1).toByteArray(), photo);
    QCOMPARE(downloaded.at(0).at(2).toString(), QStringLiteral("image/png"));
    QVERIFY(downloaded.at(0).at(3).toBool());
    conversation->downloadAttachment(502);
    QTRY_COMPARE(downloaded.count(), 2);
    QVERIFY(!downloaded.at(1).at(3).toBool()); // not what syncd recorded
}

void TestTicketConversation::cannedRepliesAreSortedMatchedAndReloaded()
{
    m_backend->cannedReplies() = {canned(2, "rate", "курс", "rate"), canned(1, "hello", "привет", "hello"),
                                  canned(3, "payout", "выплата", "payout")};
    m_backend->cannedReplies()[2].title = "When the rate is fixed";
    CannedReplyCatalog catalog(m_api.get());
    QSignalSpy changed(&catalog, &CannedReplyCatalog::changed);
    catalog.load();
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(catalog.replies().size(), std::size_t(3));
    QCOMPARE(catalog.replies().front().shortcut, std::string("hello"));
    QVERIFY(catalog.find(QStringLiteral("RATE")));
    QVERIFY(!catalog.find(QStringLiteral("ra")));
    const auto matches = catalog.matching(QStringLiteral("ra"));
    QCOMPARE(matches.size(), std::size_t(2)); // "rate" by shortcut, then "payout" by its title
    QCOMPARE(matches.at(0)->shortcut, std::string("rate"));
    QCOMPARE(matches.at(1)->shortcut, std::string("payout"));
    QCOMPARE(catalog.matching(QString()).size(), std::size_t(3));

    m_backend->cannedReplies().push_back(canned(4, "bye", "пока", "bye"));
    catalog.onSupportEvent(QStringLiteral("ticket.updated"), proto::Json{{"ticket_id", 7}});
    QTest::qWait(50);
    QCOMPARE(changed.count(), 1);
    catalog.onSupportEvent(QStringLiteral("canned_reply.updated"), proto::Json{{"canned_reply_id", 4}});
    QTRY_COMPARE(changed.count(), 2);
    QVERIFY(catalog.findById(4));
}

QTEST_MAIN(TestTicketConversation)
#include "tst_TicketConversation.moc"
