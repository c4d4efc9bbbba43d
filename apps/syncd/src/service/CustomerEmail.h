#pragma once

#include "db/repositories/CustomerRepository.h"

#include <pqxx/transaction>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace p2pdesk::syncd::service {

// One e-mail to a customer: plain text (no HTML), written as an outbox row (channel 'email') in the
// caller's transaction and delivered by mail::EmailOutboxSender.
struct CustomerEmailText {
    std::string subject;
    std::string text;
    std::optional<std::int64_t> orderId;
    // What caused it ("notify:<seq>", "outbox:<id>", …): the row's dedupe key is "email:<cause>",
    // so a replayed cause sends nothing twice.
    std::string cause;
};

// E-mail to customers who gave an address in the bot (/email): official notifications (order
// completed, cancelled, dispute outcome) go by e-mail as well as Telegram, and any message goes by
// e-mail instead when Telegram refused delivery (customers.unreachable_at).
class CustomerEmail final {
public:
    CustomerEmail() = delete;

    // The outbox row's id; nullopt when the customer has no address or the cause was already
    // enqueued. The customer's verification word is appended (in their language), as in Telegram.
    static std::optional<std::int64_t> enqueue(pqxx::work &work, const db::CustomerRow &customer,
                                               const CustomerEmailText &email);

    // A subject in the customer's language: "Order <code>: <what>" / "Заявка <code>: <what>", or a
    // general one without an order code.
    static std::string subject(const db::CustomerRow &customer, const std::optional<std::string> &orderCode);

    // What the bot accepts from /email: ≤ 254 bytes, exactly one '@' with text on both sides, a dot
    // inside the domain (not first or last), no spaces or control characters.
    static bool validAddress(std::string_view address);
};

} // namespace p2pdesk::syncd::service
