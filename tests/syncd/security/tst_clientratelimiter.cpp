#include "security/ClientRateLimiter.h"

#include <QObject>
#include <QTest>

#include <atomic>
#include <chrono>
#include <deque>
#include <string>
#include <thread>
#include <vector>

using namespace p2pdesk::syncd::security;
using namespace std::chrono_literals;
using Clock = ClientRateLimiter::Clock;

namespace {

constexpr Clock::time_point kStart = Clock::time_point{} + 1000h;

ClientRateLimiter::Config config(std::size_t limit, std::chrono::seconds window, std::size_t maxClients = 1000)
{
    ClientRateLimiter::Config c;
    c.limit = limit;
    c.window = window;
    c.maxClients = maxClients;
    return c;
}

} // namespace

class TestClientRateLimiter final : public QObject {
    Q_OBJECT

private slots:
    void defaultsAreTwentyPerFiveMinutes();
    void refusesOverLimitWithRetryAfter();
    void clientsAreIndependent();
    void slidingWindowNeverExceedsLimit();
    void refusedAttemptsAreNotCounted();
    void idleClientsAreForgotten();
    void clientCapEvictsLeastRecent();
    void timeGoingBackwardsIsClamped();
    void concurrentAcquiresRespectLimit();
    void refusesZeroConfig();
    void keyForAddress_data();
    void keyForAddress();
};

void TestClientRateLimiter::defaultsAreTwentyPerFiveMinutes()
{
    ClientRateLimiter limiter;
    for (int i = 0; i < 20; ++i)
        QVERIFY(limiter.acquire("192.0.2.1", kStart + std::chrono::seconds{i}).allowed);
    const auto refused = limiter.acquire("192.0.2.1", kStart + 20s);
    QVERIFY(!refused.allowed);
    QCOMPARE(refused.retryAfter, 280s);
    QVERIFY(limiter.acquire("192.0.2.1", kStart + 300s).allowed);
}

void TestClientRateLimiter::refusesOverLimitWithRetryAfter()
{
    ClientRateLimiter limiter(config(3, 60s));
    QVERIFY(limiter.acquire("a", kStart).allowed);
    QVERIFY(limiter.acquire("a", kStart + 10s).allowed);
    QVERIFY(limiter.acquire("a", kStart + 20s).allowed);
    auto decision = limiter.acquire("a", kStart + 30s);
    QVERIFY(!decision.allowed);
    QCOMPARE(decision.retryAfter, 30s);
    // Rounded up: half a second left still says "1".
    decision = limiter.acquire("a", kStart + 59500ms);
    QVERIFY(!decision.allowed);
    QCOMPARE(decision.retryAfter, 1s);
    QVERIFY(limiter.acquire("a", kStart + 60s).allowed);
    QVERIFY(!limiter.acquire("a", kStart + 61s).allowed);
    QVERIFY(limiter.acquire("a", kStart + 70s).allowed);
}

void TestClientRateLimiter::clientsAreIndependent()
{
    ClientRateLimiter limiter(config(2, 60s));
    QVERIFY(limiter.acquire("a", kStart).allowed);
    QVERIFY(limiter.acquire("a", kStart).allowed);
    QVERIFY(!limiter.acquire("a", kStart).allowed);
    QVERIFY(limiter.acquire("b", kStart).allowed);
    QVERIFY(limiter.acquire("b", kStart).allowed);
    QVERIFY(!limiter.acquire("b", kStart).allowed);
    QCOMPARE(limiter.trackedClients(), std::size_t(2));
}

// A client hammering once a second for half an hour: no 5-minute window ever holds more than 20
// accepted attempts, and the limiter does let 20 through per window (it is not stricter either).
void TestClientRateLimiter::slidingWindowNeverExceedsLimit()
{
    ClientRateLimiter limiter;
    std::deque<Clock::time_point> accepted;
    std::size_t total = 0;
    for (int s = 0; s < 1800; ++s) {
        const auto now = kStart + std::chrono::seconds{s};
        while (!accepted.empty() && accepted.front() + 300s <= now)
            accepted.pop_front();
        if (limiter.acquire("attacker", now).allowed) {
            accepted.push_back(now);
            ++total;
        }
        QVERIFY(accepted.size() <= 20);
    }
    QCOMPARE(total, std::size_t(120));
}

void TestClientRateLimiter::refusedAttemptsAreNotCounted()
{
    ClientRateLimiter limiter(config(1, 60s));
    QVERIFY(limiter.acquire("a", kStart).allowed);
    for (int i = 1; i < 60; ++i)
        QVERIFY(!limiter.acquire("a", kStart + std::chrono::seconds{i}).allowed);
    // Hammering while refused does not push the window further out.
    QVERIFY(limiter.acquire("a", kStart + 60s).allowed);
}

void TestClientRateLimiter::idleClientsAreForgotten()
{
    ClientRateLimiter limiter(config(5, 60s));
    for (int i = 0; i < 100; ++i)
        QVERIFY(limiter.acquire("client-" + std::to_string(i), kStart).allowed);
    QCOMPARE(limiter.trackedClients(), std::size_t(100));
    QVERIFY(limiter.acquire("late", kStart + 59s).allowed);
    QCOMPARE(limiter.trackedClients(), std::size_t(101));
    QVERIFY(limiter.acquire("late", kStart + 60s).allowed);
    QCOMPARE(limiter.trackedClients(), std::size_t(1));
}

void TestClientRateLimiter::clientCapEvictsLeastRecent()
{
    ClientRateLimiter limiter(config(1, 3600s, 3));
    QVERIFY(limiter.acquire("a", kStart).allowed);
    QVERIFY(limiter.acquire("b", kStart + 1s).allowed);
    QVERIFY(limiter.acquire("c", kStart + 2s).allowed);
    QVERIFY(!limiter.acquire("a", kStart + 3s).allowed); // a is now the most recent
    QVERIFY(limiter.acquire("d", kStart + 4s).allowed);  // evicts b, the least recent
    QCOMPARE(limiter.trackedClients(), std::size_t(3));
    QVERIFY(!limiter.acquire("a", kStart + 5s).allowed);
    QVERIFY(!limiter.acquire("c", kStart + 6s).allowed);
    QVERIFY(limiter.acquire("b", kStart + 7s).allowed); // forgotten, so fresh again
    QCOMPARE(limiter.trackedClients(), std::size_t(3));
}

void TestClientRateLimiter::timeGoingBackwardsIsClamped()
{
    ClientRateLimiter limiter(config(1, 60s));
    QVERIFY(limiter.acquire("a", kStart + 60s).allowed);
    // A caller that read the clock earlier but got the lock later must not slip in.
    QVERIFY(!limiter.acquire("a", kStart).allowed);
    QVERIFY(limiter.acquire("a", kStart + 120s).allowed);
}

void TestClientRateLimiter::concurrentAcquiresRespectLimit()
{
    ClientRateLimiter limiter(config(50, 3600s));
    std::atomic<int> allowed{0};
    std::vector<std::thread> threads;
    threads.reserve(4);
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&limiter, &allowed, t] {
            for (int i = 0; i < 100; ++i) {
                if (limiter.acquire("shared", kStart + std::chrono::milliseconds{i}).allowed)
                    ++allowed;
                (void)limiter.acquire("own-" + std::to_string(t), kStart);
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    QCOMPARE(allowed.load(), 50);
    QCOMPARE(limiter.trackedClients(), std::size_t(5));
}

void TestClientRateLimiter::refusesZeroConfig()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ClientRateLimiter{config(0, 60s)});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ClientRateLimiter{config(1, 0s)});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ClientRateLimiter{config(1, 60s, 0)});
}

void TestClientRateLimiter::keyForAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("key");
    QTest::newRow("ipv4") << QStringLiteral("192.0.2.1") << QStringLiteral("192.0.2.1");
    QTest::newRow("ipv4-mapped") << QStringLiteral("::ffff:192.0.2.1") << QStringLiteral("192.0.2.1");
    QTest::newRow("ipv6 /64") << QStringLiteral("2001:db8:1:2:3:4:5:6") << QStringLiteral("2001:db8:1:2::/64");
    QTest::newRow("same /64") << QStringLiteral("2001:db8:1:2:ffff::1") << QStringLiteral("2001:db8:1:2::/64");
    QTest::newRow("bracketed") << QStringLiteral("[2001:db8::1]") << QStringLiteral("2001:db8::/64");
    QTest::newRow("zone id") << QStringLiteral("fe80::1%eth0") << QStringLiteral("fe80::/64");
    QTest::newRow("loopback v6") << QStringLiteral("::1") << QStringLiteral("::/64");
    QTest::newRow("not an address") << QStringLiteral("unix-socket") << QStringLiteral("unix-socket");
}

void TestClientRateLimiter::keyForAddress()
{
    QFETCH(QString, address);
    QFETCH(QString, key);
    QCOMPARE(QString::fromStdString(ClientRateLimiter::keyForAddress(address.toStdString())), key);
}

QTEST_APPLESS_MAIN(TestClientRateLimiter)
#include "tst_clientratelimiter.moc"
