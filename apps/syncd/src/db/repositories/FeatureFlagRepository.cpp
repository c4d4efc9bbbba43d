#include "db/repositories/FeatureFlagRepository.h"

#include "db/PreparedStatement.h"
#include "db/repositories/ColumnReaders.h"

#include <stdexcept>

namespace p2pdesk::syncd::db {

namespace {

const std::string &selectFlags()
{
    static const std::string sql = "SELECT f.key, f.enabled, " + columns::micros("f.updated_at") +
                                   ", f.updated_by, o.username FROM feature_flags f "
                                   "LEFT JOIN operators o ON o.id = f.updated_by ";
    return sql;
}

FeatureFlagRow readFlag(const pqxx::row &row)
{
    FeatureFlagRow r;
    r.key = row[0].as<std::string>();
    r.enabled = row[1].as<bool>();
    r.updatedAt = columns::timestamp(row[2]);
    r.updatedById = row[3].get<std::int64_t>();
    r.updatedByUsername = row[4].get<std::string>();
    return r;
}

} // namespace

bool FeatureFlagRepository::enabled(pqxx::work &work, const std::string &key, bool fallback)
{
    static const PreparedStatement statement{"feature_flags.enabled",
                                             "SELECT enabled FROM feature_flags WHERE key = $1"};
    const auto result = execPrepared(work, statement, key);
    return result.empty() ? fallback : result[0][0].as<bool>();
}

std::vector<FeatureFlagRow> FeatureFlagRepository::list(pqxx::work &work)
{
    static const PreparedStatement statement{"feature_flags.list", selectFlags() + "ORDER BY f.key"};
    std::vector<FeatureFlagRow> rows;
    for (const auto &row : execPrepared(work, statement))
        rows.push_back(readFlag(row));
    return rows;
}

std::optional<FeatureFlagRow> FeatureFlagRepository::lock(pqxx::work &work, const std::string &key)
{
    static const PreparedStatement statement{"feature_flags.lock", selectFlags() + "WHERE f.key = $1 FOR UPDATE OF f"};
    const auto result = execPrepared(work, statement, key);
    if (result.empty())
        return std::nullopt;
    return readFlag(result[0]);
}

FeatureFlagRow FeatureFlagRepository::save(pqxx::work &work, const std::string &key, bool enabled,
                                           std::int64_t operatorId)
{
    static const PreparedStatement statement{
        "feature_flags.save",
        "INSERT INTO feature_flags (key, enabled, updated_at, updated_by) VALUES ($1, $2, now(), $3) "
        "ON CONFLICT (key) DO UPDATE SET enabled = EXCLUDED.enabled, updated_at = EXCLUDED.updated_at, "
        "updated_by = EXCLUDED.updated_by"};
    execPrepared(work, statement, key, enabled, operatorId);
    auto saved = lock(work, key);
    if (!saved)
        throw std::logic_error("feature flag vanished within its own transaction");
    return *saved;
}

} // namespace p2pdesk::syncd::db
