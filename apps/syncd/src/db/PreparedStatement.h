#pragma once

#include <pqxx/result>
#include <pqxx/row>
#include <pqxx/transaction_base>

#include <string>
#include <utility>

namespace p2pdesk::syncd::db {

// A statement on the hot path of order transitions and authentication, parsed and planned once per
// connection instead of once per call.
//
// Why: profiling bench/take_order showed PostgreSQL spending most of its CPU in the parser and
// planner (our statements are short and touch one row by primary key), and PostgreSQL's CPU was the
// bottleneck of the whole take path. Statements whose best plan depends on their parameters (the
// queue's optional filters) stay unprepared, so they keep getting custom plans.
//
// The name must be unique in the process: libpqxx throws on a second, different definition under
// the same name, which the tests would hit at once.
struct PreparedStatement {
    std::string name;
    std::string sql;
};

// libpqxx keeps the definitions per connection and sends PQprepare lazily on first use; declaring
// the same definition again is a no-op. Declaring on every call therefore costs one map lookup and
// keeps working on connections the pool opens after a database restart.
template<typename... Args>
pqxx::result execPrepared(pqxx::transaction_base &tx, const PreparedStatement &statement, Args &&...args)
{
    tx.conn().prepare(statement.name, statement.sql);
    return tx.exec_prepared(statement.name, std::forward<Args>(args)...);
}

// The same, for a statement that must return exactly one row (pqxx::unexpected_rows otherwise).
template<typename... Args>
pqxx::row execPrepared1(pqxx::transaction_base &tx, const PreparedStatement &statement, Args &&...args)
{
    tx.conn().prepare(statement.name, statement.sql);
    return tx.exec_prepared1(statement.name, std::forward<Args>(args)...);
}

} // namespace p2pdesk::syncd::db
