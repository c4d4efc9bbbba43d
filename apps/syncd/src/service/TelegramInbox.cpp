#include "service/TelegramInbox.h"

#include "db/Transaction.h"

namespace p2pdesk::syncd::service {

namespace {

constexpr const char *kKinds[] = {"message",
                                  "edited_message",
                                  "callback_query",
                                  "my_chat_member",
                                  "channel_post",
                                  "edited_channel_post",
                                  "inline_query",
                                  "chosen_inline_result",
                                  "shipping_query",
                                  "pre_checkout_query",
                                  "poll",
                                  "poll_answer",
                                  "chat_member",
                                  "chat_join_request",
                                  "message_reaction"};

} // namespace

db::StoredUpdate TelegramInbox::describe(const nlohmann::json &update)
{
    db::StoredUpdate stored;
    stored.kind = "unknown";
    stored.payload = update;
    if (update.is_object() && update.contains("update_id") && update["update_id"].is_number_integer())
        stored.updateId = update["update_id"].get<std::int64_t>();
    if (!update.is_object())
        return stored;
    for (const char *kind : kKinds) {
        if (!update.contains(kind) || !update[kind].is_object())
            continue;
        stored.kind = kind;
        const auto &body = update[kind];
        if (body.contains("from") && body["from"].is_object() && body["from"].contains("id") &&
            body["from"]["id"].is_number_integer())
            stored.fromUserId = body["from"]["id"].get<std::int64_t>();
        break;
    }
    return stored;
}

int TelegramInbox::store(const std::vector<nlohmann::json> &updates, int *skipped)
{
    int fresh = 0;
    int unusable = 0;
    db::inTransaction(m_pool, [&](db::Transaction &tx) {
        for (const auto &update : updates) {
            const auto stored = describe(update);
            if (!update.is_object() || !update.contains("update_id") || !update["update_id"].is_number_integer()) {
                ++unusable;
                continue;
            }
            if (db::TgUpdateRepository::store(tx.work(), stored))
                ++fresh;
        }
    });
    if (skipped)
        *skipped = unusable;
    if (fresh > 0) {
        std::function<void()> callback;
        {
            std::lock_guard lock(m_mutex);
            callback = m_onStored;
        }
        if (callback)
            callback();
    }
    return fresh;
}

void TelegramInbox::setOnStored(std::function<void()> callback)
{
    std::lock_guard lock(m_mutex);
    m_onStored = std::move(callback);
}

} // namespace p2pdesk::syncd::service
