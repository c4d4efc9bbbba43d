#include "workers/AuditSealer.h"

#include "audit/AuditChain.h"

#include <Poco/Logger.h>
#include <pqxx/nontransaction>
#include <pqxx/result>
#include <pqxx/transaction>

namespace p2pdesk::syncd::workers {

// The gap problem: seq is drawn at INSERT time but rows become visible at COMMIT, so row 11 may
// appear after row 12 is already visible; chaining 12 onto 10 would break the chain when 11 lands.
//
// Chosen solution, the transaction-id horizon (deterministic, no timeouts):
//   1. In one statement read M = max(seq) of the visible unsealed rows and X = xmax of the same
//      snapshot (the first transaction id not yet assigned at that instant).
//   2. Every row with seq <= M that is not visible yet belongs to a transaction whose xid is < X:
//      it drew its seq before the transaction that owns M committed, and AuditWriter makes each
//      writer take its xid before drawing a seq.
//   3. So once every transaction with xid < X has finished (the current snapshot's xmin >= X), all
//      rows with seq <= M are final — committed or never to exist (rolled back: a permanent gap,
//      which the chain simply skips) — and can be sealed in seq order.
// Cost: sealing lags commit by the duration of the longest transaction in flight at step 1 (a few
// ms normally). The horizon is cluster-wide, so a long transaction in any database of the cluster
// delays sealing (never breaks it); a warning is logged when that lasts over 10 s.
AuditSealer::AuditSealer(db::ConnectionPool &pool)
    : m_lock(pool, kLockKey)
{
}

std::int64_t AuditSealer::sealOnce()
{
    if (!m_lock.tryAcquire())
        return 0;
    auto &conn = m_lock.connection();
    try {
        if (!m_pending) {
            pqxx::nontransaction q(conn);
            const auto row = q.exec1("SELECT (SELECT max(seq) FROM audit_log WHERE hash IS NULL), "
                                     "pg_snapshot_xmax(pg_current_snapshot())::text");
            if (row[0].is_null())
                return 0;
            m_pending = Horizon{row[0].as<std::int64_t>(), row[1].as<std::string>(), std::chrono::steady_clock::now()};
        }
        {
            pqxx::nontransaction q(conn);
            const bool reached =
                q.exec_params1("SELECT pg_snapshot_xmin(pg_current_snapshot()) >= $1::xid8", m_pending->xmax)[0]
                    .as<bool>();
            if (!reached) {
                if (!m_warnedSlow && std::chrono::steady_clock::now() - m_pending->since > std::chrono::seconds(10)) {
                    Poco::Logger::get("syncd.workers.audit_sealer")
                        .warning("audit sealing waits for a long-running transaction");
                    m_warnedSlow = true;
                }
                return 0;
            }
        }
        pqxx::work tx(conn);
        const std::int64_t sealed = audit::sealUpTo(tx, m_pending->maxSeq);
        tx.commit();
        m_pending.reset();
        m_warnedSlow = false;
        return sealed;
    } catch (...) {
        m_lock.reset();
        m_pending.reset();
        throw;
    }
}

} // namespace p2pdesk::syncd::workers
