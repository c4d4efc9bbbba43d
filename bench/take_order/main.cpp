// bench/take_order — what the take path costs end to end, and what the HTTPS layer adds to it.
//
// Prints, in one run against a private PostgreSQL cluster and the real syncd:
//   1. concurrent HTTPS clients taking distinct orders: transitions/s, p50/p99;
//   2. the same transaction (OrderService::take: conditional UPDATE, order_history, audit_log,
//      change event) driven directly over libpqxx by the same number of threads, and the ratio;
//   3. change-feed latency: a take is sent → another client's long-poll returns, p50/p99;
//   4. 64 concurrent takers of one order: time until every one of them has its answer.
//
// Usage: bench_take_order [orders-per-phase=800] [clients=8]
// Needs the PostgreSQL server binaries; starts and removes its own cluster unless
// P2PDESK_TEST_PGHOST_FILE names a running one.
#include "BenchCluster.h"
#include "app/Services.h"
#include "db/Transaction.h"
#include "service/OrderServices.h"

#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/proto/Endpoints.h"
#include "p2pdesk/test/HttpsTestClient.h"
#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/SyncdTestServer.h"
#include "p2pdesk/test/TestOperators.h"

#include <pqxx/nontransaction>

#include <algorithm>
#include <atomic>
#include <barrier>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace {

using namespace p2pdesk;
using Clock = std::chrono::steady_clock;

using bench::BenchCluster;

struct Percentiles {
    double p50 = 0;
    double p99 = 0;
};

Percentiles percentiles(std::vector<double> ms)
{
    if (ms.empty())
        return {};
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) { return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * ms.size()))]; };
    return {at(0.50), at(0.99)};
}

double millis(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

std::string pathFor(std::string_view pattern, std::int64_t id)
{
    std::string out(pattern);
    out.replace(out.find("{id}"), 4, std::to_string(id));
    return out;
}

// Orders are created through the real API: distinct customers and payout accounts, so no risk rule
// puts them on hold and every take is a plain NEW -> ASSIGNED.
std::vector<std::int64_t> createOrders(test::HttpsTestClient &client, int count, int &serial)
{
    std::vector<std::int64_t> ids;
    ids.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i, ++serial) {
        char requisites[32];
        std::snprintf(requisites, sizeof requisites, "2200 7000 %04d %04d", serial / 10000, serial % 10000);
        const nlohmann::json body = {{"customer", {{"telegram_id", 500000 + serial}}},
                                     {"direction", "sell"},
                                     {"asset", "USDT"},
                                     {"network", "TRON"},
                                     {"fiat_currency", "RUB"},
                                     {"amount_crypto", "10.000000"},
                                     {"payout_requisites", requisites}};
        const auto r = client.post(std::string(proto::endpoints::kOrders), body);
        if (r.status != 201 && r.status != 200)
            throw std::runtime_error("creating an order failed: " + std::to_string(r.status) + " " + r.body);
        ids.push_back(r.json.at("id").get<std::int64_t>());
    }
    return ids;
}

// Splits `ids` into `parts` slices and runs fn(slice index, id) on one thread per slice; returns the
// per-call latencies and the wall time of the whole phase.
template<typename Fn>
std::pair<std::vector<double>, double> runSliced(const std::vector<std::int64_t> &ids, int parts, Fn fn)
{
    std::vector<std::vector<double>> latencies(static_cast<std::size_t>(parts));
    std::barrier start(parts + 1);
    std::vector<std::thread> threads;
    for (int t = 0; t < parts; ++t) {
        threads.emplace_back([&, t] {
            start.arrive_and_wait();
            for (std::size_t i = static_cast<std::size_t>(t); i < ids.size(); i += static_cast<std::size_t>(parts)) {
                const auto t0 = Clock::now();
                fn(t, ids[i]);
                latencies[static_cast<std::size_t>(t)].push_back(millis(Clock::now() - t0));
            }
        });
    }
    const auto t0 = Clock::now();
    start.arrive_and_wait();
    for (auto &th : threads)
        th.join();
    const double wall = millis(Clock::now() - t0);
    std::vector<double> all;
    for (auto &l : latencies)
        all.insert(all.end(), l.begin(), l.end());
    return {all, wall};
}

void run(int ordersPerPhase, int clients)
{
    BenchCluster cluster;
    test::PgTestDatabase db;
    test::SyncdTestServerOptions options;
    // Room for the 64 racing takers and the long-polls on top of the worker clients. Every client
    // here is 127.0.0.1, so the per-address cap (meant for untrusted networks) is off.
    options.config = {{"http.threads", "160"},
                      {"http.max_connections_per_address", "0"},
                      {"db.pool_size", "48"},
                      {"log.level", "warning"}};
    test::SyncdTestServer server(db, options);
    {
        auto conn = db.connect();
        pqxx::nontransaction tx(*conn);
        tx.exec0("INSERT INTO rates (direction, asset, network, fiat_currency, base_rate, base_updated_at, "
                 "margin_percent, fixed_fee) VALUES ('crypto_to_fiat', 'USDT', 'TRON', 'RUB', 100, now(), 1, 0)");
    }
    auto creatorOp = test::createOperator(server, "bench-creator", {"operator"});
    auto creator = test::clientAs(server, creatorOp);
    std::vector<test::TestOperator> takers;
    for (int i = 0; i < clients; ++i)
        takers.push_back(test::createOperator(server, "bench-taker-" + std::to_string(i), {"operator"}));
    int serial = 0;
    const nlohmann::json takeBody = {{"final_rate", "99.000000"}};

    std::printf("bench/take_order: %d orders per phase, %d concurrent clients, 2 cores shared with the server\n",
                ordersPerPhase, clients);

    // 1. HTTPS.
    auto httpIds = createOrders(creator, ordersPerPhase, serial);
    std::vector<test::HttpsTestClient> httpClients;
    for (int i = 0; i < clients; ++i) {
        httpClients.push_back(test::clientAs(server, takers[static_cast<std::size_t>(i)]));
        httpClients.back().get(std::string(proto::endpoints::kMe)); // warm the TLS connection
    }
    std::atomic<int> httpFailures = 0;
    auto [httpLat, httpWall] = runSliced(httpIds, clients, [&](int t, std::int64_t id) {
        const auto r =
            httpClients[static_cast<std::size_t>(t)].post(pathFor(proto::endpoints::kOrderTake, id), takeBody);
        if (r.status != 200)
            ++httpFailures;
    });
    const double httpRate = 1000.0 * static_cast<double>(httpIds.size()) / httpWall;
    const auto hp = percentiles(httpLat);
    std::printf("  HTTPS take            : %8.0f transitions/s   p50 %6.2f ms   p99 %6.2f ms   (%d failed)\n", httpRate,
                hp.p50, hp.p99, httpFailures.load());

    // 2. The same transaction without HTTP: OrderService::take over a pooled libpqxx connection.
    auto directIds = createOrders(creator, ordersPerPhase, serial);
    auto &services = server.app().services();
    std::atomic<int> directFailures = 0;
    const auto rate = domain::Decimal::parse("99.000000").value();
    auto [directLat, directWall] = runSliced(directIds, clients, [&](int t, std::int64_t id) {
        const auto &op = takers[static_cast<std::size_t>(t)];
        try {
            syncd::db::inTransaction(services.pool(), [&](syncd::db::Transaction &tx) {
                syncd::audit::AuditEntry origin;
                origin.actor = "operator:" + std::to_string(op.id);
                auto actor = syncd::service::OrderActor::forOperator(op.id, {domain::Role::Operator}, origin);
                syncd::service::TakeInput input{rate, std::nullopt, std::nullopt};
                services.orders().transitions().take(tx, id, actor, input);
            });
        } catch (const std::exception &) {
            ++directFailures;
        }
    });
    const double directRate = 1000.0 * static_cast<double>(directIds.size()) / directWall;
    const auto dp = percentiles(directLat);
    std::printf("  direct (libpqxx)      : %8.0f transitions/s   p50 %6.2f ms   p99 %6.2f ms   (%d failed)\n",
                directRate, dp.p50, dp.p99, directFailures.load());
    std::printf("  ratio HTTPS / direct  : %8.2f   (target >= 0.5)\n", httpRate / directRate);

    // 3. Change feed: one client long-polls, another takes; time from sending the take to the
    //    long-poll's return (an upper bound of commit -> wake-up: it includes the take itself).
    const int feedRounds = 200;
    auto feedIds = createOrders(creator, feedRounds, serial);
    auto watcherOp = test::createOperator(server, "bench-watcher", {"operator"});
    auto watcher = test::clientAs(server, watcherOp);
    auto &taker = httpClients.front();
    std::int64_t since = watcher.get(std::string(proto::endpoints::kChanges) + "?since=0&wait=0")
                             .json.value("last_seq", std::int64_t{0});
    std::vector<double> feedLat;
    std::vector<double> takeLat;
    for (const auto id : feedIds) {
        std::atomic<bool> polling = false;
        Clock::time_point sent;
        Clock::time_point woke;
        std::int64_t next = since;
        std::thread poller([&] {
            polling = true;
            for (;;) {
                const auto r = watcher.get(std::string(proto::endpoints::kChanges) + "?since=" + std::to_string(next) +
                                           "&wait=30");
                next = r.json.value("last_seq", next);
                bool mine = false;
                for (const auto &e : r.json.value("events", nlohmann::json::array()))
                    mine = mine || (e.value("order_id", std::int64_t{0}) == id && e.value("status", "") == "ASSIGNED");
                if (mine) {
                    woke = Clock::now();
                    return;
                }
            }
        });
        while (!polling)
            std::this_thread::yield();
        // The poller must be parked in the server before the take, or we measure the race instead.
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        sent = Clock::now();
        taker.post(pathFor(proto::endpoints::kOrderTake, id), takeBody);
        takeLat.push_back(millis(Clock::now() - sent));
        poller.join();
        feedLat.push_back(millis(woke - sent));
        since = next;
    }
    const auto fp = percentiles(feedLat);
    const auto tp = percentiles(takeLat);
    std::printf("  change feed           : take sent -> long-poll returned p50 %6.2f ms   p99 %6.2f ms"
                "   (the take alone: p50 %.2f ms)\n",
                fp.p50, fp.p99, tp.p50);

    // 4. 64 concurrent takers of one order.
    const int racers = 64;
    auto raceId = createOrders(creator, 1, serial).front();
    std::vector<test::HttpsTestClient> racerClients;
    for (int i = 0; i < racers; ++i) {
        racerClients.push_back(test::clientAs(server, takers[static_cast<std::size_t>(i % clients)]));
        racerClients.back().get(std::string(proto::endpoints::kMe));
    }
    std::atomic<int> winners = 0;
    std::atomic<int> alreadyTaken = 0;
    std::barrier go(racers + 1);
    std::vector<std::thread> racerThreads;
    for (int i = 0; i < racers; ++i) {
        racerThreads.emplace_back([&, i] {
            go.arrive_and_wait();
            const auto r =
                racerClients[static_cast<std::size_t>(i)].post(pathFor(proto::endpoints::kOrderTake, raceId), takeBody);
            if (r.status == 200)
                ++winners;
            else if (r.errorCode() == "already_taken")
                ++alreadyTaken;
        });
    }
    const auto raceStart = Clock::now();
    go.arrive_and_wait();
    for (auto &th : racerThreads)
        th.join();
    std::printf("  64 takers, one order  : all answered in %.1f ms   (%d winner, %d already_taken)\n",
                millis(Clock::now() - raceStart), winners.load(), alreadyTaken.load());
}

} // namespace

int main(int argc, char **argv)
{
    const int orders = argc > 1 ? std::atoi(argv[1]) : 800;
    const int clients = argc > 2 ? std::atoi(argv[2]) : 8;
    try {
        run(std::max(orders, 16), std::clamp(clients, 1, 64));
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_take_order: %s\n", e.what());
        return 1;
    }
    return 0;
}
