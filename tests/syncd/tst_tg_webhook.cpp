// Webhook mode: Telegram calls syncd's HTTPS route with the secret token; only it may store
// updates, a redelivery changes nothing, and the reply leaves through the outbox as in polling.
#include "tst_syncd_orders_fixture.h"

#include "p2pdesk/proto/Endpoints.h"
#include "p2pdesk/test/FakeBotApi.h"
#include "p2pdesk/test/TempDir.h"

#include <QObject>
#include <QTest>

#include <fstream>

using namespace p2pdesk::test;
using namespace p2pdesk::test::orders;
using Json = nlohmann::json;

namespace {

constexpr const char *kSecret = "s3cret_Token-42";
constexpr std::int64_t kUser = 5'100'000'001LL;

Json startUpdate(std::int64_t updateId)
{
    return {{"update_id", updateId},
            {"message",
             {{"message_id", 1},
              {"date", 1},
              {"from", {{"id", kUser}, {"is_bot", false}, {"first_name", "Web"}, {"language_code", "en"}}},
              {"chat", {{"id", kUser}, {"type", "private"}}},
              {"text", "/start"},
              {"entities", Json::array({{{"type", "bot_command"}, {"offset", 0}, {"length", 6}}})}}}};
}

} // namespace

class TestTelegramWebhook final : public QObject {
    Q_OBJECT

private slots:
    void onlyTelegramStoresUpdatesAndEachOnce()
    {
        FakeBotApi fake;
        TempDir secrets;
        std::ofstream(secrets.path() / "token") << fake.token();
        std::ofstream(secrets.path() / "secret") << kSecret;
        SyncdTestServerOptions options;
        options.config = {{"telegram.mode", "webhook"},
                          {"telegram.api_base_url", fake.baseUrl()},
                          {"telegram.bot_token_file", (secrets.path() / "token").string()},
                          {"telegram.webhook_secret_file", (secrets.path() / "secret").string()},
                          {"telegram.webhook_url", "https://desk.example/api/v1/telegram/webhook"},
                          {"telegram.worker_interval_ms", "100"},
                          {"telegram.per_chat_interval_ms", "20"}};
        OrdersWorld world(options);
        QVERIFY(fake.webhookActive()); // registered on start
        QCOMPARE(fake.getUpdatesCalls(), 0);

        auto client = world.server->client();
        const std::string route(p2pdesk::proto::endpoints::kTelegramWebhook);
        QCOMPARE(client.post(route, startUpdate(11)).status, 401);
        QCOMPARE(client.post(route, startUpdate(11), {{"X-Telegram-Bot-Api-Secret-Token", "s3cret_Token-43"}}).status,
                 401);
        QCOMPARE(client.post(route, startUpdate(11), {{"X-Telegram-Bot-Api-Secret-Token", "s3cret"}}).status, 401);
        QCOMPARE(world.count("SELECT count(*) FROM tg_updates"), 0LL);

        const Headers secret{{"X-Telegram-Bot-Api-Secret-Token", kSecret}};
        QCOMPARE(client.post(route, {{"message", {{"text", "no id"}}}}, secret).status, 422);
        const auto stored = client.post(route, startUpdate(11), secret);
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.json.value("ok", false), true);
        QVERIFY(fake.waitFor([](const std::vector<FakeBotApi::Sent> &all) {
            for (const auto &s : all)
                if (s.chatId == kUser && s.params.value("text", std::string()).find("desk word") != std::string::npos)
                    return true;
            return false;
        }));
        // Telegram retries after a lost answer: the same update changes nothing.
        QCOMPARE(client.post(route, startUpdate(11), secret).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(world.count("SELECT count(*) FROM tg_updates WHERE processed_at IS NOT NULL"), 1LL,
                                  10000);
        QCOMPARE(world.count("SELECT count(*) FROM tg_updates"), 1LL);
        QCOMPARE(world.count("SELECT count(*) FROM outbox WHERE payload->'params'->>'text' LIKE '%desk word%'"), 1LL);
    }
};

QTEST_GUILESS_MAIN(TestTelegramWebhook)
#include "tst_tg_webhook.moc"
