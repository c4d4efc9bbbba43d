#pragma once

#include "db/ConnectionPool.h"
#include "db/repositories/OutboxRepository.h"
#include "tg/BotApiClient.h"
#include "workers/AdvisoryLock.h"

#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <random>
#include <string>

namespace p2pdesk::syncd::config {
class Config;
}

namespace p2pdesk::syncd::tg {

struct SenderLimits {
    std::chrono::milliseconds perChatInterval{1000}; // Telegram: about 1 message/s per chat
    int globalPerSecond = 30;                        // Telegram: about 30 messages/s overall
    int maxAttempts = 12;                            // failed attempts (5xx, network) before `failed`
    int batchSize = 200;                             // due rows read per round

    // telegram.per_chat_interval_ms, telegram.global_per_second, telegram.outbox_max_attempts.
    static SenderLimits fromConfig(const config::Config &config);
};

// Delivers the outbox's Telegram rows (see db::OutboxRepository for the payload). One sender per
// database: runOnce() takes an advisory lock first and sends nothing while another instance holds it.
//
// Throttling decisions (per-chat spacing, the global rate, 429 pauses, backoff) use the injected
// clock, so tests drive time instead of sleeping. A chat not yet allowed is skipped, not waited for;
// the round ends when the global budget of the current second is spent.
//
// Outcomes per Telegram call:
//   success / "not modified"      → sent (split texts: parts_sent saved after each part, the row's
//                                   tg_message_id is the first part's; a crash resumes at the next)
//   429 retry_after               → next attempt at now + retry_after (not counted as an attempt); the
//                                   chat waits as long. The per-chat interval is kept, so a 429 means
//                                   the global limit was hit: the whole round stops and every chat waits.
//   5xx, network, timeout, 401    → retried with backoff min(2^attempts s, 5 min) ± 20 %, `failed` after
//                                   maxAttempts. A timed-out send may have arrived: it is resent (a
//                                   duplicate is preferred over a lost notification).
//   403, "chat not found"         → `undeliverable` and the customer marked unreachable, in one transaction;
//                                   a customer text goes by e-mail instead when the customer gave an address
//   "can't parse entities"        → the same part resent at once as plain text (htmlToPlain)
//   any other 400 / too long      → `failed` (retrying the same payload cannot succeed)
// E-mail rows are left queued for the e-mail sender (mail::EmailOutboxSender); ops chat rows
// (channel telegram_ops) are delivered like customer rows.
//
// Not thread-safe: one sender, driven by one worker thread, with its own BotApiClient.
class OutboxSender final {
public:
    static constexpr long long kLockKey = 0x7032706f7574626f; // "p2poutbo"
    using Clock = std::function<std::chrono::system_clock::time_point()>;

    OutboxSender(db::ConnectionPool &pool, BotApiClient &client, Clock now = &std::chrono::system_clock::now,
                 SenderLimits limits = {});

    // One round over what is due; returns the number of Telegram calls that delivered something
    // (a part of a split text counts one). 0 when another instance holds the lock. Throws on
    // database errors.
    int runOnce();

private:
    enum class Verdict { Continue, StopRound };

    Verdict deliver(const db::OutboxRow &row, std::int64_t chatId);
    Verdict handleFailure(const db::OutboxRow &row, std::int64_t chatId, const BotApiError &error);
    // The Telegram call for one part (or the whole payload), with the plain-text fallback.
    nlohmann::json send(const std::string &method, nlohmann::json params);
    bool chatAllowed(std::int64_t chatId, std::chrono::system_clock::time_point now) const;
    bool globalAllowed(std::chrono::system_clock::time_point now);
    void noteSent(std::int64_t chatId, std::chrono::system_clock::time_point now);
    std::chrono::system_clock::time_point backoff(int attempts, std::chrono::system_clock::time_point now);

    db::ConnectionPool &m_pool;
    BotApiClient &m_client;
    Clock m_now;
    SenderLimits m_limits;
    workers::AdvisoryLock m_lock;
    std::map<std::int64_t, std::chrono::system_clock::time_point> m_chatNext;
    std::deque<std::chrono::system_clock::time_point> m_recent; // sends within the last second
    std::optional<std::chrono::system_clock::time_point> m_pausedUntil;
    std::mt19937 m_random;
    std::int64_t m_sentCount = 0;
};

} // namespace p2pdesk::syncd::tg
