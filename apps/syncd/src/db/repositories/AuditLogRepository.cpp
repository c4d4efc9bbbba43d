#include "db/repositories/AuditLogRepository.h"

#include "db/repositories/ColumnReaders.h"

#include <pqxx/result>

namespace p2pdesk::syncd::db {

namespace {

const char *orNull(const std::optional<std::string> &value)
{
    return value ? value->c_str() : nullptr;
}

} // namespace

std::vector<AuditLogRow> AuditLogRepository::list(pqxx::work &work, const AuditFilter &filter)
{
    // Not prepared: the best plan depends on which filters are given (an entity's rows by its
    // index, an actor's by theirs, the newest rows by the primary key).
    static const std::string sql =
        "SELECT a.seq, " + columns::micros("a.at") +
        ", a.actor, o.id, o.username, a.action, a.entity, a.entity_id, a.reason, host(a.ip), a.user_agent, "
        "a.workstation_id, a.payload::text, a.hash IS NOT NULL "
        "FROM audit_log a LEFT JOIN operators o ON a.actor = 'operator:' || o.id::text "
        "WHERE ($1::text IS NULL OR a.actor = $1::text) "
        "AND ($2::text IS NULL OR a.entity = $2::text) "
        "AND ($3::text IS NULL OR a.entity_id = $3::text) "
        "AND ($4::text IS NULL OR a.action = $4::text "
        "     OR (right($4::text, 1) = '.' AND left(a.action, length($4::text)) = $4::text)) "
        "AND ($5::timestamptz IS NULL OR a.at >= $5::timestamptz) "
        "AND ($6::timestamptz IS NULL OR a.at < $6::timestamptz) "
        "AND ($7::bigint IS NULL OR a.seq < $7::bigint) "
        "ORDER BY a.seq DESC LIMIT $8";
    const std::optional<std::string> from =
        filter.from ? std::optional(columns::timestampParam(*filter.from)) : std::nullopt;
    const std::optional<std::string> to = filter.to ? std::optional(columns::timestampParam(*filter.to)) : std::nullopt;
    const std::optional<std::string> before =
        filter.beforeSeq ? std::optional(std::to_string(*filter.beforeSeq)) : std::nullopt;
    const auto result = work.exec_params(sql, orNull(filter.actor), orNull(filter.entity), orNull(filter.entityId),
                                         orNull(filter.action), orNull(from), orNull(to), orNull(before), filter.limit);
    std::vector<AuditLogRow> rows;
    rows.reserve(result.size());
    for (const auto &row : result) {
        AuditLogRow r;
        r.seq = row[0].as<std::int64_t>();
        r.at = columns::timestamp(row[1]);
        r.actor = row[2].as<std::string>();
        r.operatorId = row[3].get<std::int64_t>();
        r.operatorUsername = row[4].get<std::string>();
        r.action = row[5].as<std::string>();
        r.entity = row[6].as<std::string>();
        r.entityId = row[7].get<std::string>();
        r.reason = row[8].get<std::string>();
        r.ip = row[9].get<std::string>();
        r.userAgent = row[10].get<std::string>();
        r.workstationId = row[11].get<std::string>();
        r.payload = nlohmann::json::parse(row[12].as<std::string>(), nullptr, false);
        if (!r.payload.is_object())
            r.payload = nlohmann::json::object();
        r.sealed = row[13].as<bool>();
        rows.push_back(std::move(r));
    }
    return rows;
}

AuditSealState AuditLogRepository::sealState(pqxx::transaction_base &tx)
{
    // The newest sealed row by the primary key backwards (nearly every row is sealed), the
    // unsealed tail by its partial index.
    const auto row = tx.exec1("SELECT (SELECT seq FROM audit_log WHERE hash IS NOT NULL ORDER BY seq DESC LIMIT 1), "
                              "(SELECT count(*) FROM audit_log WHERE hash IS NULL)");
    AuditSealState state;
    state.lastSealedSeq = row[0].get<std::int64_t>();
    state.pendingRows = row[1].as<std::int64_t>();
    return state;
}

std::optional<AuditChainLink> AuditLogRepository::sealedHead(pqxx::transaction_base &tx)
{
    const auto result =
        tx.exec("SELECT seq, encode(hash, 'hex') FROM audit_log WHERE hash IS NOT NULL ORDER BY seq DESC LIMIT 1");
    if (result.empty())
        return std::nullopt;
    return AuditChainLink{result[0][0].as<std::int64_t>(), result[0][1].as<std::string>()};
}

std::optional<AuditChainLink> AuditLogRepository::link(pqxx::transaction_base &tx, std::int64_t seq)
{
    const auto result =
        tx.exec_params("SELECT seq, coalesce(encode(hash, 'hex'), '') FROM audit_log WHERE seq = $1", seq);
    if (result.empty())
        return std::nullopt;
    return AuditChainLink{result[0][0].as<std::int64_t>(), result[0][1].as<std::string>()};
}

} // namespace p2pdesk::syncd::db
