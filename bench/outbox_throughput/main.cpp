// bench/outbox_throughput — how fast the outbox drains into Telegram when the global cap is the
// limit: N queued messages spread over M chats, delivered by one OutboxSender to the fake Bot API.
//
// Prints delivered msgs/s (should approach telegram.global_per_second, never exceed it) and the
// most messages the fake saw within any one second.
//
// Usage: bench_outbox_throughput [messages=300] [chats=100] [global_per_second=30]
// Needs the PostgreSQL server binaries; starts and removes its own cluster unless
// P2PDESK_TEST_PGHOST_FILE names a running one.
#include "BenchCluster.h"
#include "db/ConnectionPool.h"
#include "db/repositories/OutboxRepository.h"
#include "tg/BotApiClient.h"
#include "tg/OutboxSender.h"
#include <unistd.h>

#include "p2pdesk/test/FakeBotApi.h"
#include "p2pdesk/test/PgTestDatabase.h"

#include <pqxx/transaction>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <thread>

namespace {

using namespace p2pdesk;

using bench::BenchCluster;

} // namespace

int main(int argc, char **argv)
{
    const int messages = argc > 1 ? std::atoi(argv[1]) : 300;
    const int chats = argc > 2 ? std::atoi(argv[2]) : 100;
    const int perSecond = argc > 3 ? std::atoi(argv[3]) : 30;
    try {
        BenchCluster cluster;
        test::PgTestDatabase db;
        syncd::db::ConnectionPool pool(db.conninfo(), 4, std::chrono::seconds(5));
        test::FakeBotApi api;
        syncd::tg::BotApiSettings settings;
        settings.baseUrl = api.baseUrl();
        settings.token = api.token();
        syncd::tg::BotApiClient client(settings);
        {
            auto conn = db.connect();
            pqxx::work tx(*conn);
            for (int i = 0; i < messages; ++i) {
                syncd::db::OutboxMessage m;
                const auto chat = 100000 + i % chats;
                m.recipient = std::to_string(chat);
                m.payload = {{"method", "sendMessage"},
                             {"params",
                              {{"chat_id", chat},
                               {"text", "<b>Order</b> update " + std::to_string(i)},
                               {"parse_mode", "HTML"}}}};
                syncd::db::OutboxRepository::enqueue(tx, m);
            }
            tx.commit();
        }
        syncd::tg::SenderLimits limits;
        limits.globalPerSecond = perSecond;
        syncd::tg::OutboxSender sender(pool, client, &std::chrono::system_clock::now, limits);

        const auto started = std::chrono::steady_clock::now();
        int delivered = 0;
        while (delivered < messages) {
            const int n = sender.runOnce();
            delivered += n;
            // A bench: between rounds that found nothing allowed, yield the CPU briefly.
            if (n == 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            if (std::chrono::steady_clock::now() - started > std::chrono::minutes(10))
                throw std::runtime_error("outbox did not drain within 10 minutes");
        }
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        const auto sent = api.sent();
        std::size_t peak = 0;
        for (std::size_t i = 0, j = 0; j < sent.size(); ++j) {
            while (sent[j].at - sent[i].at >= std::chrono::seconds(1))
                ++i;
            peak = std::max(peak, j - i + 1);
        }
        std::printf("outbox: %d messages to %d chats in %.2f s = %.1f msgs/s (cap %d/s); peak %zu in any 1 s\n",
                    messages, chats, seconds, messages / seconds, perSecond, peak);
        return 0;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_outbox_throughput: %s\n", e.what());
        return 1;
    }
}
