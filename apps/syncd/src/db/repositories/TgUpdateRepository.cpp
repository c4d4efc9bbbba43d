#include "db/repositories/TgUpdateRepository.h"

#include "db/PreparedStatement.h"
#include "db/SqlParams.h"

#include <pqxx/result>

namespace p2pdesk::syncd::db {

bool TgUpdateRepository::store(pqxx::transaction_base &tx, const StoredUpdate &update)
{
    static const PreparedStatement statement{
        "tg_updates.store",
        "INSERT INTO tg_updates (update_id, kind, from_user_id, payload) VALUES ($1, $2, $3, $4::jsonb) "
        "ON CONFLICT (update_id) DO NOTHING RETURNING update_id"};
    return !execPrepared(tx, statement, update.updateId, update.kind, nullable(asText(update.fromUserId)),
                         update.payload.dump())
                .empty();
}

std::optional<std::int64_t> TgUpdateRepository::maxUpdateId(pqxx::transaction_base &tx)
{
    const auto row = tx.exec1("SELECT max(update_id) FROM tg_updates");
    if (row[0].is_null())
        return std::nullopt;
    return row[0].as<std::int64_t>();
}

std::vector<std::int64_t> TgUpdateRepository::pending(pqxx::transaction_base &tx, int limit)
{
    std::vector<std::int64_t> ids;
    for (const auto &row : tx.exec_params(
             "SELECT update_id FROM tg_updates WHERE processed_at IS NULL ORDER BY update_id LIMIT $1", limit))
        ids.push_back(row[0].as<std::int64_t>());
    return ids;
}

std::optional<StoredUpdate> TgUpdateRepository::lockPending(pqxx::transaction_base &tx, std::int64_t updateId)
{
    const auto result = tx.exec_params("SELECT update_id, coalesce(kind, 'unknown'), from_user_id, payload::text, "
                                       "attempts FROM tg_updates WHERE update_id = $1 AND processed_at IS NULL "
                                       "FOR UPDATE SKIP LOCKED",
                                       updateId);
    if (result.empty())
        return std::nullopt;
    const auto &row = result[0];
    StoredUpdate u;
    u.updateId = row[0].as<std::int64_t>();
    u.kind = row[1].as<std::string>();
    u.fromUserId = row[2].get<std::int64_t>();
    u.payload = nlohmann::json::parse(row[3].as<std::string>(), nullptr, false);
    u.attempts = row[4].as<int>();
    return u;
}

void TgUpdateRepository::markProcessed(pqxx::transaction_base &tx, std::int64_t updateId,
                                       const std::optional<std::string> &error)
{
    tx.exec_params0("UPDATE tg_updates SET processed_at = now(), error = $2 WHERE update_id = $1", updateId,
                    nullable(error));
}

int TgUpdateRepository::recordFailedAttempt(pqxx::transaction_base &tx, std::int64_t updateId, const std::string &error)
{
    const auto result = tx.exec_params(
        "UPDATE tg_updates SET attempts = attempts + 1, error = $2 WHERE update_id = $1 RETURNING attempts", updateId,
        error);
    return result.empty() ? 0 : result[0][0].as<int>();
}

int TgUpdateRepository::countFromUserSince(pqxx::transaction_base &tx, std::int64_t fromUserId,
                                           std::int64_t beforeUpdateId, std::chrono::seconds window)
{
    // Counted on the time the customer sent each message (Telegram's `date`), not when syncd stored
    // it: after an outage the backlog is stored in one batch and must not read as a flood.
    // Callbacks carry no date of their own; their arrival time stands in. Telegram keeps
    // undelivered updates about a day, so older rows cannot fall in the window.
    return tx
        .exec_params1(
            "WITH sent AS (SELECT update_id, coalesce(to_timestamp((payload->'message'->>'date')::double precision), "
            "received_at) AS at FROM tg_updates WHERE from_user_id = $1 AND update_id <= $2 "
            "AND received_at > now() - interval '2 days') "
            "SELECT count(*) FROM sent, (SELECT at FROM sent WHERE update_id = $2) me "
            "WHERE sent.update_id < $2 AND sent.at > me.at - make_interval(secs => $3)",
            fromUserId, beforeUpdateId, static_cast<double>(window.count()))[0]
        .as<int>();
}

} // namespace p2pdesk::syncd::db
