#include "db/Migrator.h"

#include "security/Sha256.h"

#include <Poco/Logger.h>
#include <pqxx/nontransaction>
#include <pqxx/result>
#include <pqxx/transaction>

namespace p2pdesk::syncd::db {

namespace {

// Arbitrary but fixed: the advisory lock key that serialises migrations across instances.
constexpr long long kMigrationLockKey = 0x7032706d69677261; // "p2pmigra"

constexpr const char *kCreateVersionTable = R"(
CREATE TABLE IF NOT EXISTS schema_migrations (
    version    integer PRIMARY KEY,
    name       text NOT NULL,
    checksum   text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
))";

int currentVersion(pqxx::transaction_base &tx)
{
    const auto exists = tx.exec1("SELECT to_regclass('schema_migrations') IS NOT NULL")[0].as<bool>();
    if (!exists)
        return 0;
    return tx.exec1("SELECT coalesce(max(version), 0) FROM schema_migrations")[0].as<int>();
}

} // namespace

Migrator::Migrator(const std::vector<Migration> &migrations)
    : m_migrations(migrations)
{
}

int Migrator::latest() const
{
    return m_migrations.empty() ? 0 : m_migrations.back().version;
}

SchemaStatus Migrator::status(pqxx::connection &conn) const
{
    pqxx::nontransaction tx(conn);
    return SchemaStatus{currentVersion(tx), latest()};
}

std::vector<int> Migrator::migrate(pqxx::connection &conn) const
{
    auto &log = Poco::Logger::get("syncd.db.migrate");
    std::vector<int> applied;
    for (const Migration &m : m_migrations) {
        pqxx::work tx(conn);
        tx.exec_params("SELECT pg_advisory_xact_lock($1)", kMigrationLockKey);
        tx.exec0(kCreateVersionTable);
        const int current = currentVersion(tx);
        if (current > latest())
            throw SchemaTooNew("database schema version " + std::to_string(current) +
                               " is newer than this syncd knows (" + std::to_string(latest()) +
                               "); upgrade syncd instead");
        if (m.version <= current)
            continue;
        log.information("applying migration %04d_%s", m.version, std::string(m.name));
        tx.exec0(std::string(m.sql));
        tx.exec_params("INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)", m.version,
                       std::string(m.name), security::sha256Hex(m.sql));
        tx.commit();
        applied.push_back(m.version);
    }
    // An empty migration list still has to refuse a newer database.
    pqxx::work tx(conn);
    tx.exec0(kCreateVersionTable);
    const int current = currentVersion(tx);
    if (current > latest())
        throw SchemaTooNew("database schema version " + std::to_string(current) + " is newer than this syncd knows (" +
                           std::to_string(latest()) + "); upgrade syncd instead");
    tx.commit();
    return applied;
}

} // namespace p2pdesk::syncd::db
