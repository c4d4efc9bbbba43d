#include "db/repositories/OrderHistoryRepository.h"

#include "db/PreparedStatement.h"
#include "db/SqlParams.h"
#include "db/repositories/ColumnReaders.h"

#include <pqxx/result>

namespace p2pdesk::syncd::db {

std::int64_t OrderHistoryRepository::append(pqxx::work &work, const NewHistoryEntry &entry)
{
    const std::optional<std::string> operatorId =
        entry.operatorId ? std::optional(std::to_string(*entry.operatorId)) : std::nullopt;
    const std::optional<std::string> from =
        entry.from ? std::optional(std::string(domain::toString(*entry.from))) : std::nullopt;
    static const PreparedStatement statement{
        "order_history.append",
        "INSERT INTO order_history (order_id, actor, operator_id, from_status, to_status, order_version, reason, "
        "meta) VALUES ($1, $2, $3::bigint, $4, $5, $6, $7, $8::jsonb) RETURNING id"};
    return execPrepared1(work, statement, entry.orderId, entry.actor, nullable(operatorId), nullable(from),
                         std::string(domain::toString(entry.to)), entry.orderVersion, nullable(entry.reason),
                         entry.meta.dump())[0]
        .as<std::int64_t>();
}

std::vector<HistoryRow> OrderHistoryRepository::list(pqxx::work &work, std::int64_t orderId)
{
    static const PreparedStatement statement{
        "order_history.list",
        "SELECT h.id, " + columns::micros("h.at") +
            ", h.actor, h.operator_id, op.username, h.from_status, h.to_status, h.order_version, h.reason, "
            "h.meta::text FROM order_history h LEFT JOIN operators op ON op.id = h.operator_id "
            "WHERE h.order_id = $1 ORDER BY h.id"};
    const auto result = execPrepared(work, statement, orderId);
    std::vector<HistoryRow> rows;
    rows.reserve(result.size());
    for (const auto &row : result) {
        HistoryRow h;
        h.id = row[0].as<std::int64_t>();
        h.at = columns::timestamp(row[1]);
        h.actor = row[2].as<std::string>();
        h.operatorId = row[3].get<std::int64_t>();
        h.operatorUsername = row[4].get<std::string>();
        h.from = columns::optionalStatus(row[5]);
        h.to = columns::status(row[6]);
        h.orderVersion = row[7].as<std::int64_t>();
        h.reason = row[8].get<std::string>();
        h.meta = nlohmann::json::parse(row[9].as<std::string>(), nullptr, false);
        if (h.meta.is_discarded())
            h.meta = nlohmann::json::object();
        rows.push_back(std::move(h));
    }
    return rows;
}

std::optional<proto::Timestamp> OrderHistoryRepository::lastProofRejection(pqxx::work &work, std::int64_t orderId)
{
    const auto row =
        work.exec_params1("SELECT " + columns::micros("max(at)") +
                              " FROM order_history WHERE order_id = $1 "
                              "AND from_status = 'OPERATOR_VERIFY_PROOF' AND to_status = 'USER_MARKED_SENT'",
                          orderId);
    return columns::optionalTimestamp(row[0]);
}

} // namespace p2pdesk::syncd::db
