#include "db/repositories/CannedReplyRepository.h"

#include "db/repositories/ColumnReaders.h"

#include <pqxx/result>

namespace p2pdesk::syncd::db {

namespace {

std::string columnsSql()
{
    return "id, shortcut, title, body_ru, body_en, active, version, " + columns::micros("updated_at");
}

CannedReplyRow readRow(const pqxx::row &row)
{
    CannedReplyRow r;
    r.id = row[0].as<std::int64_t>();
    r.shortcut = row[1].as<std::string>();
    r.title = row[2].as<std::string>();
    r.bodyRu = row[3].as<std::string>();
    r.bodyEn = row[4].as<std::string>();
    r.active = row[5].as<bool>();
    r.version = row[6].as<std::int64_t>();
    r.updatedAt = columns::timestamp(row[7]);
    return r;
}

std::optional<CannedReplyRow> single(const pqxx::result &result)
{
    if (result.empty())
        return std::nullopt;
    return readRow(result[0]);
}

} // namespace

std::vector<CannedReplyRow> CannedReplyRepository::list(pqxx::work &work, bool activeOnly)
{
    const auto result = work.exec_params(
        "SELECT " + columnsSql() + " FROM canned_replies WHERE active OR NOT $1 ORDER BY shortcut", activeOnly);
    std::vector<CannedReplyRow> out;
    for (const auto &row : result)
        out.push_back(readRow(row));
    return out;
}

std::optional<CannedReplyRow> CannedReplyRepository::find(pqxx::work &work, std::int64_t id)
{
    return single(work.exec_params("SELECT " + columnsSql() + " FROM canned_replies WHERE id = $1", id));
}

std::optional<CannedReplyRow> CannedReplyRepository::insert(pqxx::work &work, const CannedReplyRow &row)
{
    return single(work.exec_params("INSERT INTO canned_replies (shortcut, title, body_ru, body_en, active) "
                                   "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (shortcut) DO NOTHING RETURNING " +
                                       columnsSql(),
                                   row.shortcut, row.title, row.bodyRu, row.bodyEn, row.active));
}

std::optional<CannedReplyRow> CannedReplyRepository::update(pqxx::work &work, const CannedReplyRow &row)
{
    return single(work.exec_params("UPDATE canned_replies SET shortcut = $3, title = $4, body_ru = $5, body_en = $6, "
                                   "active = $7, version = version + 1, updated_at = now() "
                                   "WHERE id = $1 AND version = $2 RETURNING " +
                                       columnsSql(),
                                   row.id, row.version, row.shortcut, row.title, row.bodyRu, row.bodyEn, row.active));
}

} // namespace p2pdesk::syncd::db
