#pragma once

#include <nlohmann/json.hpp>
#include <pqxx/transaction_base>

#include <cstdint>
#include <optional>
#include <string>

namespace p2pdesk::syncd::db {

struct Conversation {
    std::string state = "idle";
    nlohmann::json data = nlohmann::json::object();
};

// `tg_conversations` (where a customer is in a bot flow) and `tg_buttons` (what an inline button
// does). Takes the caller's transaction.
class TgConversationRepository final {
public:
    TgConversationRepository() = delete;

    static Conversation load(pqxx::transaction_base &tx, std::int64_t customerId);
    static void save(pqxx::transaction_base &tx, std::int64_t customerId, const Conversation &conversation);
};

struct ButtonRow {
    std::string token;
    std::string groupToken;
    std::int64_t customerId = 0;
    std::string action;
    nlohmann::json payload = nlohmann::json::object();
};

class TgButtonRepository final {
public:
    TgButtonRepository() = delete;

    static void insert(pqxx::transaction_base &tx, const ButtonRow &button);
    // Spends the button's whole group (every button of its message) and returns the pressed one;
    // nullopt when unknown, another customer's, or already spent.
    static std::optional<ButtonRow> spend(pqxx::transaction_base &tx, const std::string &token,
                                          std::int64_t customerId);
    // Spends the customer's unspent buttons of the new-exchange flow (the flow was left or restarted).
    static void spendAll(pqxx::transaction_base &tx, std::int64_t customerId);
};

// `bridge_state`: small named JSON values of the bridge's singleton workers.
class BridgeStateRepository final {
public:
    BridgeStateRepository() = delete;

    static nlohmann::json get(pqxx::transaction_base &tx, const std::string &name, bool forUpdate = false);
    static void put(pqxx::transaction_base &tx, const std::string &name, const nlohmann::json &value);
};

} // namespace p2pdesk::syncd::db
