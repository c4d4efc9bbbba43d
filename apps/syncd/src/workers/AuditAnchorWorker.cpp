#include "workers/AuditAnchorWorker.h"

#include "db/Transaction.h"
#include "db/repositories/AuditLogRepository.h"

#include <Poco/Logger.h>

#include <string>

namespace p2pdesk::syncd::workers {

AuditAnchorWorker::AuditAnchorWorker(db::ConnectionPool &pool, std::filesystem::path file)
    : m_pool(pool)
    , m_file(std::move(file))
{
}

std::optional<audit::AuditAnchor> AuditAnchorWorker::runOnce()
{
    const auto head =
        db::inTransaction(m_pool, [](db::Transaction &tx) { return db::AuditLogRepository::sealedHead(tx.work()); });
    if (!head)
        return std::nullopt;
    const audit::AuditAnchor anchor{head->seq, head->hashHex};
    // Rewritten every round, not only on change: an anchor file deleted or edited by hand is
    // restored at the next round rather than left stale until the next audited action.
    if (!m_file.empty())
        audit::writeAnchorFile(m_file, anchor);
    if (!m_lastLogged || m_lastLogged->seq != anchor.seq || m_lastLogged->hashHex != anchor.hashHex) {
        Poco::Logger::get("syncd.workers.audit_anchor")
            .information("audit anchor seq=" + std::to_string(anchor.seq) + " hash=" + anchor.hashHex);
        m_lastLogged = anchor;
    }
    return anchor;
}

} // namespace p2pdesk::syncd::workers
