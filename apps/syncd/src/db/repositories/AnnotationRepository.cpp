#include "db/repositories/AnnotationRepository.h"

#include <pqxx/result>

namespace p2pdesk::syncd::db {

namespace {

// Per-mille integers travel as fractions; rounding back recovers the exact integer.
constexpr const char *kColumns =
    "a.id, a.attachment_id, a.operator_id, o.username, round(a.x * 1000)::bigint, round(a.y * 1000)::bigint, "
    "round(a.width * 1000)::bigint, round(a.height * 1000)::bigint, a.note, "
    "(extract(epoch FROM a.created_at) * 1000000)::bigint";

AnnotationRow readRow(const pqxx::row &row)
{
    AnnotationRow a;
    a.id = row[0].as<std::int64_t>();
    a.attachmentId = row[1].as<std::int64_t>();
    a.operatorId = row[2].as<std::int64_t>();
    a.operatorUsername = row[3].as<std::string>();
    a.x = row[4].as<std::int64_t>();
    a.y = row[5].as<std::int64_t>();
    a.w = row[6].as<std::int64_t>();
    a.h = row[7].as<std::int64_t>();
    a.note = row[8].as<std::string>();
    a.createdAt = std::chrono::system_clock::time_point(std::chrono::microseconds(row[9].as<std::int64_t>()));
    return a;
}

} // namespace

AnnotationRow AnnotationRepository::insert(pqxx::work &work, std::int64_t attachmentId, std::int64_t operatorId,
                                           std::int64_t x, std::int64_t y, std::int64_t w, std::int64_t h,
                                           const std::string &note)
{
    const auto id = work.exec_params1("INSERT INTO annotations (attachment_id, operator_id, x, y, width, height, note) "
                                      "VALUES ($1, $2, $3::float8 / 1000, $4::float8 / 1000, $5::float8 / 1000, "
                                      "$6::float8 / 1000, $7) RETURNING id",
                                      attachmentId, operatorId, x, y, w, h, note)[0]
                        .as<std::int64_t>();
    return readRow(work.exec_params1(std::string("SELECT ") + kColumns +
                                         " FROM annotations a JOIN operators o ON o.id = a.operator_id WHERE a.id = $1",
                                     id));
}

std::vector<AnnotationRow> AnnotationRepository::listForAttachment(pqxx::work &work, std::int64_t attachmentId)
{
    const auto result = work.exec_params(std::string("SELECT ") + kColumns +
                                             " FROM annotations a JOIN operators o ON o.id = a.operator_id "
                                             "WHERE a.attachment_id = $1 ORDER BY a.id",
                                         attachmentId);
    std::vector<AnnotationRow> rows;
    rows.reserve(result.size());
    for (const auto &row : result)
        rows.push_back(readRow(row));
    return rows;
}

} // namespace p2pdesk::syncd::db
