#pragma once

#include "db/ConnectionPool.h"
#include "db/Transaction.h"

#include "p2pdesk/proto/AuditLog.h"

#include <optional>
#include <string>

namespace p2pdesk::syncd::service {

// The audit screen's query as the request gave it (query-string text); the service checks it.
struct AuditQuery {
    std::optional<std::string> operatorId;
    std::optional<std::string> entity;
    std::optional<std::string> entityId;
    std::optional<std::string> action;
    std::optional<std::string> from;
    std::optional<std::string> to;
    std::optional<std::string> beforeSeq;
    std::optional<std::string> limit;
};

// Reading the audit log (admin) and checking its hash chain.
class AuditLogService final {
public:
    explicit AuditLogService(db::ConnectionPool &pool)
        : m_pool(pool)
    {
    }

    static constexpr int kDefaultPage = 100;
    static constexpr int kMaxPage = 500;

    // One page, newest first, and the sealing state. ValidationFailed with details.field for a
    // malformed filter.
    proto::AuditPage list(db::Transaction &tx, const AuditQuery &query);
    // The whole chain walked by audit::verifyChain — the very check `syncd audit-verify` runs — in
    // one repeatable-read snapshot of its own, since the sealer keeps sealing meanwhile.
    proto::AuditVerification verify();

private:
    db::ConnectionPool &m_pool;
};

} // namespace p2pdesk::syncd::service
