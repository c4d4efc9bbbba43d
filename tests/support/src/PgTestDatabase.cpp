#include "p2pdesk/test/PgTestDatabase.h"

#include "db/Migrator.h"
#include <unistd.h>

#include <pqxx/nontransaction>
#include <pqxx/result>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <random>
#include <stdexcept>

namespace p2pdesk::test {

namespace {

std::string adminConninfo(const std::string &host)
{
    return "host=" + host + " dbname=postgres user=postgres";
}

std::string uniqueName()
{
    static std::atomic<int> counter{0};
    std::random_device rd;
    return "p2pdesk_t_" + std::to_string(::getpid()) + "_" + std::to_string(counter++) + "_" +
           std::to_string(rd() % 1000000);
}

} // namespace

std::string PgTestDatabase::socketDir()
{
    const char *file = std::getenv("P2PDESK_TEST_PGHOST_FILE");
    if (file == nullptr || *file == '\0')
        throw std::runtime_error("P2PDESK_TEST_PGHOST_FILE is not set: run PG tests through ctest (label pg)");
    std::ifstream in(file);
    std::string dir;
    if (!std::getline(in, dir) || dir.empty())
        throw std::runtime_error(std::string("cannot read the test cluster socket dir from ") + file +
                                 " (did the pg_start fixture run?)");
    return dir;
}

PgTestDatabase::PgTestDatabase(Schema schema)
    : m_host(socketDir())
    , m_name(uniqueName())
{
    {
        pqxx::connection admin(adminConninfo(m_host));
        pqxx::nontransaction tx(admin);
        tx.exec0("CREATE DATABASE " + tx.quote_name(m_name));
    }
    if (schema == Schema::Migrated) {
        auto conn = connect();
        syncd::db::Migrator().migrate(*conn);
    }
}

PgTestDatabase::~PgTestDatabase()
{
    try {
        pqxx::connection admin(adminConninfo(m_host));
        pqxx::nontransaction tx(admin);
        tx.exec0("DROP DATABASE IF EXISTS " + tx.quote_name(m_name) + " WITH (FORCE)");
    } catch (...) {
        // The cluster is thrown away at the end of the run anyway.
    }
}

std::string PgTestDatabase::conninfo() const
{
    return "host=" + m_host + " dbname=" + m_name + " user=postgres";
}

std::unique_ptr<pqxx::connection> PgTestDatabase::connect() const
{
    return std::make_unique<pqxx::connection>(conninfo());
}

std::map<std::string, std::string> PgTestDatabase::configOverrides() const
{
    return {{"db.host", m_host}, {"db.name", m_name}, {"db.user", "postgres"}};
}

} // namespace p2pdesk::test
