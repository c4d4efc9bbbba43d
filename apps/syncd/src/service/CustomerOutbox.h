#pragma once

#include "db/repositories/CustomerRepository.h"

#include <nlohmann/json.hpp>
#include <pqxx/transaction>

#include <cstdint>
#include <optional>
#include <string>

namespace p2pdesk::syncd::service {

// A message for the customer's private chat, in Telegram's HTML subset (user content escaped by
// whoever built it: tg/Html.h's escape, or CannedReplyRenderer).
struct CustomerText {
    std::string html;
    nlohmann::json replyMarkup; // null: none; else an InlineKeyboardMarkup object
    std::optional<std::int64_t> orderId;
    std::optional<std::int64_t> ticketMessageId;
    std::optional<std::string> dedupeKey;
};

// The one way anything — the bot's replies, status notifications, an operator's ticket reply —
// writes a message to a customer: an outbox row in the caller's transaction, addressed to the
// customer's private chat, with the customer's verification word appended. Every message the desk
// sends carries the word, so a lookalike "support" account that does not know it cannot pass for
// the desk (DESIGN.md, customer bot).
class CustomerOutbox final {
public:
    CustomerOutbox() = delete;

    // The outbox row's id; nullopt when text.dedupeKey was already enqueued.
    static std::optional<std::int64_t> enqueue(pqxx::work &work, const db::CustomerRow &customer,
                                               const CustomerText &text);
    // Loads the customer first; throws ServiceError not_found for an unknown id.
    static std::optional<std::int64_t> enqueue(pqxx::work &work, std::int64_t customerId, const CustomerText &text);

    // The footer line in the customer's language ("" without a word yet).
    static std::string footer(const db::CustomerRow &customer);
};

} // namespace p2pdesk::syncd::service
