#pragma once

#include <pqxx/connection>

#include <map>
#include <memory>
#include <string>

namespace p2pdesk::test {

// A uniquely named database in the test cluster (socket directory read from the file named by
// P2PDESK_TEST_PGHOST_FILE, written by scripts/pg-cluster.sh via the ctest `pg` fixture), migrated
// to the embedded schema unless told otherwise, dropped on destruction.
class PgTestDatabase final {
public:
    enum class Schema { Migrated, Empty };

    explicit PgTestDatabase(Schema schema = Schema::Migrated);
    ~PgTestDatabase();
    PgTestDatabase(const PgTestDatabase &) = delete;
    PgTestDatabase &operator=(const PgTestDatabase &) = delete;

    // The cluster's socket directory; throws with a helpful message when the fixture is missing.
    static std::string socketDir();

    const std::string &name() const { return m_name; }
    std::string conninfo() const;
    std::unique_ptr<pqxx::connection> connect() const;
    // syncd configuration keys pointing at this database (db.host, db.name, db.user).
    std::map<std::string, std::string> configOverrides() const;

private:
    std::string m_host;
    std::string m_name;
};

} // namespace p2pdesk::test
