#pragma once

#include <pqxx/connection>

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace p2pdesk::syncd::db {

struct Migration {
    int version;
    std::string_view name;
    std::string_view sql;
};

// The migrations compiled into this binary, ascending (generated from db/migrations/*.sql).
const std::vector<Migration> &embeddedMigrations();

class SchemaTooNew final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct SchemaStatus {
    int current = 0; // highest applied version, 0 for an empty database
    int latest = 0;  // highest version this binary knows
    bool isCurrent() const { return current == latest; }
};

// Applies numbered migrations, each in its own transaction together with its schema_migrations
// row. Concurrent `migrate` runs (two instances starting at once) serialise on an advisory lock.
class Migrator final {
public:
    explicit Migrator(const std::vector<Migration> &migrations = embeddedMigrations());

    // Returns the versions applied by this call (empty when already current). Throws SchemaTooNew
    // when the database has a version this binary does not know.
    std::vector<int> migrate(pqxx::connection &conn) const;
    SchemaStatus status(pqxx::connection &conn) const;

private:
    int latest() const;
    const std::vector<Migration> &m_migrations;
};

} // namespace p2pdesk::syncd::db
