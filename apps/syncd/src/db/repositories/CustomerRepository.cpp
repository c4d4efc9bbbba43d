#include "db/repositories/CustomerRepository.h"

#include "db/SqlParams.h"

#include <pqxx/result>

namespace p2pdesk::syncd::db {

CustomerRow CustomerRepository::upsert(pqxx::work &work, std::int64_t telegramId,
                                       const std::optional<std::string> &username)
{
    const auto row = work.exec_params1(
        "INSERT INTO customers (tg_user_id, username) VALUES ($1, $2) "
        "ON CONFLICT (tg_user_id) DO UPDATE SET username = coalesce(EXCLUDED.username, customers.username), "
        "updated_at = now() RETURNING id, tg_user_id, username, blocked",
        telegramId, nullable(username));
    return {row[0].as<std::int64_t>(), row[1].as<std::int64_t>(), row[2].get<std::string>(), row[3].as<bool>()};
}

} // namespace p2pdesk::syncd::db
