#pragma once

#include <nlohmann/json.hpp>
#include <pqxx/transaction_base>

#include <cstdint>
#include <optional>
#include <string>

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

// `outbox`: written in the transaction of the message's cause, delivered later by the sender worker
// (tg/OutboxSender) — never sent from inside a transaction. Takes the caller's transaction.
class OutboxRepository final {
public:
    OutboxRepository() = delete;

    // The new row's id; nullopt when dedupeKey was already enqueued.
    static std::optional<std::int64_t> enqueue(pqxx::transaction_base &tx, const OutboxMessage &message);
};

} // namespace p2pdesk::syncd::db
