#pragma once

#include "db/ConnectionPool.h"
#include "db/DbErrors.h"

#include <pqxx/nontransaction>
#include <pqxx/transaction>

#include <exception>
#include <functional>
#include <optional>
#include <type_traits>
#include <vector>

namespace p2pdesk::syncd::db {

// One unit of work: a pooled connection, a read-committed pqxx::work on it, and actions to run
// only after a successful COMMIT (wake change-feed listeners, invalidate caches, …). Rolls back if
// destroyed uncommitted. Repositories take `work()`; only services and the request pipeline own a
// Transaction.
class Transaction final {
public:
    explicit Transaction(ConnectionPool &pool);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    pqxx::work &work() { return *m_work; }
    // Queued actions run in order after COMMIT succeeded; their exceptions are logged, not thrown,
    // because the data is already durable.
    void onCommit(std::function<void()> action);
    void commit();
    void abort() noexcept;
    bool isOpen() const { return m_work.has_value(); }
    // Called by whoever catches an exception thrown while this transaction was in use, so a dead
    // connection is not returned to the pool.
    void noteFailure(const std::exception &e) noexcept;

private:
    PooledConnection m_conn;
    std::optional<pqxx::work> m_work;
    std::vector<std::function<void()>> m_onCommit;
};

// Runs fn(Transaction&) in a fresh transaction and commits; for workers and CLI commands.
template<typename Fn> auto inTransaction(ConnectionPool &pool, Fn &&fn)
{
    Transaction tx(pool);
    try {
        if constexpr (std::is_void_v<decltype(fn(tx))>) {
            fn(tx);
            tx.commit();
        } else {
            auto result = fn(tx);
            tx.commit();
            return result;
        }
    } catch (const std::exception &e) {
        tx.noteFailure(e);
        throw;
    }
}

// Runs fn(pqxx::nontransaction&) on a pooled connection without BEGIN/COMMIT, for a single statement
// that is atomic on its own (PostgreSQL wraps it in an implicit transaction). Why: the session lookup
// runs before every authenticated request; as its own BEGIN/SELECT/COMMIT it cost two extra round
// trips per request, a third of what the HTTPS take path added over the bare transaction.
template<typename Fn> auto inAutocommit(ConnectionPool &pool, Fn &&fn)
{
    PooledConnection conn = pool.acquire();
    try {
        pqxx::nontransaction tx(*conn);
        if constexpr (std::is_void_v<decltype(fn(tx))>) {
            fn(tx);
            tx.commit();
        } else {
            auto result = fn(tx);
            tx.commit();
            return result;
        }
    } catch (const std::exception &e) {
        if (isConnectionFailure(e)) {
            conn.markBroken();
            throw DbUnavailable(e.what());
        }
        throw;
    }
}

} // namespace p2pdesk::syncd::db
