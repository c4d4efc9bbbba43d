// The bridge against a Bot API emulator we did not write (npm `telegram-test-api`, started by
// tools/telegram-test-api-check.mjs, which then acts as the customer): /start is answered with the
// greeting and its inline button works. The emulator answers getUpdates at once and may hand out
// an update again; the bridge must store each once and keep working.
#include "tst_syncd_orders_fixture.h"

#include "p2pdesk/test/TempDir.h"

#include <QObject>
#include <QProcess>
#include <QTest>

#include <fstream>

using namespace p2pdesk::test;
using namespace p2pdesk::test::orders;

class TestThirdPartyEmulator final : public QObject {
    Q_OBJECT

private slots:
    void startAndAButtonWorkAgainstTelegramTestApi()
    {
        const auto port = portOutsideEphemeralRange();
        const std::string token = "777000:emulator-token";
        QProcess emulator;
        emulator.setProcessChannelMode(QProcess::MergedChannels);
        emulator.start(QStringLiteral(NODE_BINARY),
                       {QStringLiteral(P2PDESK_SOURCE_DIR "/tools/telegram-test-api-check.mjs"), QString::number(port),
                        QString::fromStdString(token)});
        QVERIFY(emulator.waitForStarted(10000));
        QByteArray output;
        QTRY_VERIFY2_WITH_TIMEOUT((output += emulator.readAll()).contains("listening") ||
                                      emulator.state() == QProcess::NotRunning,
                                  output.constData(), 20000);
        QVERIFY2(emulator.state() == QProcess::Running, output.constData());

        TempDir secrets;
        std::ofstream(secrets.path() / "token") << token;
        SyncdTestServerOptions options;
        options.config = {{"telegram.mode", "polling"},
                          {"telegram.api_base_url", "http://127.0.0.1:" + std::to_string(port)},
                          {"telegram.bot_token_file", (secrets.path() / "token").string()},
                          {"telegram.poll_timeout_s", "1"},
                          {"telegram.worker_interval_ms", "100"},
                          {"telegram.per_chat_interval_ms", "20"}};
        OrdersWorld world(options);
        world.sql("UPDATE operators SET on_duty = true");

        QVERIFY(emulator.waitForFinished(90000));
        output += emulator.readAll();
        QVERIFY2(emulator.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("ok: "), output.constData());
        // Two customer updates (the command and the button), each stored and handled once.
        QCOMPARE(world.count("SELECT count(*) FROM tg_updates"), 2LL);
        QCOMPARE(world.count("SELECT count(*) FROM tg_updates WHERE processed_at IS NOT NULL AND error IS NULL"), 2LL);
        QCOMPARE(world.count("SELECT count(*) FROM customers WHERE tg_user_id = 4242424242"), 1LL);
    }
};

QTEST_GUILESS_MAIN(TestThirdPartyEmulator)
#include "tst_tg_third_party_emulator.moc"
