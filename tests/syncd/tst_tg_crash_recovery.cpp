// syncd killed with SIGKILL in the middle of a burst of customer updates, then started again: no
// update is lost, none is handled twice, and every reply is delivered — at most the one message in
// flight at the moment of the kill twice (Telegram has no idempotency key for sendMessage).
#include "SyncdProcess.h"

#include "p2pdesk/test/FakeBotApi.h"
#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/TempDir.h"

#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>
#include <pqxx/nontransaction>

#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <string>

using namespace p2pdesk::test;

namespace {

constexpr int kCustomers = 40;
constexpr std::int64_t kFirstUser = 6'000'000'000LL;

} // namespace

class TestTelegramCrashRecovery final : public QObject {
    Q_OBJECT

private:
    PgTestDatabase m_db;
    TempDir m_dir;
    FakeBotApi m_fake;

    std::unique_ptr<QProcess> startSyncd()
    {
        std::ofstream(m_dir.path() / "token") << m_fake.token();
        auto config = m_db.configOverrides();
        config["data_dir"] = (m_dir.path() / "data").string();
        config["listen.port"] = "0";
        config["db.migrate_on_start"] = "1";
        config["telegram.mode"] = "polling";
        config["telegram.api_base_url"] = m_fake.baseUrl();
        config["telegram.bot_token_file"] = (m_dir.path() / "token").string();
        config["telegram.poll_timeout_s"] = "1";
        config["telegram.worker_interval_ms"] = "100";
        config["telegram.per_chat_interval_ms"] = "20";
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(syncdEnvironment(config));
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QStringLiteral(SYNCD_BINARY), {QStringLiteral("serve")});
        if (!process->waitForStarted(10000))
            qFatal("syncd did not start");
        return process;
    }

    long long count(const std::string &query) const
    {
        auto conn = m_db.connect();
        pqxx::nontransaction tx(*conn);
        return tx.exec1(query)[0].as<long long>();
    }

    // Greetings delivered per customer (waitFor's predicate gets the list: the fake is locked then).
    static std::map<std::int64_t, int> greetings(const std::vector<FakeBotApi::Sent> &all)
    {
        std::map<std::int64_t, int> out;
        for (const auto &sent : all)
            if (sent.method == "sendMessage" &&
                sent.params.value("text", std::string()).find("desk word") != std::string::npos)
                ++out[sent.chatId];
        return out;
    }

private slots:
    void killedMidBurstLosesAndRepeatsNothing()
    {
        auto syncd = startSyncd();
        QTRY_VERIFY_WITH_TIMEOUT(m_fake.getUpdatesCalls() > 0, 30000);

        for (int i = 0; i < kCustomers; ++i)
            m_fake.sendText(kFirstUser + i, "/start");
        // Kill while the burst is being handled: some replies out, most not.
        QVERIFY(m_fake.waitFor([](const auto &all) { return greetings(all).size() >= 3; }, std::chrono::seconds(30)));
        syncd->kill(); // SIGKILL: no shutdown code runs
        QVERIFY(syncd->waitForFinished(10000));
        const auto deliveredBeforeKill = greetings(m_fake.sent()).size();
        QVERIFY2(deliveredBeforeKill < static_cast<std::size_t>(kCustomers),
                 "the kill came too late to prove anything");

        // More customers write while syncd is down: Telegram keeps their updates.
        for (int i = kCustomers; i < kCustomers + 5; ++i)
            m_fake.sendText(kFirstUser + i, "/start");

        syncd = startSyncd();
        QVERIFY(m_fake.waitFor([](const auto &all) { return greetings(all).size() == kCustomers + 5; },
                               std::chrono::seconds(60)));

        QCOMPARE(count("SELECT count(*) FROM tg_updates"), static_cast<long long>(kCustomers + 5));
        QTRY_COMPARE_WITH_TIMEOUT(count("SELECT count(*) FROM tg_updates WHERE processed_at IS NULL"), 0LL, 10000);
        QCOMPARE(count("SELECT count(*) FROM customers"), static_cast<long long>(kCustomers + 5));
        // Each update was handled once: one greeting row per customer in the outbox.
        QCOMPARE(count("SELECT count(*) FROM outbox WHERE payload->'params'->>'text' LIKE '%desk word%'"),
                 static_cast<long long>(kCustomers + 5));
        QCOMPARE(
            count("SELECT count(DISTINCT customer_id) FROM outbox WHERE payload->'params'->>'text' LIKE '%desk word%'"),
            static_cast<long long>(kCustomers + 5));
        QTRY_COMPARE_WITH_TIMEOUT(count("SELECT count(*) FROM outbox WHERE status <> 'sent'"), 0LL, 10000);
        // Delivered: everyone, and at most the one message in flight at the kill twice.
        int duplicates = 0;
        for (const auto &[chat, n] : greetings(m_fake.sent()))
            duplicates += n - 1;
        QVERIFY2(duplicates <= 1, qPrintable(QString::number(duplicates)));

        syncd->terminate();
        QVERIFY(syncd->waitForFinished(30000));
    }
};

QTEST_GUILESS_MAIN(TestTelegramCrashRecovery)
#include "tst_tg_crash_recovery.moc"
