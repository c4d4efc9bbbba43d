#pragma once

#include "db/ConnectionPool.h"
#include "db/repositories/TgUpdateRepository.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <mutex>
#include <vector>

namespace p2pdesk::syncd::service {

// Where Telegram updates enter the desk, whichever way they came (the bridge's getUpdates poller or
// the HTTPS webhook): stored in tg_updates in one transaction, keyed by update_id, so the caller
// may confirm them to Telegram only afterwards. Processing happens later, one update per
// transaction (tg/UpdateProcessor), so a redelivered update changes nothing.
class TelegramInbox final {
public:
    explicit TelegramInbox(db::ConnectionPool &pool)
        : m_pool(pool)
    {
    }

    // Returns how many were new. Updates without a numeric update_id cannot be keyed and are
    // skipped (counted in `skipped`); everything else is stored, even kinds the bot ignores, so
    // processing records why it skipped them.
    int store(const std::vector<nlohmann::json> &updates, int *skipped = nullptr);

    // Called after a store committed something new (the bridge wakes its processor).
    void setOnStored(std::function<void()> callback);

    // The update's kind (the name of its one payload field) and sender.
    static db::StoredUpdate describe(const nlohmann::json &update);

private:
    db::ConnectionPool &m_pool;
    std::mutex m_mutex;
    std::function<void()> m_onStored;
};

} // namespace p2pdesk::syncd::service
