#pragma once

#include <nlohmann/json.hpp>
#include <pqxx/transaction_base>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::db {

enum class OutboxChannel { TelegramCustomer, TelegramOps, Email };

std::string_view toString(OutboxChannel channel) noexcept;

// One message to deliver. For Telegram, `payload` is {"method": "<Bot API method>", "params": {…}}
// with `params.text` in Telegram's HTML subset (tg/OutboxSender falls back to plain text when
// Telegram cannot parse it, and splits texts longer than one message). For e-mail it is
// {"subject": …, "text": …}. `recipient` is the chat id (Telegram) or the address (e-mail).
struct OutboxMessage {
    OutboxChannel channel = OutboxChannel::TelegramCustomer;
    std::string recipient;
    std::optional<std::int64_t> customerId;
    std::optional<std::int64_t> orderId;
    std::optional<std::int64_t> ticketMessageId;
    nlohmann::json payload = nlohmann::json::object();
    // Set when the same cause may be replayed (the notifier re-reading the change feed after a
    // crash): a second enqueue with the key is a no-op.
    std::optional<std::string> dedupeKey;
};

// A queued row as the sender sees it.
struct OutboxRow {
    std::int64_t id = 0;
    OutboxChannel channel = OutboxChannel::TelegramCustomer;
    std::string recipient;
    std::optional<std::int64_t> customerId;
    nlohmann::json payload;
    int attempts = 0;
    int partsSent = 0;
    std::optional<std::int64_t> tgMessageId;
    std::optional<std::string> dedupeKey;
    std::optional<std::string> orderCode; // the order the message is about, if any
};

// `outbox`: written in the transaction of the message's cause, delivered later by the sender worker
// (tg/OutboxSender) — never sent from inside a transaction. Takes the caller's transaction.
class OutboxRepository final {
public:
    OutboxRepository() = delete;

    // The new row's id; nullopt when dedupeKey was already enqueued.
    static std::optional<std::int64_t> enqueue(pqxx::transaction_base &tx, const OutboxMessage &message);

    // Queued rows due at `now` (the sender's clock), oldest first, at most `limit`; e-mail rows only
    // when `withEmail`. A row waits while an older queued row to the same recipient is not due yet,
    // so a retried message is not overtaken by the next one to that chat.
    static std::vector<OutboxRow> due(pqxx::transaction_base &tx, std::chrono::system_clock::time_point now, int limit,
                                      bool withEmail = false);
    // Like due(), but only the rows of one channel (the e-mail sender reads only its own).
    static std::vector<OutboxRow> dueOn(pqxx::transaction_base &tx, OutboxChannel channel,
                                        std::chrono::system_clock::time_point now, int limit);
    // Delivered. tg_message_id keeps the first part's id when a part already stored one.
    static void markSent(pqxx::transaction_base &tx, std::int64_t id, std::optional<std::int64_t> tgMessageId);
    // Part `partsSent` (1-based count) of a split text delivered; the row stays queued.
    static void markPartSent(pqxx::transaction_base &tx, std::int64_t id, int partsSent,
                             std::optional<std::int64_t> tgMessageId);
    // A failed attempt: attempts + 1, retried at nextAttemptAt.
    static void reschedule(pqxx::transaction_base &tx, std::int64_t id,
                           std::chrono::system_clock::time_point nextAttemptAt, const std::string &lastError);
    // Not an attempt (429: Telegram asked to wait): only moves next_attempt_at.
    static void postpone(pqxx::transaction_base &tx, std::int64_t id,
                         std::chrono::system_clock::time_point nextAttemptAt, const std::string &lastError);
    // Final states; neither is retried.
    static void markUndeliverable(pqxx::transaction_base &tx, std::int64_t id, const std::string &reason);
    static void markFailed(pqxx::transaction_base &tx, std::int64_t id, const std::string &reason);

    // For metrics: queued rows, and the age of the oldest one (nullopt when none).
    static std::int64_t depth(pqxx::transaction_base &tx);
    static std::optional<std::chrono::seconds> oldestQueuedAge(pqxx::transaction_base &tx);
};

} // namespace p2pdesk::syncd::db
