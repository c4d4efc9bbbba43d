#pragma once

#include "db/repositories/CustomerRepository.h"
#include "tg/BotTexts.h"

#include <nlohmann/json.hpp>
#include <pqxx/transaction>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::tg {

// An inline button: its label and what pressing it does (an action name the bot dispatches on,
// with its arguments). Only an opaque token travels to Telegram; action and arguments stay in
// tg_buttons, so a client cannot forge or replay them.
struct Button {
    std::string label;
    std::string action;
    nlohmann::json args = nlohmann::json::object();
};
using Keyboard = std::vector<std::vector<Button>>;

// What the bot says to one customer while it handles one of their updates (or an order event):
// every message becomes an outbox row in the caller's transaction (service::CustomerOutbox), and
// its buttons rows of tg_buttons, all committed or rolled back with the handling itself.
class BotSender final {
public:
    BotSender(pqxx::work &work, db::CustomerRow customer)
        : m_work(work)
        , m_customer(std::move(customer))
    {
    }

    const db::CustomerRow &customer() const { return m_customer; }
    const std::string &language() const { return m_customer.language; }
    std::string_view text(Text id) const { return tg::text(id, m_customer.language); }
    void setLanguage(const std::string &language) { m_customer.language = language; }

    void say(const std::string &html, const Keyboard &keyboard = {}, std::optional<std::int64_t> orderId = {},
             std::optional<std::string> dedupeKey = {});
    void say(Text id, const Keyboard &keyboard = {}, std::optional<std::int64_t> orderId = {})
    {
        say(std::string(text(id)), keyboard, orderId);
    }
    // Removes the buttons under a message the customer pressed one of (so it cannot be pressed
    // again, and the chat shows what was chosen).
    void clearButtons(std::int64_t messageId);

private:
    nlohmann::json markup(const Keyboard &keyboard);

    pqxx::work &m_work;
    db::CustomerRow m_customer;
};

} // namespace p2pdesk::syncd::tg
