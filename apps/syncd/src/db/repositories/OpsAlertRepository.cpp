#include "db/repositories/OpsAlertRepository.h"

#include "db/PreparedStatement.h"

#include <pqxx/result>

namespace p2pdesk::syncd::db {

namespace {

std::vector<std::int64_t> ids(const pqxx::result &result)
{
    std::vector<std::int64_t> out;
    out.reserve(result.size());
    for (const auto &r : result)
        out.push_back(r[0].as<std::int64_t>());
    return out;
}

} // namespace

std::vector<std::int64_t> OpsAlertRepository::unassignedNewOrders(pqxx::work &work, int minutes, int limit)
{
    static const PreparedStatement statement{
        "ops.unassigned_new", "SELECT id FROM orders WHERE status = 'NEW' AND holder_operator_id IS NULL "
                              "AND created_at <= now() - make_interval(mins => $1) ORDER BY created_at, id LIMIT $2"};
    return ids(execPrepared(work, statement, minutes, limit));
}

std::vector<std::int64_t> OpsAlertRepository::ordersInStatus(pqxx::work &work, const std::string &status, int limit)
{
    static const PreparedStatement statement{
        "ops.orders_in_status", "SELECT id FROM orders WHERE status = $1 ORDER BY status_entered_at, id LIMIT $2"};
    return ids(execPrepared(work, statement, status, limit));
}

std::int64_t OpsAlertRepository::opsMessagesSince(pqxx::work &work, int seconds)
{
    static const PreparedStatement statement{"ops.messages_since",
                                             "SELECT count(*) FROM outbox WHERE channel = 'telegram_ops' "
                                             "AND created_at > now() - make_interval(secs => $1)"};
    return execPrepared(work, statement, seconds)[0][0].as<std::int64_t>();
}

} // namespace p2pdesk::syncd::db
