#include "FakeSyncd.h"
#include "ScriptedTrustPrompt.h"
#include "SupportInboxFixtures.h"
#include "TestCertificate.h"
#include "core/ApiClient.h"
#include "core/CertificatePinStore.h"
#include "core/LocalCache.h"
#include "core/PinnedNetworkAccess.h"
#include "core/TicketInbox.h"
#include "models/TicketListModel.h"

#include "p2pdesk/proto/Changes.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

using namespace p2pdesk;
using namespace p2pdesk::workstation;
using namespace p2pdesk::workstation::test;

namespace {

constexpr std::int64_t kMe = 7;

// syncd's ticket list as a test scripts it: GET /api/v1/tickets with status, id, q (customer
// username or a ticket's message text), limit and offset; POST …/assign. Answers may be held
// back to look at what happens while a read is in flight.
class TicketScript final {
public:
    explicit TicketScript(FakeSyncd *server)
    {
        server->route("GET", QStringLiteral("/api/v1/tickets"),
                      [this](const FakeSyncd::Request &request, const FakeSyncd::Responder &r) {
                          if (m_hold)
                              m_held.push_back({request, r});
                          else
                              answer(request, r);
                      });
        server->setFallback([this](const FakeSyncd::Request &request, const FakeSyncd::Responder &r) {
            const QStringList parts = request.path.split(u'/');
            // /api/v1/tickets/{id}/assign
            if (request.method != "POST" || parts.size() != 6 || parts[5] != QLatin1String("assign"))
                return r.error(404, QStringLiteral("not_found"));
            const auto it = m_tickets.find(parts[4].toLongLong());
            const auto assign = proto::parse<proto::TicketAssignRequest>(request.body.toStdString());
            if (it == m_tickets.end() || !assign)
                return r.error(404, QStringLiteral("not_found"));
            it->second.assignee = proto::OperatorRef{*assign->operatorId, "me"};
            ++it->second.version;
            r.respond(200, body(it->second));
        });
    }

    void set(const proto::TicketSummary &ticket) { m_tickets[ticket.id] = ticket; }
    proto::TicketSummary &at(std::int64_t id) { return m_tickets.at(id); }
    void erase(std::int64_t id) { m_tickets.erase(id); }
    void setMessageText(std::int64_t id, const std::string &text) { m_text[id] = text; }
    void hold(bool hold)
    {
        m_hold = hold;
        if (!hold) {
            for (const auto &[request, responder] : std::exchange(m_held, {}))
                answer(request, responder);
        }
    }
    int held() const { return static_cast<int>(m_held.size()); }

private:
    void answer(const FakeSyncd::Request &request, const FakeSyncd::Responder &r) const
    {
        const QUrlQuery &q = request.query;
        const QString status = q.queryItemValue(QStringLiteral("status"));
        const QString id = q.queryItemValue(QStringLiteral("id"));
        const std::string text = q.queryItemValue(QStringLiteral("q")).toLower().toStdString();
        const std::int64_t limit =
            q.hasQueryItem(QStringLiteral("limit")) ? q.queryItemValue(QStringLiteral("limit")).toLongLong() : 50;
        const std::int64_t offset = q.queryItemValue(QStringLiteral("offset")).toLongLong();
        std::vector<proto::TicketSummary> matching;
        for (const auto &[ticketId, ticket] : m_tickets) {
            if (!status.isEmpty() && ticket.status != status.toStdString())
                continue;
            if (!id.isEmpty() && ticketId != id.toLongLong())
                continue;
            if (!text.empty()) {
                const auto message = m_text.find(ticketId);
                const bool inText = message != m_text.end() && message->second.find(text) != std::string::npos;
                if (!inText && ticket.customer.username->find(text) == std::string::npos)
                    continue;
            }
            matching.push_back(ticket);
        }
        proto::TicketsPage page;
        for (std::int64_t i = offset; i < offset + limit && i < static_cast<std::int64_t>(matching.size()); ++i)
            page.items.push_back(matching[static_cast<std::size_t>(i)]);
        if (offset + limit < static_cast<std::int64_t>(matching.size()))
            page.nextOffset = offset + limit;
        r.respond(200, body(page));
    }

    std::map<std::int64_t, proto::TicketSummary> m_tickets;
    std::map<std::int64_t, std::string> m_text;
    bool m_hold = false;
    std::vector<std::pair<FakeSyncd::Request, FakeSyncd::Responder>> m_held;
};

proto::Json customerMessage(std::int64_t ticketId)
{
    return proto::Json{{"ticket_id", ticketId}, {"message_id", ticketId * 10 + 1}, {"author", "customer"}};
}

} // namespace

// TicketInbox against a stand-in syncd: the cache first, the open tickets after each catch-up, a
// live event read as one ticket's row (once per burst, again when it changed meanwhile), replays
// left to the reload, closed tickets by page, message-text search and the assignment.
class TestTicketInbox : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startShowsTheCacheThenReloadsAfterCatchUp();
    void liveEventsReadOneTicketOncePerBurst();
    void aTicketChangedWhileBeingReadIsReadAgain();
    void replayedEventsAreLeftToTheReload();
    void anotherOperatorsReadChangesNothingHere();
    void closedTicketsArePaged();
    void messageTextIsSearchedBySyncd();
    void assignToMeUpdatesTheRow();
    void theOrdersStatusFollowsTheQueue();

private:
    qint64 now() const { return QDateTime::currentMSecsSinceEpoch(); }
    QList<FakeSyncd::Request> ticketReads(const QString &item, const QString &value) const;
    void goLive();

    QTemporaryDir m_dir;
    std::optional<TestCertificate> m_certificate;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CertificatePinStore> m_pins;
    ScriptedTrustPrompt m_prompt{true};
    std::unique_ptr<FakeSyncd> m_server;
    std::unique_ptr<TicketScript> m_script;
    std::unique_ptr<PinnedNetworkAccess> m_network;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<LocalCache> m_cache;
    std::unique_ptr<TicketListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<TicketInbox> m_inbox;
};

void TestTicketInbox::initTestCase()
{
    m_certificate = TestCertificate::generate(m_dir, QStringLiteral("tickets"));
    QVERIFY(m_certificate);
}

void TestTicketInbox::init()
{
    const QString name = QLatin1String(QTest::currentTestFunction());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(name + QStringLiteral(".ini")), QSettings::IniFormat);
    m_pins = std::make_unique<CertificatePinStore>(m_settings.get());
    m_server = std::make_unique<FakeSyncd>();
    QVERIFY(m_server->listen(*m_certificate));
    m_script = std::make_unique<TicketScript>(m_server.get());
    m_network = std::make_unique<PinnedNetworkAccess>(m_pins.get(), &m_prompt);
    m_api = std::make_unique<ApiClient>(m_network.get());
    m_api->setServer(m_server->url());
    m_api->setToken(QStringLiteral("token"));
    m_cache = std::make_unique<LocalCache>();
    QVERIFY(m_cache->open(m_dir.filePath(name + QStringLiteral(".sqlite"))));
    m_model = std::make_unique<TicketListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_inbox = std::make_unique<TicketInbox>(m_api.get(), m_cache.get(), m_model.get());
    m_inbox->setOperatorId(kMe);
}

void TestTicketInbox::cleanup()
{
    m_inbox.reset();
    m_tester.reset();
    m_model.reset();
    m_cache.reset();
    m_api.reset();
    m_network.reset();
    m_script.reset();
    m_server.reset();
}

QList<FakeSyncd::Request> TestTicketInbox::ticketReads(const QString &item, const QString &value) const
{
    QList<FakeSyncd::Request> out;
    for (const auto &request : m_server->requestsTo(QStringLiteral("/api/v1/tickets"))) {
        if (request.query.queryItemValue(item) == value)
            out << request;
    }
    return out;
}

void TestTicketInbox::goLive()
{
    QSignalSpy reloaded(m_inbox.get(), &TicketInbox::reloaded);
    m_inbox->start();
    m_inbox->onOnlineChanged(true);
    m_inbox->onCaughtUp();
    QTRY_COMPARE(reloaded.size(), 1);
}

void TestTicketInbox::startShowsTheCacheThenReloadsAfterCatchUp()
{
    // Last session: ticket 1 (still open), 2 (closed since), 999 (gone, or out of our sight).
    QVERIFY(m_cache->storeTickets({makeTicket(1, now()), makeTicket(2, now()), makeTicket(999, now())}));
    for (int id = 1; id <= 450; ++id)
        m_script->set(makeTicket(id, now()));
    m_script->set(closed(makeTicket(2, now()), now()));
    m_script->at(2).version = 2;
    m_script->set(closed(makeTicket(1000, now()), now()));

    m_inbox->start();
    QCOMPARE(m_model->rowCount(), 3); // at once, before syncd answers anything
    QVERIFY(m_server->requests().isEmpty());

    QSignalSpy reloaded(m_inbox.get(), &TicketInbox::reloaded);
    m_inbox->onOnlineChanged(true);
    m_inbox->onCaughtUp();
    QTRY_COMPARE(reloaded.size(), 1);
    // Every open ticket, in pages of syncd's largest size.
    const auto pages = ticketReads(QStringLiteral("status"), QStringLiteral("open"));
    QCOMPARE(pages.size(), 3);
    QCOMPARE(pages.at(0).query.queryItemValue(QStringLiteral("limit")), QStringLiteral("200"));
    QCOMPARE(pages.at(2).query.queryItemValue(QStringLiteral("offset")), QStringLiteral("400"));
    // The cached open tickets syncd did not list are read once more by id: 2 is closed now, 999
    // is gone.
    QTRY_COMPARE(m_model->rowCount(), 450);
    QTRY_COMPARE(m_model->find(2)->status, std::string("closed"));
    QCOMPARE(m_model->find(999), nullptr);
    QCOMPARE(ticketReads(QStringLiteral("id"), QStringLiteral("2")).size(), 1);
    QCOMPARE(ticketReads(QStringLiteral("id"), QStringLiteral("999")).size(), 1);
    QCOMPARE(m_model->find(1000), nullptr); // closed tickets wait until someone looks at them
    QTRY_COMPARE(m_cache->ticketCount(), 450);

    // A restart shows what this session ended with.
    TicketListModel restarted;
    TicketInbox again(m_api.get(), m_cache.get(), &restarted);
    again.start();
    QCOMPARE(restarted.rowCount(), 450);
    QCOMPARE(restarted.find(2)->status, std::string("closed"));
}

void TestTicketInbox::liveEventsReadOneTicketOncePerBurst()
{
    m_script->set(makeTicket(5, now()));
    goLive();
    QSignalSpy wrote(m_inbox.get(), &TicketInbox::customerWrote);
    m_script->at(5).unread = 3;
    m_script->at(5).version = 4;
    const QString kind = QString::fromLatin1(proto::change_kind::kTicketMessage.data());
    // Three messages in one feed batch: one read of the row, one announcement.
    m_inbox->onSupportEvent(kind, customerMessage(5));
    m_inbox->onSupportEvent(kind, customerMessage(5));
    m_inbox->onSupportEvent(kind, customerMessage(5));
    QTRY_COMPARE(m_model->find(5)->unread, 3);
    QCOMPARE(wrote.size(), 1);
    QCOMPARE(wrote.first().at(0).value<proto::TicketSummary>().unread, 3);
    QCOMPARE(ticketReads(QStringLiteral("id"), QStringLiteral("5")).size(), 1);
    QTRY_COMPARE(m_cache->loadTickets().at(0).unread, 3);

    // A new ticket appears the same way; an operator's reply refreshes without announcing.
    m_script->set(makeTicket(6, now()));
    m_inbox->onSupportEvent(kind, customerMessage(6));
    QTRY_VERIFY(m_model->find(6));
    QTRY_COMPARE(wrote.size(), 2);
    m_script->at(6).unread = 0;
    m_script->at(6).version = 2;
    m_inbox->onSupportEvent(kind, proto::Json{{"ticket_id", 6}, {"message_id", 99}, {"author", "operator"}});
    QTRY_COMPARE(m_model->find(6)->unread, 0);
    QCOMPARE(wrote.size(), 2);
    // A customer's edit brings nothing new to the row; canned replies are not the inbox's.
    const qsizetype before = m_server->requestsTo(QStringLiteral("/api/v1/tickets")).size();
    m_inbox->onSupportEvent(kind, proto::Json{{"ticket_id", 6}, {"message_id", 61}, {"edited", true}});
    m_inbox->onSupportEvent(QString::fromLatin1(proto::change_kind::kCannedReplyUpdated.data()),
                            proto::Json{{"canned_reply_id", 1}});
    QTest::qWait(50); // nothing to await: nothing may be asked
    QCOMPARE(m_server->requestsTo(QStringLiteral("/api/v1/tickets")).size(), before);
}

void TestTicketInbox::aTicketChangedWhileBeingReadIsReadAgain()
{
    m_script->set(makeTicket(5, now()));
    goLive();
    const QString kind = QString::fromLatin1(proto::change_kind::kTicketUpdated.data());
    m_script->hold(true);
    m_inbox->onSupportEvent(kind, proto::Json{{"ticket_id", 5}, {"change", "priority"}});
    QTRY_COMPARE(m_script->held(), 1);
    // Assigned while the first read is on its way: read once more after it, not twice at once.
    m_inbox->onSupportEvent(kind, proto::Json{{"ticket_id", 5}, {"change", "assignee"}});
    m_inbox->onSupportEvent(kind, proto::Json{{"ticket_id", 5}, {"change", "assignee"}});
    QTest::qWait(50);
    QCOMPARE(m_script->held(), 1);
    m_script->at(5) = assignedTo(m_script->at(5), 9);
    m_script->at(5).version = 3;
    m_script->hold(false);
    QTRY_COMPARE(m_model->find(5)->assignee ? m_model->find(5)->assignee->id : 0, std::int64_t(9));
    QTRY_COMPARE(ticketReads(QStringLiteral("id"), QStringLiteral("5")).size(), 2);
}

void TestTicketInbox::replayedEventsAreLeftToTheReload()
{
    m_script->set(makeTicket(5, now()));
    goLive();
    QSignalSpy wrote(m_inbox.get(), &TicketInbox::customerWrote);
    QSignalSpy reloaded(m_inbox.get(), &TicketInbox::reloaded);
    m_inbox->onOnlineChanged(false);
    // Back online, the feed replays what happened meanwhile before it has caught up.
    m_inbox->onOnlineChanged(true);
    m_script->at(5).unread = 2;
    m_script->at(5).version = 3;
    m_inbox->onSupportEvent(QString::fromLatin1(proto::change_kind::kTicketMessage.data()), customerMessage(5));
    QTest::qWait(50);
    QCOMPARE(ticketReads(QStringLiteral("id"), QStringLiteral("5")).size(), 0);
    m_inbox->onCaughtUp();
    QTRY_COMPARE(reloaded.size(), 1);
    QCOMPARE(m_model->find(5)->unread, 2);
    QCOMPARE(wrote.size(), 0); // old news is not notified
}

void TestTicketInbox::anotherOperatorsReadChangesNothingHere()
{
    m_script->set(makeTicket(5, now()));
    goLive();
    const QString kind = QString::fromLatin1(proto::change_kind::kTicketUpdated.data());
    m_inbox->onSupportEvent(kind, proto::Json{{"ticket_id", 5}, {"change", "read"}, {"operator_id", 9}});
    QTest::qWait(50);
    QCOMPARE(ticketReads(QStringLiteral("id"), QStringLiteral("5")).size(), 0);
    m_script->at(5).unread = 0;
    m_inbox->onSupportEvent(kind, proto::Json{{"ticket_id", 5}, {"change", "read"}, {"operator_id", kMe}});
    QTRY_COMPARE(m_model->find(5)->unread, 0); // same version, our count moved
}

void TestTicketInbox::closedTicketsArePaged()
{
    for (int id = 1; id <= 150; ++id)
        m_script->set(closed(makeTicket(id, now()), now()));
    goLive();
    QCOMPARE(m_model->rowCount(), 0);
    QSignalSpy page(m_inbox.get(), &TicketInbox::closedPageLoaded);
    m_inbox->loadClosed();
    QTRY_COMPARE(page.size(), 1);
    QCOMPARE(m_model->rowCount(), TicketInbox::kClosedPageSize);
    QVERIFY(m_inbox->hasMoreClosed());
    QVERIFY(page.first().at(0).toBool());
    m_inbox->loadClosed(true);
    QTRY_COMPARE(page.size(), 2);
    QCOMPARE(m_model->rowCount(), 150);
    QVERIFY(!m_inbox->hasMoreClosed());
    const auto reads = ticketReads(QStringLiteral("status"), QStringLiteral("closed"));
    QCOMPARE(reads.size(), 2);
    QCOMPARE(reads.last().query.queryItemValue(QStringLiteral("offset")), QStringLiteral("100"));
}

void TestTicketInbox::messageTextIsSearchedBySyncd()
{
    m_script->set(makeTicket(1, now()));
    m_script->set(makeTicket(2, now()));
    m_script->set(closed(makeTicket(3, now()), now()));
    m_script->setMessageText(2, "where is my refund?");
    m_script->setMessageText(3, "refund received, thanks");
    goLive();
    QSignalSpy found(m_inbox.get(), &TicketInbox::searchFinished);
    m_inbox->search(QStringLiteral("  Refund "), false);
    QTRY_COMPARE(found.size(), 1);
    QCOMPARE(found.first().at(0).toString(), QStringLiteral("Refund"));
    QCOMPARE(found.first().at(1).value<QSet<qint64>>(), QSet<qint64>{2});
    // In the closed view: closed tickets, which join the store to be shown.
    m_inbox->search(QStringLiteral("refund"), true);
    QTRY_COMPARE(found.size(), 2);
    QCOMPARE(found.last().at(1).value<QSet<qint64>>(), QSet<qint64>{3});
    QVERIFY(m_model->find(3));
    // One letter, or offline: answered at once, without syncd.
    const qsizetype before = m_server->requestsTo(QStringLiteral("/api/v1/tickets")).size();
    m_inbox->search(QStringLiteral("r"), false);
    QCOMPARE(found.size(), 3);
    m_inbox->onOnlineChanged(false);
    m_inbox->search(QStringLiteral("refund"), false);
    QCOMPARE(found.size(), 4);
    QVERIFY(found.last().at(1).value<QSet<qint64>>().isEmpty());
    QCOMPARE(m_server->requestsTo(QStringLiteral("/api/v1/tickets")).size(), before);
}

void TestTicketInbox::assignToMeUpdatesTheRow()
{
    m_script->set(makeTicket(4, now()));
    goLive();
    QSignalSpy assigned(m_inbox.get(), &TicketInbox::assigned);
    m_inbox->assignToMe(4);
    QTRY_COMPARE(assigned.size(), 1);
    QCOMPARE(m_model->find(4)->assignee->id, kMe);
    const auto posts = m_server->requestsTo(QStringLiteral("/api/v1/tickets/4/assign"));
    QCOMPARE(posts.size(), 1);
    QCOMPARE(proto::parseJson(posts.first().body.toStdString()).value().at("operator_id").get<std::int64_t>(), kMe);
    QSignalSpy failed(m_inbox.get(), &TicketInbox::failed);
    m_inbox->assignToMe(404);
    QTRY_COMPARE(failed.size(), 1);
}

void TestTicketInbox::theOrdersStatusFollowsTheQueue()
{
    m_script->set(withOrder(makeTicket(4, now()), 3, "NEW"));
    goLive();
    auto order = makeOrder(3, domain::OrderStatus::Assigned, "1000.00", 2);
    m_inbox->onOrderChanged(std::nullopt, order);
    QCOMPARE(m_model->find(4)->orderStatus, std::optional<std::string>("ASSIGNED"));
    QCOMPARE(m_cache->loadTickets().at(0).orderStatus, std::optional<std::string>("ASSIGNED"));
    m_inbox->onOrderChanged(std::nullopt, makeOrder(8, domain::OrderStatus::Assigned)); // no ticket: nothing
    QCOMPARE(m_model->rowCount(), 1);
}

QTEST_MAIN(TestTicketInbox)
#include "tst_TicketInbox.moc"
