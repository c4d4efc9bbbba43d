#include "db/repositories/ApprovalRepository.h"

#include "db/PreparedStatement.h"
#include "db/repositories/ColumnReaders.h"

#include <pqxx/result>

namespace p2pdesk::syncd::db {

namespace {

const std::string &selectApprovals()
{
    static const std::string sql = "SELECT a.id, a.order_id, a.order_version, a.approver_id, op.username, "
                                   "array_to_string(op.roles, ','), a.decision, coalesce(a.reason, ''), " +
                                   columns::micros("a.created_at") +
                                   " FROM approvals a JOIN operators op ON op.id = a.approver_id ";
    return sql;
}

std::set<domain::Role> parseRoles(const std::string &text)
{
    std::set<domain::Role> roles;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = text.find(',', start);
        const auto role = domain::parseRole(text.substr(start, end == std::string::npos ? end : end - start));
        if (role)
            roles.insert(*role);
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return roles;
}

ApprovalRow readRow(const pqxx::row &row)
{
    ApprovalRow a;
    a.id = row[0].as<std::int64_t>();
    a.orderId = row[1].as<std::int64_t>();
    a.orderVersion = row[2].as<std::int64_t>();
    a.approverId = row[3].as<std::int64_t>();
    a.approverUsername = row[4].as<std::string>();
    a.approverRoles = parseRoles(row[5].as<std::string>());
    a.approve = row[6].as<std::string>() == "approve";
    a.reason = row[7].as<std::string>();
    a.at = columns::timestamp(row[8]);
    return a;
}

} // namespace

std::int64_t ApprovalRepository::insert(pqxx::work &work, std::int64_t orderId, std::int64_t orderVersion,
                                        std::int64_t approverId, bool approve, const std::string &reason)
{
    return work
        .exec_params1("INSERT INTO approvals (order_id, order_version, approver_id, decision, reason) "
                      "VALUES ($1, $2, $3, $4, $5) RETURNING id",
                      orderId, orderVersion, approverId, std::string(approve ? "approve" : "reject"), reason)[0]
        .as<std::int64_t>();
}

std::vector<ApprovalRow> ApprovalRepository::listForOrder(pqxx::work &work, std::int64_t orderId)
{
    static const PreparedStatement statement{"approvals.list_for_order",
                                             selectApprovals() + "WHERE a.order_id = $1 ORDER BY a.id"};
    const auto result = execPrepared(work, statement, orderId);
    std::vector<ApprovalRow> rows;
    rows.reserve(result.size());
    for (const auto &row : result)
        rows.push_back(readRow(row));
    return rows;
}

std::optional<ApprovalRow> ApprovalRepository::latestForVersion(pqxx::work &work, std::int64_t orderId,
                                                                std::int64_t version)
{
    static const PreparedStatement statement{
        "approvals.latest_for_version",
        selectApprovals() + "WHERE a.order_id = $1 AND a.order_version = $2 ORDER BY a.id DESC LIMIT 1"};
    const auto result = execPrepared(work, statement, orderId, version);
    if (result.empty())
        return std::nullopt;
    return readRow(result[0]);
}

} // namespace p2pdesk::syncd::db
