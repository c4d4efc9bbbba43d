// E-mail: the SMTP sender and the outbox's e-mail sender against a local SMTP sink (STARTTLS with a
// generated certificate, AUTH), and where e-mail rows come from: official notifications through the
// notifier, customers Telegram cannot reach, messages Telegram refused. Time is the senders'
// injected clock, so retries are checked without sleeping.
#include "app/Services.h"
#include "db/ConnectionPool.h"
#include "db/repositories/CustomerRepository.h"
#include "db/repositories/OutboxRepository.h"
#include "mail/EmailOutboxSender.h"
#include "mail/SmtpSender.h"
#include "security/SelfSignedCertificate.h"
#include "service/CustomerEmail.h"
#include "tg/BotApiClient.h"
#include "tg/CustomerNotifier.h"
#include "tg/OutboxSender.h"
#include "tst_syncd_orders_fixture.h"

#include "p2pdesk/test/CapturingLogChannel.h"
#include "p2pdesk/test/FakeBotApi.h"
#include "p2pdesk/test/SmtpSink.h"
#include "p2pdesk/test/TempDir.h"

#include <Poco/AutoPtr.h>
#include <Poco/Channel.h>
#include <Poco/Logger.h>
#include <Poco/Message.h>
#include <QtTest>
#include <pqxx/transaction>

#include <memory>
#include <mutex>

using namespace std::chrono_literals;
using namespace p2pdesk::test::orders;
using nlohmann::json;
using p2pdesk::syncd::db::ConnectionPool;
using p2pdesk::syncd::db::OutboxChannel;
using p2pdesk::syncd::db::OutboxMessage;
using p2pdesk::syncd::db::OutboxRepository;
using p2pdesk::syncd::mail::EmailOutboxSender;
using p2pdesk::syncd::mail::SmtpSender;
using p2pdesk::syncd::mail::SmtpSettings;
using p2pdesk::syncd::service::CustomerEmail;
using p2pdesk::test::FakeBotApi;
using p2pdesk::test::SmtpSink;
using p2pdesk::test::TempDir;

namespace {

const std::string kPassword = "Smtp-pa55word-NEVER-logged";

} // namespace

class TstMailSender : public QObject {
    Q_OBJECT

    Poco::AutoPtr<p2pdesk::test::CapturingLogChannel> m_logs{new p2pdesk::test::CapturingLogChannel};
    std::unique_ptr<TempDir> m_certDir;
    p2pdesk::syncd::security::CertificateFiles m_cert;
    std::unique_ptr<OrdersWorld> m_world;
    std::unique_ptr<ConnectionPool> m_pool;
    std::unique_ptr<SmtpSink> m_sink;
    std::chrono::system_clock::time_point m_now;

    SmtpSettings settings(const std::string &password = kPassword) const
    {
        SmtpSettings s;
        s.host = "localhost";
        s.port = m_sink->port();
        s.user = "desk";
        s.password = password;
        s.from = "desk@p2pdesk.test";
        s.caFile = m_cert.certFile;
        s.timeout = 5s;
        return s;
    }

    std::int64_t enqueueEmail(const std::string &to, const std::string &subject, const std::string &text)
    {
        auto conn = m_world->db.connect();
        pqxx::work tx(*conn);
        OutboxMessage message;
        message.channel = OutboxChannel::Email;
        message.recipient = to;
        message.payload = {{"subject", subject}, {"text", text}};
        const auto id = OutboxRepository::enqueue(tx, message);
        tx.commit();
        return *id;
    }

    std::string status(std::int64_t id) const
    {
        return m_world->scalar("SELECT status FROM outbox WHERE id = " + std::to_string(id));
    }

    // A customer of the bot (with a verification word) and an order of theirs; returns the order id.
    std::int64_t botCustomerOrder(std::int64_t telegramId, const std::string &email, bool unreachable = false)
    {
        auto client = m_world->as(m_world->op1);
        const auto created = createOrder(client, telegramId);
        if (created.status != 201)
            qFatal("order not created: %s", created.body.c_str());
        m_world->sql("UPDATE customers SET verification_word = 'word" + std::to_string(telegramId) +
                     "', language = 'en', email = '" + email + "'" +
                     (unreachable ? ", unreachable_at = now(), unreachable_reason = 'blocked'" : "") +
                     " WHERE tg_user_id = " + std::to_string(telegramId));
        return created.json.at("id").get<std::int64_t>();
    }

private slots:
    void initTestCase()
    {
        Poco::Logger::root().setChannel(m_logs);
        m_certDir = std::make_unique<TempDir>();
        m_cert = p2pdesk::syncd::security::ensureSelfSignedCertificate(m_certDir->path());
    }

    void init()
    {
        m_world = std::make_unique<OrdersWorld>();
        m_pool = std::make_unique<ConnectionPool>(m_world->db.conninfo(), 4, 5s);
        m_sink = std::make_unique<SmtpSink>(SmtpSink::Options{m_cert.certFile, m_cert.keyFile, "desk", kPassword});
        m_now = std::chrono::system_clock::now() + 1s;
    }

    void cleanup()
    {
        m_sink.reset();
        m_pool.reset();
        m_world.reset();
    }

    void validAddresses()
    {
        QVERIFY(CustomerEmail::validAddress("name@example.com"));
        QVERIFY(CustomerEmail::validAddress("a.b+c@mail.example.org"));
        QVERIFY(!CustomerEmail::validAddress(""));
        QVERIFY(!CustomerEmail::validAddress("name.example.com"));
        QVERIFY(!CustomerEmail::validAddress("a@b@example.com"));
        QVERIFY(!CustomerEmail::validAddress("name@localhost"));
        QVERIFY(!CustomerEmail::validAddress("name@example."));
        QVERIFY(!CustomerEmail::validAddress("@example.com"));
        QVERIFY(!CustomerEmail::validAddress("na me@example.com"));
        QVERIFY(!CustomerEmail::validAddress("name@exa\x01mple.com"));
        QVERIFY(!CustomerEmail::validAddress(std::string(250, 'a') + "@b.cd"));
    }

    void deliveredViaStartTlsWithAuth()
    {
        const SmtpSender smtp(settings());
        EmailOutboxSender sender(*m_pool, smtp, [this] { return m_now; });
        const auto id = enqueueEmail("alice@example.com", "Заявка AB-12: статус", "Ваша заявка выполнена.\nСпасибо!");
        QCOMPARE(sender.runOnce(), 1);
        QCOMPARE(status(id), std::string("sent"));
        const auto messages = m_sink->messages();
        QCOMPARE(messages.size(), std::size_t(1));
        const auto &m = messages[0];
        QVERIFY(m.tls);
        QCOMPARE(m.authUser, std::string("desk"));
        QCOMPARE(m.from, std::string("desk@p2pdesk.test"));
        QCOMPARE(m.to, std::vector<std::string>{"alice@example.com"});
        QVERIFY2(m.subject == "Заявка AB-12: статус", m.subject.c_str());
        QVERIFY2(m.body.find("Ваша заявка выполнена.\nСпасибо!") != std::string::npos, m.body.c_str());
        // Sent once: a second round has nothing to do.
        QCOMPARE(sender.runOnce(), 0);
        QCOMPARE(m_sink->messages().size(), std::size_t(1));
    }

    void temporaryFailureRetriedThenDelivered()
    {
        const SmtpSender smtp(settings());
        EmailOutboxSender sender(*m_pool, smtp, [this] { return m_now; });
        const auto id = enqueueEmail("bob@example.com", "Hello", "Body");
        m_sink->failNextRcpt(451, "4.3.0 try again later");
        QCOMPARE(sender.runOnce(), 0);
        QCOMPARE(status(id), std::string("queued"));
        QCOMPARE(m_world->scalar("SELECT attempts FROM outbox WHERE id = " + std::to_string(id)), std::string("1"));
        QVERIFY(m_world->scalar("SELECT last_error FROM outbox WHERE id = " + std::to_string(id)).find("451") !=
                std::string::npos);
        // Not due before the backoff (≥ 24 s).
        m_now += 5s;
        QCOMPARE(sender.runOnce(), 0);
        QVERIFY(m_sink->messages().empty());
        m_now += 2min;
        QCOMPARE(sender.runOnce(), 1);
        QCOMPARE(status(id), std::string("sent"));
        QCOMPARE(m_sink->messages().size(), std::size_t(1));
    }

    void droppedConnectionRetried()
    {
        const SmtpSender smtp(settings());
        EmailOutboxSender sender(*m_pool, smtp, [this] { return m_now; });
        const auto id = enqueueEmail("carol@example.com", "Hello", "Body");
        m_sink->dropNextConnection();
        QCOMPARE(sender.runOnce(), 0);
        QCOMPARE(status(id), std::string("queued"));
        m_now += 2min;
        QCOMPARE(sender.runOnce(), 1);
        QCOMPARE(status(id), std::string("sent"));
    }

    void permanentFailureIsFinal()
    {
        const SmtpSender smtp(settings());
        EmailOutboxSender sender(*m_pool, smtp, [this] { return m_now; });
        const auto id = enqueueEmail("nobody@example.com", "Hello", "Body");
        m_sink->failNextRcpt(550, "5.1.1 no such user");
        QCOMPARE(sender.runOnce(), 0);
        QCOMPARE(status(id), std::string("failed"));
        const auto connections = m_sink->connections();
        m_now += 24h;
        QCOMPARE(sender.runOnce(), 0);
        QCOMPARE(m_sink->connections(), connections);
        QVERIFY(m_sink->messages().empty());
    }

    void starttlsRequiredButNotOffered()
    {
        m_sink = std::make_unique<SmtpSink>(SmtpSink::Options{{}, {}, "desk", kPassword});
        const SmtpSender smtp(settings());
        EmailOutboxSender sender(*m_pool, smtp, [this] { return m_now; });
        const auto id = enqueueEmail("dave@example.com", "Hello", "Body");
        QCOMPARE(sender.runOnce(), 0);
        QCOMPARE(status(id), std::string("queued"));
        QVERIFY(m_sink->messages().empty());
        // Nothing went in the clear: no AUTH was attempted.
        for (const auto &c : m_sink->commands())
            QVERIFY2(c.rfind("AUTH", 0) != 0, c.c_str());
    }

    void passwordNeverInLogsOrErrors()
    {
        // A wrong password: the server refuses AUTH and the message waits (the desk's setup is wrong,
        // not the message); with the right one it is delivered.
        const std::string wrong = kPassword + "-wrong";
        const auto id = enqueueEmail("erin@example.com", "Hello", "Body");
        std::string thrown;
        {
            const SmtpSender bad(settings(wrong));
            EmailOutboxSender badSender(*m_pool, bad, [this] { return m_now; });
            QCOMPARE(badSender.runOnce(), 0);
            QCOMPARE(status(id), std::string("queued"));
            try {
                bad.send({"erin@example.com", "s", "t"});
            } catch (const std::exception &e) {
                thrown = e.what();
            }
        }
        QVERIFY(thrown.find("535") != std::string::npos);
        const auto errors = m_world->scalar("SELECT last_error FROM outbox WHERE id = " + std::to_string(id));
        QVERIFY(errors.find("535") != std::string::npos);
        m_now += 2min;
        const SmtpSender good(settings());
        EmailOutboxSender goodSender(*m_pool, good, [this] { return m_now; });
        QCOMPARE(goodSender.runOnce(), 1);
        QCOMPARE(status(id), std::string("sent"));
        for (const auto &secret : {kPassword, wrong}) {
            QVERIFY(thrown.find(secret) == std::string::npos);
            QVERIFY(errors.find(secret) == std::string::npos);
            QVERIFY(m_logs->text().find(secret) == std::string::npos);
        }
        QVERIFY(m_logs->text().find("e-mail") != std::string::npos); // the failure was logged
    }

    // Official notification: an order cancelled by the desk reaches a customer with an address by
    // Telegram and by e-mail, in their language, once however often the notifier runs.
    void cancelledOrderIsAlsoEmailed()
    {
        auto &services = m_world->server->app().services();
        p2pdesk::syncd::tg::CustomerNotifier notifier(services);
        notifier.runOnce(); // starts the cursor at the current horizon
        const auto id = botCustomerOrder(880001, "frank@example.com");
        auto client = m_world->as(m_world->op1);
        const auto r = transition(client, id, "CANCELLED", 1, "customer changed their mind");
        QCOMPARE(r.status, 200);
        const auto order = std::to_string(id);
        QTRY_VERIFY_WITH_TIMEOUT((notifier.runOnce(), m_world->count("SELECT count(*) FROM outbox WHERE channel = "
                                                                     "'email' AND order_id = " +
                                                                     order) == 1),
                                 10000);
        notifier.runOnce();
        QCOMPARE(m_world->count("SELECT count(*) FROM outbox WHERE channel = 'email' AND order_id = " + order), 1LL);
        QCOMPARE(
            m_world->count("SELECT count(*) FROM outbox WHERE channel = 'telegram_customer' AND order_id = " + order),
            1LL);
        QCOMPARE(m_world->scalar("SELECT recipient FROM outbox WHERE channel = 'email' AND order_id = " + order),
                 std::string("frank@example.com"));
        QVERIFY(m_world->scalar("SELECT dedupe_key FROM outbox WHERE channel = 'email' AND order_id = " + order)
                    .rfind("email:notify:", 0) == 0);
        const auto code = r.json.at("code").get<std::string>();
        // Delivered: subject with the order code, plain text (no tags), the verification word.
        const SmtpSender smtp(settings());
        EmailOutboxSender sender(*m_pool, smtp);
        QCOMPARE(sender.runOnce(), 1);
        const auto m = m_sink->messages().at(0);
        QCOMPARE(m.to, std::vector<std::string>{"frank@example.com"});
        QVERIFY2(m.subject.find(code) != std::string::npos, m.subject.c_str());
        QVERIFY2(m.body.find(code) != std::string::npos, m.body.c_str());
        QVERIFY2(m.body.find('<') == std::string::npos, m.body.c_str());
        QVERIFY2(m.body.find("word880001") != std::string::npos, m.body.c_str());
    }

    // A status message that is not official reaches a reachable customer by Telegram only; an
    // unreachable customer with an address gets it by e-mail instead.
    void unreachableCustomerGetsEmailInsteadOfTelegram()
    {
        auto &services = m_world->server->app().services();
        p2pdesk::syncd::tg::CustomerNotifier notifier(services);
        notifier.runOnce();
        const auto reachable = botCustomerOrder(880002, "gina@example.com");
        const auto unreachable = botCustomerOrder(880003, "hank@example.com", true);
        auto client = m_world->as(m_world->op1);
        QCOMPARE(take(client, reachable).status, 200);
        QCOMPARE(take(client, unreachable).status, 200);
        const auto count = [&](std::int64_t id, const char *channel) {
            return m_world->count(std::string("SELECT count(*) FROM outbox WHERE channel = '") + channel +
                                  "' AND order_id = " + std::to_string(id));
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            (notifier.runOnce(), count(reachable, "telegram_customer") == 1 && count(unreachable, "email") == 1),
            10000);
        QCOMPARE(count(reachable, "email"), 0LL);
        QCOMPARE(count(unreachable, "telegram_customer"), 0LL);
    }

    // Telegram answers 403 for a customer text: undeliverable, the customer marked unreachable, and
    // the same words queued as e-mail in the same transaction.
    void undeliverableTelegramMessageIsEmailed()
    {
        FakeBotApi api;
        p2pdesk::syncd::tg::BotApiSettings botSettings;
        botSettings.baseUrl = api.baseUrl();
        botSettings.token = api.token();
        botSettings.requestTimeout = 3s;
        p2pdesk::syncd::tg::BotApiClient client(botSettings);
        const std::int64_t chat = 880004;
        m_world->sql("INSERT INTO customers (tg_user_id, language, verification_word, email) VALUES (880004, 'en', "
                     "'lotus', 'ivan@example.com')");
        const auto customerId = std::stoll(m_world->scalar("SELECT id FROM customers WHERE tg_user_id = 880004"));
        auto op = m_world->as(m_world->op1);
        const auto order = createOrder(op, 880004);
        QCOMPARE(order.status, 201);
        api.setBlockedByUser(chat, true);
        std::int64_t rowId = 0;
        {
            auto conn = m_world->db.connect();
            pqxx::work tx(*conn);
            OutboxMessage message;
            message.recipient = std::to_string(chat);
            message.customerId = customerId;
            message.orderId = order.json["id"].get<std::int64_t>();
            message.payload = {{"method", "sendMessage"},
                               {"params",
                                {{"chat_id", chat},
                                 {"text", "Your payout <b>is on its way</b>.\n\n🔐 <i>Desk word: lotus</i>"},
                                 {"parse_mode", "HTML"}}}};
            message.dedupeKey = "test:403";
            rowId = *OutboxRepository::enqueue(tx, message);
            tx.commit();
        }
        p2pdesk::syncd::tg::OutboxSender telegram(*m_pool, client, [this] { return m_now; });
        telegram.runOnce();
        QCOMPARE(status(rowId), std::string("undeliverable"));
        QVERIFY(
            !m_world->scalar("SELECT unreachable_at FROM customers WHERE id = " + std::to_string(customerId)).empty());
        QCOMPARE(
            m_world->count("SELECT count(*) FROM outbox WHERE channel = 'email' AND dedupe_key = 'email:test:403'"),
            1LL);
        const SmtpSender smtp(settings());
        EmailOutboxSender sender(*m_pool, smtp, [this] { return m_now; });
        QCOMPARE(sender.runOnce(), 1);
        const auto m = m_sink->messages().at(0);
        QCOMPARE(m.to, std::vector<std::string>{"ivan@example.com"});
        // The subject names the order the message was about.
        const auto code = order.json["code"].get<std::string>();
        QVERIFY2(m.subject.find(code) != std::string::npos, m.subject.c_str());
        QVERIFY2(m.body.find("Your payout is on its way.") != std::string::npos, m.body.c_str());
        // The word once (re-added by the e-mail), not twice.
        const auto first = m.body.find("lotus");
        QVERIFY(first != std::string::npos);
        QVERIFY2(m.body.find("lotus", first + 1) == std::string::npos, m.body.c_str());
    }
};

QTEST_GUILESS_MAIN(TstMailSender)
#include "tst_mail_sender.moc"
