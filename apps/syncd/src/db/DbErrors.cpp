#include "db/DbErrors.h"

#include <pqxx/except>

namespace p2pdesk::syncd::db {

bool isConnectionFailure(const std::exception &e) noexcept
{
    if (dynamic_cast<const DbUnavailable *>(&e) != nullptr ||
        dynamic_cast<const pqxx::broken_connection *>(&e) != nullptr)
        return true;
    // A server shutting down (pg_terminate_backend, restart) reports SQLSTATE class 57P before the
    // socket closes; admin_shutdown / crash_shutdown / cannot_connect_now.
    if (const auto *sql = dynamic_cast<const pqxx::sql_error *>(&e)) {
        const std::string &state = sql->sqlstate();
        return state.rfind("57P", 0) == 0 || state.rfind("08", 0) == 0;
    }
    // "commit result unknown": the connection died during COMMIT.
    return dynamic_cast<const pqxx::in_doubt_error *>(&e) != nullptr;
}

} // namespace p2pdesk::syncd::db
