#include "db/repositories/TgConversationRepository.h"

#include <pqxx/result>

namespace p2pdesk::syncd::db {

Conversation TgConversationRepository::load(pqxx::transaction_base &tx, std::int64_t customerId)
{
    const auto result =
        tx.exec_params("SELECT state, data::text FROM tg_conversations WHERE customer_id = $1", customerId);
    Conversation c;
    if (!result.empty()) {
        c.state = result[0][0].as<std::string>();
        c.data = nlohmann::json::parse(result[0][1].as<std::string>(), nullptr, false);
        if (!c.data.is_object())
            c.data = nlohmann::json::object();
    }
    return c;
}

void TgConversationRepository::save(pqxx::transaction_base &tx, std::int64_t customerId,
                                    const Conversation &conversation)
{
    tx.exec_params0("INSERT INTO tg_conversations (customer_id, state, data) VALUES ($1, $2, $3::jsonb) "
                    "ON CONFLICT (customer_id) DO UPDATE SET state = EXCLUDED.state, data = EXCLUDED.data, "
                    "updated_at = now()",
                    customerId, conversation.state, conversation.data.dump());
}

void TgButtonRepository::insert(pqxx::transaction_base &tx, const ButtonRow &button)
{
    tx.exec_params0("INSERT INTO tg_buttons (token, group_token, customer_id, action, payload) "
                    "VALUES ($1, $2, $3, $4, $5::jsonb)",
                    button.token, button.groupToken, button.customerId, button.action, button.payload.dump());
}

std::optional<ButtonRow> TgButtonRepository::spend(pqxx::transaction_base &tx, const std::string &token,
                                                   std::int64_t customerId)
{
    // One statement: of two presses racing, exactly one sees its button unspent.
    const auto result = tx.exec_params(
        "WITH pressed AS (SELECT group_token FROM tg_buttons WHERE token = $1 AND customer_id = $2 AND used_at IS "
        "NULL), "
        "spent AS (UPDATE tg_buttons b SET used_at = now() FROM pressed WHERE b.group_token = pressed.group_token "
        "AND b.used_at IS NULL RETURNING b.token, b.group_token, b.customer_id, b.action, b.payload::text) "
        "SELECT * FROM spent WHERE token = $1",
        token, customerId);
    if (result.empty())
        return std::nullopt;
    const auto &row = result[0];
    ButtonRow b;
    b.token = row[0].as<std::string>();
    b.groupToken = row[1].as<std::string>();
    b.customerId = row[2].as<std::int64_t>();
    b.action = row[3].as<std::string>();
    b.payload = nlohmann::json::parse(row[4].as<std::string>(), nullptr, false);
    return b;
}

void TgButtonRepository::spendAll(pqxx::transaction_base &tx, std::int64_t customerId)
{
    tx.exec_params0("UPDATE tg_buttons SET used_at = now() WHERE customer_id = $1 AND used_at IS NULL "
                    "AND action LIKE 'ex_%'",
                    customerId);
}

nlohmann::json BridgeStateRepository::get(pqxx::transaction_base &tx, const std::string &name, bool forUpdate)
{
    const auto result = tx.exec_params(
        std::string("SELECT value::text FROM bridge_state WHERE name = $1") + (forUpdate ? " FOR UPDATE" : ""), name);
    if (result.empty())
        return nlohmann::json::object();
    return nlohmann::json::parse(result[0][0].as<std::string>(), nullptr, false);
}

void BridgeStateRepository::put(pqxx::transaction_base &tx, const std::string &name, const nlohmann::json &value)
{
    tx.exec_params0("INSERT INTO bridge_state (name, value) VALUES ($1, $2::jsonb) "
                    "ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value, updated_at = now()",
                    name, value.dump());
}

} // namespace p2pdesk::syncd::db
