// bench/tg_updates — customers' updates arriving at a sustained rate, through the whole bridge of a
// real in-process syncd: getUpdates long-poll → tg_updates → one transaction per update → outbox →
// sender → the fake Bot API. Each update is a "/help" from a distinct customer (so the per-customer
// flood limit never applies), answered with one message.
//
// Prints the intake rate achieved, the processing rate, and the update → reply-delivered latency
// (p50/p95/p99/max, measured from when the update was pushed to when the fake Bot API received the
// reply). The sender's global cap is lifted to 1000 msg/s for this run: under Telegram's 30 msg/s
// replies to 200 updates/s must queue by design (bench_outbox_throughput measures the cap).
//
// Usage: bench_tg_updates [updates_per_second=200] [seconds=10]
#include "BenchCluster.h"

#include "p2pdesk/test/FakeBotApi.h"
#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/SyncdTestServer.h"
#include "p2pdesk/test/TempDir.h"

#include <pqxx/nontransaction>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <thread>
#include <vector>

namespace {

using namespace p2pdesk;
using Clock = std::chrono::steady_clock;

double ms(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

} // namespace

int main(int argc, char **argv)
{
    const int rate = argc > 1 ? std::max(1, std::atoi(argv[1])) : 200;
    const int seconds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 10;
    const int total = rate * seconds;
    try {
        bench::BenchCluster cluster;
        test::PgTestDatabase db;
        test::FakeBotApi api;
        test::TempDir secrets;
        std::ofstream(secrets.path() / "token") << api.token();
        test::SyncdTestServerOptions options;
        options.config = {{"telegram.mode", "polling"},
                          {"telegram.api_base_url", api.baseUrl()},
                          {"telegram.bot_token_file", (secrets.path() / "token").string()},
                          {"telegram.poll_timeout_s", "1"},
                          {"telegram.worker_interval_ms", "200"},
                          {"telegram.global_per_second", "1000"},
                          {"telegram.per_chat_interval_ms", "1000"}};
        test::SyncdTestServer server(db, options);

        constexpr std::int64_t firstUser = 8'000'000'000LL;
        std::vector<Clock::time_point> pushedAt(static_cast<std::size_t>(total));
        const auto start = Clock::now();
        for (int i = 0; i < total; ++i) {
            // Paced against the start, not the previous push, so the rate does not drift.
            std::this_thread::sleep_until(start + std::chrono::microseconds(1'000'000LL * i / rate));
            pushedAt[static_cast<std::size_t>(i)] = Clock::now();
            api.sendText(firstUser + i, "/help");
        }
        const double intakeSeconds = std::chrono::duration<double>(Clock::now() - start).count();

        const bool done = api.waitFor(
            [total](const std::vector<test::FakeBotApi::Sent> &all) {
                return std::count_if(all.begin(), all.end(), [](const auto &s) { return s.method == "sendMessage"; }) >=
                       total;
            },
            std::chrono::minutes(5));
        const double allSeconds = std::chrono::duration<double>(Clock::now() - start).count();
        if (!done)
            throw std::runtime_error("not every update was answered within 5 minutes");

        std::map<std::int64_t, Clock::time_point> replyAt;
        for (const auto &s : api.sent())
            if (s.method == "sendMessage" && !replyAt.count(s.chatId))
                replyAt[s.chatId] = s.at;
        std::vector<double> latencies;
        latencies.reserve(static_cast<std::size_t>(total));
        for (int i = 0; i < total; ++i)
            latencies.push_back(ms(replyAt.at(firstUser + i) - pushedAt[static_cast<std::size_t>(i)]));
        std::sort(latencies.begin(), latencies.end());
        const auto pct = [&](double p) {
            return latencies[std::min(latencies.size() - 1, static_cast<std::size_t>(p * latencies.size()))];
        };
        auto conn = db.connect();
        pqxx::nontransaction q(*conn);
        const auto span = q.exec1("SELECT extract(epoch FROM max(processed_at) - min(received_at)) FROM tg_updates");
        std::printf(
            "tg updates: %d pushed at %.0f/s (%.1f s); all %d answered after %.1f s; processing %.0f updates/s\n",
            total, total / intakeSeconds, intakeSeconds, total, allSeconds, total / span[0].as<double>());
        std::printf("update -> reply delivered: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms\n", pct(0.50),
                    pct(0.95), pct(0.99), latencies.back());
        return 0;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_tg_updates: %s\n", e.what());
        return 1;
    }
}
