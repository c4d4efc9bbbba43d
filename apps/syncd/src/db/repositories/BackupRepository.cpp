#include "db/repositories/BackupRepository.h"

#include <pqxx/result>

namespace p2pdesk::syncd::db {

std::string BackupRepository::exportSnapshot(pqxx::transaction_base &tx)
{
    return tx.exec1("SELECT pg_export_snapshot()")[0].as<std::string>();
}

BackupFigures BackupRepository::figures(pqxx::transaction_base &tx)
{
    // One statement, so every figure comes from the same snapshot even outside REPEATABLE READ.
    const auto row = tx.exec1("SELECT (SELECT coalesce(max(version), 0) FROM schema_migrations), "
                              "(SELECT count(*) FROM orders), (SELECT count(*) FROM order_history), "
                              "(SELECT count(*) FROM audit_log), "
                              "(SELECT count(*) FROM audit_log WHERE hash IS NOT NULL), "
                              "(SELECT seq FROM audit_log WHERE hash IS NOT NULL ORDER BY seq DESC LIMIT 1), "
                              "(SELECT encode(hash, 'hex') FROM audit_log WHERE hash IS NOT NULL "
                              " ORDER BY seq DESC LIMIT 1), "
                              "(SELECT count(*) FROM attachments WHERE storage_key IS NOT NULL AND purged_at IS NULL)");
    BackupFigures f;
    f.schemaVersion = row[0].as<int>();
    f.orders = row[1].as<std::int64_t>();
    f.orderHistory = row[2].as<std::int64_t>();
    f.auditLog = row[3].as<std::int64_t>();
    f.auditSealed = row[4].as<std::int64_t>();
    f.auditHeadSeq = row[5].get<std::int64_t>();
    f.auditHeadHashHex = row[6].is_null() ? std::string() : row[6].as<std::string>();
    f.storedFiles = row[7].as<std::int64_t>();
    return f;
}

std::vector<StoredFileRef> BackupRepository::storedFiles(pqxx::transaction_base &tx)
{
    std::vector<StoredFileRef> out;
    for (const auto &r : tx.exec("SELECT id, storage_key, coalesce(encode(sha256, 'hex'), '') FROM attachments "
                                 "WHERE storage_key IS NOT NULL AND purged_at IS NULL ORDER BY id"))
        out.push_back({r[0].as<std::int64_t>(), r[1].as<std::string>(), r[2].as<std::string>()});
    return out;
}

BackupRepository::UserRelations BackupRepository::userRelations(pqxx::transaction_base &tx)
{
    constexpr const char *kUserRelations =
        " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' "
        "AND n.nspname NOT LIKE 'pg\\_temp\\_%'";
    UserRelations out;
    out.count = tx.exec1(std::string("SELECT count(*)") + kUserRelations)[0].as<std::int64_t>();
    for (const auto &r : tx.exec(std::string("SELECT n.nspname || '.' || c.relname") + kUserRelations +
                                 " ORDER BY c.relkind <> 'r', 1 LIMIT 5"))
        out.examples.push_back(r[0].as<std::string>());
    return out;
}

void BackupRepository::createDatabase(pqxx::nontransaction &tx, const std::string &name)
{
    tx.exec0("CREATE DATABASE " + tx.quote_name(name));
}

void BackupRepository::dropDatabase(pqxx::nontransaction &tx, const std::string &name)
{
    // FORCE: a connection the drill left behind (an error path) must not keep the database alive.
    tx.exec0("DROP DATABASE IF EXISTS " + tx.quote_name(name) + " WITH (FORCE)");
}

} // namespace p2pdesk::syncd::db
