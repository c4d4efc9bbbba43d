#pragma once

#include <nlohmann/json.hpp>
#include <pqxx/transaction_base>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::db {

struct StoredUpdate {
    std::int64_t updateId = 0;
    std::string kind;                       // "message", "callback_query", … ("unknown" when none known)
    std::optional<std::int64_t> fromUserId; // the sender, when the update has one
    nlohmann::json payload;                 // the update as Telegram sent it
    int attempts = 0;
};

// `tg_updates`: every update Telegram delivered, stored before its offset is confirmed (poller) or
// before the webhook answers 2xx, then processed exactly once. Takes the caller's transaction.
class TgUpdateRepository final {
public:
    TgUpdateRepository() = delete;

    // Inserts the update unless its id is already stored (a redelivery): true when it was new.
    static bool store(pqxx::transaction_base &tx, const StoredUpdate &update);
    // The highest update_id ever stored; the poller continues above it after a restart.
    static std::optional<std::int64_t> maxUpdateId(pqxx::transaction_base &tx);
    // Ids of unprocessed updates, oldest first.
    static std::vector<std::int64_t> pending(pqxx::transaction_base &tx, int limit);
    // Locks an unprocessed update for processing in this transaction (nullopt: processed meanwhile or
    // locked by another processor).
    static std::optional<StoredUpdate> lockPending(pqxx::transaction_base &tx, std::int64_t updateId);
    static void markProcessed(pqxx::transaction_base &tx, std::int64_t updateId,
                              const std::optional<std::string> &error = std::nullopt);
    // A failed attempt (rolled back): counted, with its error, in its own transaction.
    static int recordFailedAttempt(pqxx::transaction_base &tx, std::int64_t updateId, const std::string &error);
    // Updates from this Telegram user sent within `window` before this one (the flood limit).
    static int countFromUserSince(pqxx::transaction_base &tx, std::int64_t fromUserId, std::int64_t beforeUpdateId,
                                  std::chrono::seconds window);
};

} // namespace p2pdesk::syncd::db
