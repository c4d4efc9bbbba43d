// Several syncd instances on one database: exactly one polls Telegram (a second poller would make
// Telegram answer 409 to both), and when it stops another takes over without losing an update.
#include "app/SyncdApp.h"
#include "tg/Bridge.h"

#include "p2pdesk/test/FakeBotApi.h"
#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/SyncdTestServer.h"
#include "p2pdesk/test/TempDir.h"

#include <QObject>
#include <QTest>
#include <pqxx/nontransaction>

#include <fstream>
#include <memory>

using namespace p2pdesk::test;

class TestPollerTakeover final : public QObject {
    Q_OBJECT

private slots:
    void onePollsAndAnotherTakesOver()
    {
        PgTestDatabase db;
        FakeBotApi fake;
        TempDir secrets;
        std::ofstream(secrets.path() / "token") << fake.token();
        SyncdTestServerOptions options;
        options.config = {{"telegram.mode", "polling"},
                          {"telegram.api_base_url", fake.baseUrl()},
                          {"telegram.bot_token_file", (secrets.path() / "token").string()},
                          {"telegram.poll_timeout_s", "1"},
                          {"telegram.worker_interval_ms", "100"},
                          {"telegram.per_chat_interval_ms", "20"}};
        auto first = std::make_unique<SyncdTestServer>(db, options);
        auto second = std::make_unique<SyncdTestServer>(db, options);
        auto poller = [](SyncdTestServer &s) { return s.app().telegramBridge()->poller(); };

        QTRY_VERIFY_WITH_TIMEOUT(poller(*first)->isLeader() || poller(*second)->isLeader(), 10000);
        // Stays exclusive: across several long-poll rounds never both, and Telegram never saw a conflict.
        for (int i = 0; i < 20; ++i) {
            QVERIFY(!(poller(*first)->isLeader() && poller(*second)->isLeader()));
            QTest::qWait(50);
        }
        QVERIFY(poller(*first)->lastError().empty() && poller(*second)->lastError().empty());

        fake.sendText(6'100'000'001LL, "/start");
        QVERIFY(fake.waitFor([](const auto &all) { return !all.empty(); }));

        // The leader goes away (here: stops; a crash drops its connection and lock the same way).
        auto &leader = poller(*first)->isLeader() ? first : second;
        auto &other = leader == first ? second : first;
        leader.reset();
        QTRY_VERIFY_WITH_TIMEOUT(poller(*other)->isLeader(), 15000);
        fake.sendText(6'100'000'002LL, "/start");
        QVERIFY(fake.waitFor([](const std::vector<FakeBotApi::Sent> &all) {
            return std::any_of(all.begin(), all.end(), [](const auto &s) { return s.chatId == 6'100'000'002LL; });
        }));
        auto conn = db.connect();
        pqxx::nontransaction q(*conn);
        QCOMPARE(q.exec1("SELECT count(*) FROM tg_updates WHERE processed_at IS NOT NULL")[0].as<int>(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPollerTakeover)
#include "tst_tg_poller_takeover.moc"
