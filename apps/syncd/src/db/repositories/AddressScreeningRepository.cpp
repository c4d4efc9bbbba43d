#include "db/repositories/AddressScreeningRepository.h"

#include "db/PreparedStatement.h"
#include "db/SqlParams.h"

#include <nlohmann/json.hpp>
#include <pqxx/result>

namespace p2pdesk::syncd::db {

namespace {

constexpr const char *kColumns =
    "s.id, s.attachment_id, s.order_id, s.network, s.address, s.score, s.source, s.provider, s.risk_level, "
    "s.labels::text, s.sender_checked, s.operator_id, o.username, s.reason, "
    "(extract(epoch FROM s.screened_at) * 1000000)::bigint, s.flag_id";

AddressScreeningRow readRow(const pqxx::row &row)
{
    AddressScreeningRow s;
    s.id = row[0].as<std::int64_t>();
    s.attachmentId = row[1].as<std::int64_t>();
    s.orderId = row[2].as<std::int64_t>();
    s.network = row[3].as<std::string>();
    s.address = row[4].as<std::string>();
    s.score = row[5].as<int>();
    s.manual = row[6].as<std::string>() == "manual";
    if (!row[7].is_null())
        s.provider = row[7].as<std::string>();
    if (!row[8].is_null())
        s.riskLevel = row[8].as<std::string>();
    const auto labels = nlohmann::json::parse(row[9].as<std::string>(), nullptr, false);
    if (labels.is_array()) {
        for (const auto &label : labels) {
            if (label.is_string())
                s.labels.push_back(label.get<std::string>());
        }
    }
    s.senderChecked = row[10].as<bool>();
    s.operatorId = row[11].as<std::int64_t>();
    s.operatorUsername = row[12].as<std::string>();
    s.reason = row[13].as<std::string>();
    s.screenedAt = std::chrono::system_clock::time_point(std::chrono::microseconds(row[14].as<std::int64_t>()));
    if (!row[15].is_null())
        s.flagId = row[15].as<std::int64_t>();
    return s;
}

} // namespace

AddressScreeningRow AddressScreeningRepository::insert(pqxx::work &work, const AddressScreeningRow &row)
{
    static const PreparedStatement statement{
        "address_screenings.insert",
        "WITH s AS (INSERT INTO address_screenings (attachment_id, order_id, network, address, score, source, "
        "provider, risk_level, labels, sender_checked, operator_id, reason, flag_id) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11, $12, $13::bigint) RETURNING *) " +
            std::string("SELECT ") + kColumns + " FROM s JOIN operators o ON o.id = s.operator_id"};
    return readRow(execPrepared1(work, statement, row.attachmentId, row.orderId, row.network, row.address, row.score,
                                 std::string(row.manual ? "manual" : "provider"), nullable(row.provider),
                                 nullable(row.riskLevel), nlohmann::json(row.labels).dump(), row.senderChecked,
                                 row.operatorId, row.reason, nullable(asText(row.flagId))));
}

std::vector<AddressScreeningRow> AddressScreeningRepository::listForAttachment(pqxx::work &work,
                                                                               std::int64_t attachmentId)
{
    static const PreparedStatement statement{"address_screenings.for_attachment",
                                             std::string("SELECT ") + kColumns +
                                                 " FROM address_screenings s JOIN operators o ON o.id = s.operator_id "
                                                 "WHERE s.attachment_id = $1 ORDER BY s.id DESC"};
    const auto result = execPrepared(work, statement, attachmentId);
    std::vector<AddressScreeningRow> rows;
    rows.reserve(result.size());
    for (const auto &row : result)
        rows.push_back(readRow(row));
    return rows;
}

} // namespace p2pdesk::syncd::db
