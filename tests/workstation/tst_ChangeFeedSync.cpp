#include "FakeSyncd.h"
#include "Orders.h"
#include "ScriptedTrustPrompt.h"
#include "TestCertificate.h"
#include "core/ApiClient.h"
#include "core/CertificatePinStore.h"
#include "core/ChangeFeedSync.h"
#include "core/LocalCache.h"
#include "core/PinnedNetworkAccess.h"
#include "models/OrderQueueModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace p2pdesk;
using namespace p2pdesk::workstation;
using namespace p2pdesk::workstation::test;

// syncd's feed as a test can script it: orders in their current state, the event log, held
// long-polls answered as soon as an event arrives, and a switch that makes the feed fail.
class FeedScript final : public QObject {
public:
    explicit FeedScript(FakeSyncd *server)
        : m_server(server)
    {
        server->route("GET", QStringLiteral("/api/v1/orders"), [this](const auto &, const FakeSyncd::Responder &r) {
            proto::OrdersPage page;
            for (const auto &[id, order] : m_orders) {
                if (!domain::isTerminal(order.status))
                    page.items.push_back(order);
            }
            r.respond(200, body(page));
        });
        server->route("GET", QStringLiteral("/api/v1/changes"),
                      [this](const FakeSyncd::Request &request, const FakeSyncd::Responder &r) {
                          if (m_failStatus)
                              return r.error(m_failStatus, m_failCode);
                          const std::int64_t since = request.query.queryItemValue(QStringLiteral("since")).toLongLong();
                          const int wait = request.query.queryItemValue(QStringLiteral("wait")).toInt();
                          if (!answer(since, r) && wait > 0) {
                              if (m_holdLongPolls)
                                  m_held.push_back({since, r});
                              else
                                  answer(since, r, true);
                          } else if (wait == 0 && !hasEventsAfter(since))
                              answer(since, r, true);
                      });
        server->setFallback([this](const FakeSyncd::Request &request, const FakeSyncd::Responder &r) {
            const QString prefix = QStringLiteral("/api/v1/orders/");
            if (request.method != "GET" || !request.path.startsWith(prefix))
                return r.error(404, QStringLiteral("not_found"));
            const auto it = m_orders.find(request.path.mid(prefix.size()).toLongLong());
            if (it == m_orders.end())
                return r.error(404, QStringLiteral("not_found"));
            proto::OrderDetail detail;
            detail.summary = it->second;
            r.respond(200, body(detail));
        });
    }

    void setOrder(const proto::OrderSummary &order) { m_orders[order.id] = order; }
    // The feed epoch every answer carries (0: not told, as an older server).
    void setEpoch(std::int64_t epoch) { m_epoch = epoch; }

    // Appends an event; with `withPayload` it carries the order itself, else only id and version.
    void publish(const proto::OrderSummary &order, std::string_view kind, bool withPayload)
    {
        setOrder(order);
        proto::ChangeEvent event;
        event.seq = static_cast<std::int64_t>(m_events.size()) + 1;
        event.at = order.updatedAt;
        event.kind = std::string(kind);
        event.orderId = order.id;
        event.status = order.status;
        event.version = order.version;
        if (withPayload)
            event.payload = proto::Json{{"order", proto::toJson(order)}};
        m_events.push_back(event);
        for (const auto &[since, responder] : std::exchange(m_held, {}))
            answer(since, responder);
    }

    // An event that names no order (rates, settings, …), or names one without changing it (tickets).
    void publishGlobal(std::string_view kind, const proto::Json &payload = proto::Json::object(),
                       std::optional<std::int64_t> orderId = std::nullopt)
    {
        proto::ChangeEvent event;
        event.orderId = orderId;
        event.seq = static_cast<std::int64_t>(m_events.size()) + 1;
        event.kind = std::string(kind);
        event.payload = payload;
        m_events.push_back(event);
        for (const auto &[since, responder] : std::exchange(m_held, {}))
            answer(since, responder);
    }

    void failWith(int status, const QString &code)
    {
        m_failStatus = status;
        m_failCode = code;
        for (const auto &held : std::exchange(m_held, {}))
            held.second.error(status, code);
    }
    void recover() { m_failStatus = 0; }

    // false: answer a long-poll at once even with nothing new, as syncd does over its cap of
    // waiting long-polls. The polls held now are answered that way too.
    void setHoldLongPolls(bool hold)
    {
        m_holdLongPolls = hold;
        if (!hold) {
            for (const auto &[since, responder] : std::exchange(m_held, {}))
                answer(since, responder, true);
        }
    }

private:
    bool hasEventsAfter(std::int64_t since) const { return static_cast<std::int64_t>(m_events.size()) > since; }

    bool answer(std::int64_t since, const FakeSyncd::Responder &r, bool evenIfEmpty = false)
    {
        if (!hasEventsAfter(since) && !evenIfEmpty)
            return false;
        proto::ChangesResponse response;
        response.lastSeq = since;
        response.feedEpoch = m_epoch;
        for (const auto &event : m_events) {
            if (event.seq > since) {
                response.events.push_back(event);
                response.lastSeq = event.seq;
            }
        }
        r.respond(200, body(response));
        return true;
    }

    FakeSyncd *m_server;
    std::map<std::int64_t, proto::OrderSummary> m_orders;
    std::vector<proto::ChangeEvent> m_events;
    std::vector<std::pair<std::int64_t, FakeSyncd::Responder>> m_held;
    int m_failStatus = 0;
    QString m_failCode;
    bool m_holdLongPolls = true;
    std::int64_t m_epoch = 77;
};

class TestChangeFeedSync : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstStartTakesASnapshotThenGoesLive();
    void eventWithoutOrderFetchesIt();
    void restartsFromTheCachedSequence();
    void outageGoesOfflineRetriesAndResyncs();
    void revokedSessionEndsTheFeed();
    void unreachableServerIsOffline();
    void everyOrderEventIsAnnounced();
    void aChangedOfflineReasonIsReportedAgain();
    void longPollsAnsweredAtOnceArePaced();
    void settingsChangesAreAnnounced();
    void supportEventsAreAnnouncedWithoutFetchingTheOrder();
    void configEventsAreAnnouncedInOrder();
    void anAccountThatWorksNoOrdersFollowsTheRest();
    void aReplacedFeedStartsOver();

private:
    void startSync();

    QTemporaryDir m_dir;
    std::optional<TestCertificate> m_certificate;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CertificatePinStore> m_pins;
    ScriptedTrustPrompt m_prompt{true};
    std::unique_ptr<FakeSyncd> m_server;
    std::unique_ptr<FeedScript> m_feed;
    std::unique_ptr<PinnedNetworkAccess> m_network;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<LocalCache> m_cache;
    std::unique_ptr<OrderQueueModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<ChangeFeedSync> m_sync;
};

void TestChangeFeedSync::initTestCase()
{
    m_certificate = TestCertificate::generate(m_dir, QStringLiteral("feed"));
    QVERIFY(m_certificate);
}

void TestChangeFeedSync::init()
{
    const QString name = QLatin1String(QTest::currentTestFunction());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(name + QStringLiteral(".ini")), QSettings::IniFormat);
    m_pins = std::make_unique<CertificatePinStore>(m_settings.get());
    m_server = std::make_unique<FakeSyncd>();
    QVERIFY(m_server->listen(*m_certificate));
    m_feed = std::make_unique<FeedScript>(m_server.get());
    m_network = std::make_unique<PinnedNetworkAccess>(m_pins.get(), &m_prompt);
    m_api = std::make_unique<ApiClient>(m_network.get());
    m_api->setServer(m_server->url());
    m_cache = std::make_unique<LocalCache>();
    QVERIFY(m_cache->open(m_dir.filePath(name + QStringLiteral(".sqlite"))));
    m_model = std::make_unique<OrderQueueModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_sync = std::make_unique<ChangeFeedSync>(m_api.get(), m_cache.get(), m_model.get());
    m_sync->setWaitSeconds(5);
    m_sync->setBackoff(20, 80);
}

void TestChangeFeedSync::cleanup()
{
    m_sync.reset();
    m_tester.reset();
    m_model.reset();
    m_cache.reset();
    m_api.reset();
    m_network.reset();
    m_feed.reset();
    m_server.reset();
}

void TestChangeFeedSync::startSync()
{
    m_sync->start();
}

void TestChangeFeedSync::firstStartTakesASnapshotThenGoesLive()
{
    m_feed->setOrder(makeOrder(1));
    m_feed->setOrder(makeOrder(2));
    m_feed->setOrder(makeOrder(3, domain::OrderStatus::Completed)); // history is not in the snapshot
    QSignalSpy online(m_sync.get(), &ChangeFeedSync::onlineChanged);
    QSignalSpy caughtUp(m_sync.get(), &ChangeFeedSync::caughtUp);
    QSignalSpy changed(m_sync.get(), &ChangeFeedSync::orderChanged);
    startSync();
    QTRY_COMPARE(caughtUp.size(), 1);
    QCOMPARE(online.size(), 1);
    QCOMPARE(online.at(0).at(0).toBool(), true);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_cache->orderCount(), 2);
    QCOMPARE(changed.size(), 0);        // the initial load does not notify
    QCOMPARE(m_cache->feedEpoch(), 77); // first contact: the feed our seq belongs to

    // A live event carrying its order lands in the model and the cache.
    m_feed->publish(makeOrder(4), proto::change_kind::kOrderCreated, true);
    QTRY_COMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->find(4)->code, QStringLiteral("P-1004"));
    QTRY_COMPARE(m_cache->lastSeq(), 1);
    QCOMPARE(m_cache->orderCount(), 3);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!changed.at(0).at(0).value<std::optional<proto::OrderSummary>>().has_value());
    QCOMPARE(m_server->requestsTo(QStringLiteral("/api/v1/orders/4")).size(), 0); // no refetch needed
}

void TestChangeFeedSync::eventWithoutOrderFetchesIt()
{
    m_feed->setOrder(makeOrder(1));
    QSignalSpy caughtUp(m_sync.get(), &ChangeFeedSync::caughtUp);
    startSync();
    QTRY_COMPARE(caughtUp.size(), 1);
    auto taken = makeOrder(1, domain::OrderStatus::Assigned, "1000.00", 2);
    taken.holder = proto::OperatorRef{7, "alice"};
    m_feed->publish(taken, proto::change_kind::kOrderTransitioned, false);
    QTRY_COMPARE(statusName(m_model->find(1)->summary.status), statusName(domain::OrderStatus::Assigned));
    QCOMPARE(m_model->find(1)->holder, QStringLiteral("alice"));
    QCOMPARE(m_server->requestsTo(QStringLiteral("/api/v1/orders/1")).size(), 1);
    QTRY_COMPARE(m_cache->lastSeq(), 1);
}

void TestChangeFeedSync::restartsFromTheCachedSequence()
{
    QVERIFY(m_cache->applyChanges({makeOrder(1), makeOrder(2)}, {}, 5));
    // Events 1..5 happened before; the feed holds six, so exactly the sixth is new to us.
    for (int i = 0; i < 5; ++i)
        m_feed->publish(makeOrder(1, domain::OrderStatus::New, "1000.00", 1), proto::change_kind::kOrderUpdated, true);
    m_feed->publish(makeOrder(9), proto::change_kind::kOrderCreated, true);
    QSignalSpy caughtUp(m_sync.get(), &ChangeFeedSync::caughtUp);
    startSync();
    QCOMPARE(m_model->rowCount(), 2); // the cache is shown before any network answer
    QTRY_COMPARE(caughtUp.size(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(m_server->requestsTo(QStringLiteral("/api/v1/orders")).isEmpty());
    const auto polls = m_server->requestsTo(QStringLiteral("/api/v1/changes"));
    QVERIFY(!polls.isEmpty());
    QCOMPARE(polls.first().query.queryItemValue(QStringLiteral("since")), QStringLiteral("5"));
    QCOMPARE(m_sync->lastSeq(), 6);
}

void TestChangeFeedSync::outageGoesOfflineRetriesAndResyncs()
{
    m_feed->setOrder(makeOrder(1));
    QSignalSpy online(m_sync.get(), &ChangeFeedSync::onlineChanged);
    QSignalSpy caughtUp(m_sync.get(), &ChangeFeedSync::caughtUp);
    startSync();
    QTRY_COMPARE(caughtUp.size(), 1);
    QTRY_VERIFY(!m_server->requestsTo(QStringLiteral("/api/v1/changes")).isEmpty());

    m_feed->failWith(503, QStringLiteral("db_unavailable"));
    QTRY_VERIFY(!m_sync->isOnline());
    QCOMPARE(online.last().at(0).toBool(), false);
    QVERIFY(online.last().at(1).toString().contains(QStringLiteral("database is unavailable")));
    // It keeps trying, further apart each time, without repeating the offline signal.
    const qsizetype pollsBefore = m_server->requestsTo(QStringLiteral("/api/v1/changes")).size();
    QTRY_VERIFY(m_server->requestsTo(QStringLiteral("/api/v1/changes")).size() >= pollsBefore + 2);
    QCOMPARE(m_sync->currentBackoffMs(), 80);
    QCOMPARE(online.size(), 2);

    // Meanwhile syncd moved on; after the outage the feed catches up and announces it.
    auto taken = makeOrder(1, domain::OrderStatus::Assigned, "1000.00", 2);
    taken.holder = proto::OperatorRef{7, "alice"};
    m_feed->recover();
    m_feed->publish(taken, proto::change_kind::kOrderTransitioned, true);
    m_feed->publish(makeOrder(2), proto::change_kind::kOrderCreated, true);
    QTRY_COMPARE(caughtUp.size(), 2);
    QVERIFY(m_sync->isOnline());
    QCOMPARE(online.last().at(0).toBool(), true);
    QCOMPARE(statusName(m_model->find(1)->summary.status), statusName(domain::OrderStatus::Assigned));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_cache->lastSeq(), 2);
}

void TestChangeFeedSync::revokedSessionEndsTheFeed()
{
    m_feed->failWith(401, QStringLiteral("unauthorized"));
    QVERIFY(m_cache->applyChanges({makeOrder(1)}, {}, 3));
    QSignalSpy ended(m_sync.get(), &ChangeFeedSync::sessionEnded);
    startSync();
    QTRY_COMPARE(ended.size(), 1);
    QCOMPARE(ended.at(0).at(0).value<ApiError>().code, QStringLiteral("unauthorized"));
    QVERIFY(!m_sync->isRunning());
    const qsizetype polls = m_server->requestsTo(QStringLiteral("/api/v1/changes")).size();
    QTest::qWait(200);
    QCOMPARE(m_server->requestsTo(QStringLiteral("/api/v1/changes")).size(), polls); // no retries
}

void TestChangeFeedSync::unreachableServerIsOffline()
{
    QVERIFY(m_cache->applyChanges({makeOrder(1)}, {}, 3));
    m_server->close();
    QSignalSpy online(m_sync.get(), &ChangeFeedSync::onlineChanged);
    startSync();
    QCOMPARE(m_model->rowCount(), 1); // the cached queue stays readable offline
    QTRY_COMPARE(online.size(), 1);
    QCOMPARE(online.at(0).at(0).toBool(), false);
    QVERIFY(online.at(0).at(1).toString().contains(QStringLiteral("cannot be reached")));
    QVERIFY(m_sync->isRunning());
}

void TestChangeFeedSync::everyOrderEventIsAnnounced()
{
    auto order = makeOrder(1, domain::OrderStatus::PaymentVerified, "9000.00", 4);
    m_feed->setOrder(order);
    QSignalSpy caughtUp(m_sync.get(), &ChangeFeedSync::caughtUp);
    QSignalSpy changed(m_sync.get(), &ChangeFeedSync::orderChanged);
    QSignalSpy events(m_sync.get(), &ChangeFeedSync::orderEvent);
    startSync();
    QTRY_COMPARE(caughtUp.size(), 1);
    QCOMPARE(events.size(), 0); // the snapshot has no events

    // An approval leaves the order's version and queue row alone: no refetch, no orderChanged,
    // yet the event is announced with its kind and version.
    m_feed->publish(order, proto::change_kind::kApprovalAdded, false);
    QTRY_COMPARE(events.size(), 1);
    QCOMPARE(events.at(0).at(0).value<std::int64_t>(), std::int64_t(1));
    QCOMPARE(events.at(0).at(1).toString(), QStringLiteral("approval.added"));
    QCOMPARE(events.at(0).at(2).value<std::optional<std::int64_t>>(), std::optional<std::int64_t>(4));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_server->requestsTo(QStringLiteral("/api/v1/orders/1")).size(), 0);
    QTRY_COMPARE(m_sync->lastSeq(), 1);

    // A rate change names no order: nothing to announce. Then a batch of three order events is
    // announced in feed order, once the model holds the new state.
    m_feed->publishGlobal(proto::change_kind::kRateUpdated);
    QTRY_COMPARE(m_sync->lastSeq(), 2);
    QCOMPARE(events.size(), 1);
    auto paying = makeOrder(1, domain::OrderStatus::ProcessingPayout, "9000.00", 5);
    connect(m_sync.get(), &ChangeFeedSync::orderEvent, this, [this](std::int64_t id, const QString &kind) {
        if (kind == u"order.transitioned")
            QCOMPARE(statusName(m_model->find(id)->summary.status), statusName(domain::OrderStatus::ProcessingPayout));
    });
    m_feed->setOrder(paying);
    m_feed->failWith(503, QStringLiteral("hold")); // collect the three into one poll answer
    QTRY_VERIFY(!m_sync->isOnline());
    m_feed->recover();
    m_feed->publish(paying, proto::change_kind::kProofAdded, false);
    m_feed->publish(paying, proto::change_kind::kOrderTransitioned, false);
    m_feed->publish(makeOrder(2), proto::change_kind::kOrderCreated, true);
    QTRY_COMPARE(events.size(), 4);
    QCOMPARE(events.at(1).at(1).toString(), QStringLiteral("proof.added"));
    QCOMPARE(events.at(2).at(1).toString(), QStringLiteral("order.transitioned"));
    QCOMPARE(events.at(3).at(0).value<std::int64_t>(), std::int64_t(2));
    QCOMPARE(events.at(3).at(1).toString(), QStringLiteral("order.created"));
    // A catch-up after an outage updates the queue quietly (no tray flood), yet the open cards
    // still hear about every event.
    QCOMPARE(changed.size(), 0);
    QCOMPARE(statusName(m_model->find(1)->summary.status), statusName(domain::OrderStatus::ProcessingPayout));
    QVERIFY(m_model->find(2));
    QCOMPARE(m_server->requestsTo(QStringLiteral("/api/v1/orders/1")).size(), 1); // one refetch for both
}

void TestChangeFeedSync::aChangedOfflineReasonIsReportedAgain()
{
    m_feed->setOrder(makeOrder(1));
    QSignalSpy online(m_sync.get(), &ChangeFeedSync::onlineChanged);
    QSignalSpy caughtUp(m_sync.get(), &ChangeFeedSync::caughtUp);
    startSync();
    QTRY_COMPARE(caughtUp.size(), 1);
    QTRY_VERIFY(!m_server->requestsTo(QStringLiteral("/api/v1/changes")).isEmpty());

    m_feed->failWith(503, QStringLiteral("db_unavailable"));
    QTRY_COMPARE(online.size(), 2);
    QVERIFY(online.last().at(1).toString().contains(QStringLiteral("database is unavailable")));
    // Same outage, another reason (say the server came back with another certificate): the
    // operator must see the new reason, once.
    m_feed->failWith(500, QStringLiteral("internal_error"));
    QTRY_COMPARE(online.size(), 3);
    QCOMPARE(online.last().at(0).toBool(), false);
    QVERIFY(online.last().at(1).toString().contains(QStringLiteral("The server failed.")));
    const qsizetype polls = m_server->requestsTo(QStringLiteral("/api/v1/changes")).size();
    QTRY_VERIFY(m_server->requestsTo(QStringLiteral("/api/v1/changes")).size() >= polls + 2);
    QCOMPARE(online.size(), 3);
}

void TestChangeFeedSync::longPollsAnsweredAtOnceArePaced()
{
    m_feed->setOrder(makeOrder(1));
    QSignalSpy caughtUp(m_sync.get(), &ChangeFeedSync::caughtUp);
    startSync();
    QTRY_COMPARE(caughtUp.size(), 1);
    QCOMPARE(m_sync->idleBackoffMs(), 0);

    // syncd at its long-poll cap: every poll comes back empty at once. Without pacing the feed
    // re-polled in a tight loop; now it backs off 20 -> 40 -> 80 ms (the test's backoff settings).
    m_feed->setHoldLongPolls(false);
    QTRY_COMPARE(m_sync->idleBackoffMs(), 80);
    const auto polls = [this] { return m_server->requestsTo(QStringLiteral("/api/v1/changes")).size(); };
    const auto before = polls();
    QElapsedTimer clock;
    clock.start();
    QTRY_VERIFY(polls() >= before + 3);
    QVERIFY2(clock.elapsed() >= 3 * 80 * 8 / 10, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(m_sync->isOnline());

    // Once polls are held again and bring news, the pause is gone.
    m_feed->setHoldLongPolls(true);
    m_feed->publish(makeOrder(2), proto::change_kind::kOrderCreated, true);
    QTRY_COMPARE(m_model->rowCount(), 2);
    QTRY_COMPARE(m_sync->idleBackoffMs(), 0);
}

// An admin's settings change reaches the workstation through the feed: with the new settings when
// the event carries them, as "refetch" when not; once per batch, the last one winning.
void TestChangeFeedSync::settingsChangesAreAnnounced()
{
    m_feed->setOrder(makeOrder(1));
    QSignalSpy caughtUp(m_sync.get(), &ChangeFeedSync::caughtUp);
    QSignalSpy settings(m_sync.get(), &ChangeFeedSync::settingsChanged);
    startSync();
    QTRY_COMPARE(caughtUp.size(), 1);

    // Other events that name no order are not settings.
    m_feed->publishGlobal(proto::change_kind::kRateUpdated);
    QTRY_COMPARE(m_sync->lastSeq(), 1);
    QCOMPARE(settings.size(), 0);

    proto::Settings lowered;
    lowered.approvalThresholds.emplace("RUB", domain::Decimal::parse("1000.00", 2).value());
    lowered.maxRateDeviationPercent = domain::Decimal::parse("2.0000", 4).value();
    m_feed->publishGlobal(proto::change_kind::kSettingsUpdated, proto::Json{{"settings", proto::toJson(lowered)}});
    QTRY_COMPARE(settings.size(), 1);
    auto got = settings.at(0).at(0).value<std::optional<proto::Settings>>();
    QVERIFY(got.has_value());
    QCOMPARE(QString::fromStdString(got->approvalThresholds.at("RUB").toString()), QStringLiteral("1000.00"));

    // Without the settings in it (an older syncd): announced, so the app asks GET /settings.
    m_feed->publishGlobal(proto::change_kind::kSettingsUpdated);
    QTRY_COMPARE(settings.size(), 2);
    QVERIFY(!settings.at(1).at(0).value<std::optional<proto::Settings>>().has_value());

    // Two in one batch (caught up after an outage): the later one, once.
    m_feed->failWith(503, QStringLiteral("hold"));
    QTRY_VERIFY(!m_sync->isOnline());
    proto::Settings raised = lowered;
    raised.approvalThresholds["RUB"] = domain::Decimal::parse("5000.00", 2).value();
    m_feed->publishGlobal(proto::change_kind::kSettingsUpdated, proto::Json{{"settings", proto::toJson(lowered)}});
    m_feed->publishGlobal(proto::change_kind::kSettingsUpdated, proto::Json{{"settings", proto::toJson(raised)}});
    m_feed->recover();
    QTRY_COMPARE(m_sync->lastSeq(), 5);
    QCOMPARE(settings.size(), 3);
    got = settings.at(2).at(0).value<std::optional<proto::Settings>>();
    QVERIFY(got.has_value());
    QCOMPARE(QString::fromStdString(got->approvalThresholds.at("RUB").toString()), QStringLiteral("5000.00"));
}

// Ticket messages and canned replies reach the support desk through the same feed, in order and
// replayed after an outage; a ticket's order has not changed, so its event fetches nothing.
void TestChangeFeedSync::supportEventsAreAnnouncedWithoutFetchingTheOrder()
{
    m_feed->setOrder(makeOrder(1));
    QSignalSpy caughtUp(m_sync.get(), &ChangeFeedSync::caughtUp);
    QSignalSpy support(m_sync.get(), &ChangeFeedSync::supportEvent);
    QSignalSpy orderEvents(m_sync.get(), &ChangeFeedSync::orderEvent);
    startSync();
    QTRY_COMPARE(caughtUp.size(), 1);

    // The order's ticket: the event names the order too.
    m_feed->publishGlobal(proto::change_kind::kTicketMessage, proto::Json{{"ticket_id", 7}, {"message_id", 70}}, 1);
    QTRY_COMPARE(support.size(), 1);
    QCOMPARE(support.at(0).at(0).toString(), QStringLiteral("ticket.message"));
    QCOMPARE(support.at(0).at(1).value<proto::Json>().at("ticket_id").get<int>(), 7);

    m_feed->failWith(503, QStringLiteral("hold"));
    QTRY_VERIFY(!m_sync->isOnline());
    m_feed->publishGlobal(proto::change_kind::kTicketUpdated, proto::Json{{"ticket_id", 7}, {"change", "assignee"}});
    m_feed->publishGlobal(proto::change_kind::kCannedReplyUpdated, proto::Json{{"canned_reply_id", 3}});
    m_feed->recover();
    QTRY_COMPARE(support.size(), 3);
    QCOMPARE(support.at(1).at(0).toString(), QStringLiteral("ticket.updated"));
    QCOMPARE(support.at(2).at(0).toString(), QStringLiteral("canned_reply.updated"));
    QCOMPARE(orderEvents.size(), 0);
    QVERIFY(m_server->requestsTo(QStringLiteral("/api/v1/orders/1")).isEmpty());
}

// Another admin's wallets, limits and settings reach the admin window through the same feed, in
// feed order and replayed after an outage; they name no order and fetch nothing.
void TestChangeFeedSync::configEventsAreAnnouncedInOrder()
{
    QSignalSpy caughtUp(m_sync.get(), &ChangeFeedSync::caughtUp);
    QSignalSpy config(m_sync.get(), &ChangeFeedSync::configEvent);
    QSignalSpy support(m_sync.get(), &ChangeFeedSync::supportEvent);
    startSync();
    QTRY_COMPARE(caughtUp.size(), 1);

    m_feed->publishGlobal(proto::change_kind::kWalletUpdated, proto::Json{{"wallet_id", 3}, {"active", false}});
    QTRY_COMPARE(config.size(), 1);
    QCOMPARE(config.at(0).at(0).toString(), QStringLiteral("wallet.updated"));
    QCOMPARE(config.at(0).at(1).value<proto::Json>().at("wallet_id").get<int>(), 3);

    m_feed->failWith(503, QStringLiteral("hold"));
    QTRY_VERIFY(!m_sync->isOnline());
    m_feed->publishGlobal(proto::change_kind::kLimitsUpdated, proto::Json{{"limit_id", 1}, {"rule", "x"}});
    m_feed->publishGlobal(proto::change_kind::kSettingsUpdated, proto::Json::object());
    m_feed->recover();
    QTRY_COMPARE(config.size(), 3);
    QCOMPARE(config.at(1).at(0).toString(), QStringLiteral("limits.updated"));
    QCOMPARE(config.at(2).at(0).toString(), QStringLiteral("settings.updated"));
    QCOMPARE(support.size(), 0);
}

// An admin-only account: syncd refuses it the order list and the cards (403), which used to keep
// its feed offline for good, so the admin window never heard of another admin's change.
void TestChangeFeedSync::anAccountThatWorksNoOrdersFollowsTheRest()
{
    m_feed->setOrder(makeOrder(1));
    m_feed->publish(makeOrder(2, domain::OrderStatus::Assigned, "1000.00", 2), proto::change_kind::kOrderTransitioned,
                    false);
    m_feed->publishGlobal(proto::change_kind::kWalletUpdated, proto::Json{{"wallet_id", 3}});
    QSignalSpy caughtUp(m_sync.get(), &ChangeFeedSync::caughtUp);
    QSignalSpy config(m_sync.get(), &ChangeFeedSync::configEvent);
    QSignalSpy support(m_sync.get(), &ChangeFeedSync::supportEvent);
    QSignalSpy orderEvents(m_sync.get(), &ChangeFeedSync::orderEvent);
    m_sync->setFollowsOrders(false);
    startSync();
    QTRY_COMPARE(caughtUp.size(), 1);
    QVERIFY(m_sync->isOnline());
    QCOMPARE(config.size(), 1);
    QCOMPARE(config.at(0).at(0).toString(), QStringLiteral("wallet.updated"));

    m_feed->publish(makeOrder(3), proto::change_kind::kOrderCreated, true);
    m_feed->publishGlobal(proto::change_kind::kTicketUpdated, proto::Json{{"ticket_id", 7}, {"change", "assignee"}});
    m_feed->publishGlobal(proto::change_kind::kLimitsUpdated, proto::Json{{"limit_id", 1}});
    QTRY_COMPARE(config.size(), 2);
    QCOMPARE(config.at(1).at(0).toString(), QStringLiteral("limits.updated"));
    QCOMPARE(support.size(), 1);
    QTRY_COMPARE(m_cache->lastSeq(), 5);
    QCOMPARE(orderEvents.size(), 0);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_server->requestsTo(QStringLiteral("/api/v1/orders")).isEmpty());
    QVERIFY(m_server->requestsTo(QStringLiteral("/api/v1/orders/2")).isEmpty());
    QVERIFY(m_sync->isOnline());
}

// The server's database was restored from a backup: its feed numbers events again from below our
// cached seq. Polling on from seq 5 would skip the restored desk's events 1..5, so the queue drops
// what it cached and starts over from a snapshot, and a new event numbered below 5 still arrives.
void TestChangeFeedSync::aReplacedFeedStartsOver()
{
    QVERIFY(m_cache->applyChanges({makeOrder(1), makeOrder(2)}, {}, 5));
    QVERIFY(m_cache->setFeedEpoch(111));
    m_feed->setEpoch(222);
    m_feed->setOrder(makeOrder(2));
    m_feed->publish(makeOrder(3), proto::change_kind::kOrderCreated, true); // seq 1 of the new feed
    QSignalSpy startedOver(m_sync.get(), &ChangeFeedSync::startedOver);
    QSignalSpy caughtUp(m_sync.get(), &ChangeFeedSync::caughtUp);
    startSync();
    QCOMPARE(m_model->rowCount(), 2); // the cache is shown until the server says otherwise
    QTRY_COMPARE(caughtUp.size(), 1);
    QCOMPARE(startedOver.size(), 1);
    QVERIFY(!m_model->find(1)); // gone with the old database
    QVERIFY(m_model->find(2));
    QVERIFY(m_model->find(3));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_cache->feedEpoch(), 222);
    QCOMPARE(m_cache->orderCount(), 2);
    QCOMPARE(m_sync->lastSeq(), 1);
    QCOMPARE(m_server->requestsTo(QStringLiteral("/api/v1/orders")).size(), 1); // the snapshot
    const auto polls = m_server->requestsTo(QStringLiteral("/api/v1/changes"));
    QCOMPARE(polls.first().query.queryItemValue(QStringLiteral("since")), QStringLiteral("5"));
    QCOMPARE(polls.at(1).query.queryItemValue(QStringLiteral("since")), QStringLiteral("0"));

    // Event 2 of the new feed is below the old seq 5 and reaches the queue all the same.
    m_feed->publish(makeOrder(4), proto::change_kind::kOrderCreated, true);
    QTRY_VERIFY(m_model->find(4));
    QTRY_COMPARE(m_cache->lastSeq(), 2);
    QCOMPARE(startedOver.size(), 1);
}

QTEST_GUILESS_MAIN(TestChangeFeedSync)
#include "tst_ChangeFeedSync.moc"
