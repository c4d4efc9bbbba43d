// Clients that hold connections without finishing requests (idle sockets, a TLS ClientHello sent
// one byte at a time, a request head that never ends) must not take the server's threads from
// everyone else. Attack traffic comes from 127.0.0.2/.3 (all of 127.0.0.0/8 is loopback on Linux),
// the well-behaved client from 127.0.0.1; nothing leaves the machine.
#include "app/Services.h"
#include "feed/ChangeListener.h"
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/SyncdTestServer.h"
#include "p2pdesk/test/TestOperators.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <QtTest>
#include <pqxx/nontransaction>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <thread>
#include <vector>

using namespace p2pdesk;
using namespace p2pdesk::test;
using Clock = std::chrono::steady_clock;

class TestSyncdConnectionLimits final : public QObject {
    Q_OBJECT

private slots:
    void idleAndSlowClientsFromOneAddressDoNotStallOthers();
    void silentConnectionIsClosedAtTheHeadDeadline();
    void dribbledClientHelloIsClosedAtTheHeadDeadline();
    void dribbledRequestHeadIsClosedAtTheHeadDeadline();
    void idleKeepAliveIsClosedAndLongPollIsNot();
    void waitingLongPollsNeverStarveATake();
};

namespace {

// A TLS 1.2 record header announcing a 512-byte ClientHello, then its first bytes: OpenSSL waits
// for the whole record before it looks at any of it.
const std::string kClientHelloPrefix = [] {
    std::string hello("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11);
    hello.resize(512 + 5, '\x5a');
    return hello;
}();

// A TCP connection from `source` to 127.0.0.1:port, connect started but not awaited (the server
// may refuse it; callers find out through isClosed).
int connectFrom(const char *source, std::uint16_t port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_in local{};
    local.sin_family = AF_INET;
    ::inet_pton(AF_INET, source, &local.sin_addr);
    sockaddr_in remote{};
    remote.sin_family = AF_INET;
    remote.sin_port = htons(port);
    ::inet_pton(AF_INET, "127.0.0.1", &remote.sin_addr);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&local), sizeof local) != 0 ||
        (::connect(fd, reinterpret_cast<sockaddr *>(&remote), sizeof remote) != 0 && errno != EINPROGRESS)) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// The server closed (or reset) the connection: readable with EOF or an error, within `timeout`.
bool isClosed(int fd, std::chrono::milliseconds timeout = std::chrono::milliseconds(0))
{
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, static_cast<int>(timeout.count())) <= 0)
        return false;
    char byte;
    const auto n = ::recv(fd, &byte, 1, MSG_DONTWAIT);
    return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK);
}

// How long until the server closes fd, sending `dribble` one byte every `every` meanwhile (nothing
// when empty); -1 ms when it is still open after `limit`.
std::chrono::milliseconds closedAfter(int fd, const std::string &dribble, std::chrono::milliseconds every,
                                      std::chrono::milliseconds limit, Clock::time_point since = Clock::now())
{
    std::size_t sent = 0;
    while (Clock::now() - since < limit) {
        if (!dribble.empty() && sent < dribble.size())
            ::send(fd, dribble.data() + sent++, 1, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (isClosed(fd, dribble.empty() ? limit : every))
            return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - since);
    }
    return std::chrono::milliseconds(-1);
}

Poco::Net::Context::Ptr clientContext(const SyncdTestServer &server)
{
    Poco::Net::Context::Params params;
    params.caLocation = server.certificateFile().string();
    params.verificationMode = Poco::Net::Context::VERIFY_STRICT;
    params.loadDefaultCAs = false;
    return new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
}

// Holds `idle` silent connections and `slow` ones dribbling a ClientHello from one address, and
// reopens whatever the server closes, as a determined client would.
class Attacker final {
public:
    Attacker(const char *source, std::uint16_t port, int idle, int slow)
        : m_source(source)
        , m_port(port)
        , m_idle(static_cast<std::size_t>(idle), -1)
        , m_slow(static_cast<std::size_t>(slow), -1)
        , m_sent(static_cast<std::size_t>(slow), 0)
    {
        for (auto &fd : m_idle)
            fd = connectFrom(m_source, m_port);
        for (auto &fd : m_slow)
            fd = connectFrom(m_source, m_port);
        m_thread = std::thread([this] { run(); });
    }
    ~Attacker()
    {
        m_stop = true;
        m_thread.join();
        for (int fd : m_idle)
            ::close(fd);
        for (int fd : m_slow)
            ::close(fd);
    }
    int reopened() const { return m_reopened.load(); }

private:
    void run()
    {
        for (int tick = 0; !m_stop; ++tick) {
            // Reopening every half second keeps the pressure up without turning the test into an
            // accept-loop benchmark on a small machine.
            const bool reopen = tick % 10 == 0;
            for (auto &fd : m_idle) {
                if (reopen && (fd < 0 || isClosed(fd))) {
                    ::close(fd);
                    fd = connectFrom(m_source, m_port);
                    ++m_reopened;
                }
            }
            for (std::size_t i = 0; i < m_slow.size(); ++i) {
                auto &fd = m_slow[i];
                if (reopen && (fd < 0 || isClosed(fd))) {
                    ::close(fd);
                    fd = connectFrom(m_source, m_port);
                    m_sent[i] = 0;
                    ++m_reopened;
                    continue;
                }
                if (fd >= 0 && m_sent[i] < kClientHelloPrefix.size() &&
                    ::send(fd, kClientHelloPrefix.data() + m_sent[i], 1, MSG_NOSIGNAL | MSG_DONTWAIT) == 1)
                    ++m_sent[i];
            }
            // The attack's own pace (one byte per connection per tick), not a wait for a condition.
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }

    const char *m_source;
    std::uint16_t m_port;
    std::vector<int> m_idle;
    std::vector<int> m_slow;
    std::vector<std::size_t> m_sent;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_reopened{0};
    std::thread m_thread;
};

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

SyncdTestServerOptions shortDeadlines()
{
    SyncdTestServerOptions options;
    options.config["http.head_timeout_ms"] = "800";
    options.config["http.keep_alive_timeout_s"] = "1";
    return options;
}

std::string changesPath(std::int64_t since, int wait)
{
    return "/api/v1/changes?since=" + std::to_string(since) + "&wait=" + std::to_string(wait);
}

} // namespace

void TestSyncdConnectionLimits::idleAndSlowClientsFromOneAddressDoNotStallOthers()
{
    PgTestDatabase db;
    SyncdTestServerOptions options;
    // Production thread count and per-address cap; deadlines short so the test stays fast.
    options.config["http.threads"] = "128";
    options.config["http.head_timeout_ms"] = "1000";
    options.config["http.keep_alive_timeout_s"] = "2";
    SyncdTestServer server(db, options);
    const auto cap =
        static_cast<std::size_t>(server.app().services().config().integer("http.max_connections_per_address"));
    const auto op = createOperator(server, "op1", {"operator"});
    auto authenticated = clientAs(server, op);
    QCOMPARE(authenticated.get("/api/v1/rates").status, 200);

    Attacker attacker("127.0.0.2", server.port(), 300, 140);
    // The attacker holds its cap and the rest of its connections were refused.
    QTRY_VERIFY_WITH_TIMEOUT(server.app().connectionStats().live >= cap, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(server.app().connectionStats().refusedOverCap > 0, 10000);

    std::vector<double> millis;
    int failures = 0;
    const auto started = Clock::now();
    // Several head deadlines long, so the attacker's connections are closed and reopened meanwhile.
    while (Clock::now() - started < std::chrono::seconds(4) || millis.size() < 40) {
        const auto t0 = Clock::now();
        // A new connection each time: it needs a free thread and a handshake.
        auto fresh = server.client();
        const auto health = fresh.get("/healthz");
        const auto t1 = Clock::now();
        const auto rates = authenticated.get("/api/v1/rates");
        const auto t2 = Clock::now();
        failures += (health.status != 200) + (rates.status != 200);
        millis.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        millis.push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
    }
    const auto stats = server.app().connectionStats();
    std::printf("connection limits: %zu requests under attack, p50 %.1f ms, p99 %.1f ms, max %.1f ms; "
                "attacker reopened %d, refused over cap %llu, closed at deadline %llu\n",
                millis.size(), percentile(millis, 0.5), percentile(millis, 0.99), percentile(millis, 1.0),
                attacker.reopened(), static_cast<unsigned long long>(stats.refusedOverCap),
                static_cast<unsigned long long>(stats.closedByDeadline));
    QCOMPARE(failures, 0);
    QVERIFY2(percentile(millis, 0.99) < 2000.0, "p99 of the well-behaved client's requests");
    QVERIFY(stats.closedByDeadline > 0);
}

void TestSyncdConnectionLimits::silentConnectionIsClosedAtTheHeadDeadline()
{
    PgTestDatabase db;
    SyncdTestServer server(db, shortDeadlines());
    const auto opened = Clock::now();
    const int fd = connectFrom("127.0.0.3", server.port());
    QVERIFY(fd >= 0);
    const auto after = closedAfter(fd, {}, {}, std::chrono::seconds(10), opened);
    ::close(fd);
    QVERIFY2(after.count() >= 0, "never closed");
    QVERIFY2(after >= std::chrono::milliseconds(700), "closed before its deadline");
    QVERIFY2(after < std::chrono::milliseconds(3000), "closed long after its deadline");
}

void TestSyncdConnectionLimits::dribbledClientHelloIsClosedAtTheHeadDeadline()
{
    PgTestDatabase db;
    SyncdTestServer server(db, shortDeadlines());
    const auto opened = Clock::now();
    const int fd = connectFrom("127.0.0.3", server.port());
    QVERIFY(fd >= 0);
    // A byte every 100 ms: every single read succeeds long before any per-read timeout.
    const auto after =
        closedAfter(fd, kClientHelloPrefix, std::chrono::milliseconds(100), std::chrono::seconds(10), opened);
    ::close(fd);
    QVERIFY2(after.count() >= 0, "a dribbling client kept its connection");
    QVERIFY(after >= std::chrono::milliseconds(700));
    QVERIFY(after < std::chrono::milliseconds(3000));
    QTRY_COMPARE(server.app().connectionStats().closedByDeadline, std::uint64_t(1));
}

void TestSyncdConnectionLimits::dribbledRequestHeadIsClosedAtTheHeadDeadline()
{
    PgTestDatabase db;
    SyncdTestServer server(db, shortDeadlines());
    const auto opened = Clock::now();
    Poco::Net::SecureStreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", server.port()), clientContext(server));
    socket.completeHandshake();
    const std::string head = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + std::string(200, 'a');
    std::size_t sent = 0;
    bool closed = false;
    while (!closed && Clock::now() - opened < std::chrono::seconds(10)) {
        try {
            if (sent < head.size())
                socket.sendBytes(head.data() + sent++, 1);
            if (socket.poll(Poco::Timespan(100000), Poco::Net::Socket::SELECT_READ)) {
                char buffer[256];
                closed = socket.receiveBytes(buffer, sizeof buffer) == 0;
                QVERIFY2(closed, "the server answered a request head that never ended");
            }
        } catch (const Poco::Exception &) {
            closed = true;
        }
    }
    const auto after = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - opened);
    QVERIFY2(closed, "a dribbled request head kept its connection");
    QVERIFY(after >= std::chrono::milliseconds(700));
    QVERIFY(after < std::chrono::milliseconds(3000));
}

void TestSyncdConnectionLimits::idleKeepAliveIsClosedAndLongPollIsNot()
{
    PgTestDatabase db;
    SyncdTestServer server(db, shortDeadlines());
    const auto op = createOperator(server, "op1", {"operator"});

    // A long-poll waits inside its request: 3 s, far beyond the head and idle deadlines.
    auto client = clientAs(server, op);
    const auto since = server.app().services().changeListener().refresh();
    const auto t0 = Clock::now();
    const auto poll = client.get(changesPath(since, 3));
    const auto waited = Clock::now() - t0;
    QCOMPARE(poll.status, 200);
    QVERIFY(poll.json["events"].empty());
    QVERIFY2(waited >= std::chrono::milliseconds(2500), "the long-poll was cut short");

    // After a response, an idle keep-alive connection is closed within idle + head time.
    Poco::Net::SecureStreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", server.port()), clientContext(server));
    const std::string request = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    socket.sendBytes(request.data(), static_cast<int>(request.size()));
    char buffer[4096];
    const int got = socket.receiveBytes(buffer, sizeof buffer);
    QVERIFY(got > 0);
    // A GET carries no body (no Content-Length needed): nothing is left to drain, so it stays open.
    QVERIFY(std::string(buffer, static_cast<std::size_t>(got)).find("Connection: Close") == std::string::npos);
    const auto answered = Clock::now();
    bool closed = false;
    while (!closed && Clock::now() - answered < std::chrono::seconds(10)) {
        try {
            if (socket.poll(Poco::Timespan(10, 0), Poco::Net::Socket::SELECT_READ))
                closed = socket.receiveBytes(buffer, sizeof buffer) == 0;
        } catch (const Poco::Exception &) {
            closed = true;
        }
    }
    const auto idle = Clock::now() - answered;
    QVERIFY2(closed, "an idle keep-alive connection was kept");
    QVERIFY(idle >= std::chrono::milliseconds(900));
    QVERIFY(idle < std::chrono::milliseconds(4000));
}

void TestSyncdConnectionLimits::waitingLongPollsNeverStarveATake()
{
    PgTestDatabase db;
    SyncdTestServerOptions options;
    options.config["http.threads"] = "8";
    SyncdTestServer server(db, options);
    const auto op = createOperator(server, "op1", {"operator"});
    auto &services = server.app().services();
    std::int64_t orderId = 0;
    {
        auto conn = db.connect();
        pqxx::nontransaction tx(*conn);
        const auto customer =
            tx.exec1("INSERT INTO customers (tg_user_id) VALUES (778) RETURNING id")[0].as<std::int64_t>();
        orderId = tx.exec_params1("INSERT INTO orders (public_code, direction, asset, network, fiat_currency, "
                                  "amount_crypto, amount_fiat, suggested_rate, status, customer_id) "
                                  "VALUES ('T-7070', 'crypto_to_fiat', 'USDT', 'TRON', 'RUB', 100, 9000, 90, 'NEW', "
                                  "$1) RETURNING id",
                                  customer)[0]
                      .as<std::int64_t>();
    }
    const auto since = services.changeListener().refresh();

    // As many long-polls as there are threads: half may wait, the others answer at once.
    struct Poll {
        HttpsResult result;
        std::atomic<bool> done{false};
        std::thread thread;
        ~Poll()
        {
            if (thread.joinable())
                thread.join();
        }
    };
    constexpr int kPolls = 8;
    std::vector<std::unique_ptr<Poll>> polls;
    for (int i = 0; i < kPolls; ++i) {
        auto poll = std::make_unique<Poll>();
        poll->thread = std::thread([&server, &op, since, p = poll.get()] {
            auto client = clientAs(server, op);
            p->result = client.get(changesPath(since, 30));
            p->done = true;
        });
        polls.push_back(std::move(poll));
    }
    const auto countDone = [&] {
        return std::count_if(polls.begin(), polls.end(), [](const auto &p) { return p->done.load(); });
    };
    QTRY_COMPARE_WITH_TIMEOUT(countDone(), static_cast<long>(kPolls / 2), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(services.changeListener().waiterCount(), std::size_t(kPolls / 2), 15000);
    for (const auto &poll : polls) {
        if (poll->done) {
            QCOMPARE(poll->result.status, 200);
            QVERIFY(poll->result.json["events"].empty());
        }
    }

    auto client = clientAs(server, op);
    const auto t0 = Clock::now();
    const auto take = client.post("/api/v1/orders/" + std::to_string(orderId) + "/take", {{"final_rate", "90"}});
    QCOMPARE(take.status, 200);
    QVERIFY2(Clock::now() - t0 < std::chrono::seconds(5), "the take waited for a thread");

    // The waiting long-polls were still waiting, and the take wakes them.
    QTRY_COMPARE_WITH_TIMEOUT(countDone(), static_cast<long>(kPolls), 15000);
    for (auto &poll : polls) {
        poll->thread.join();
        QCOMPARE(poll->result.status, 200);
    }
}

QTEST_GUILESS_MAIN(TestSyncdConnectionLimits)
#include "tst_syncd_connection_limits.moc"
