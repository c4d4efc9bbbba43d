#pragma once

#include "audit/AuditAnchor.h"
#include "db/ConnectionPool.h"

#include <filesystem>
#include <optional>

namespace p2pdesk::syncd::workers {

// Exports the head of the audit chain (audit/AuditAnchor.h) to audit.anchor_file and to the log
// (syncd.workers.audit_anchor) whenever it moved. Every instance may run it: the head is the same
// for all, the file is replaced atomically, and several copies (one per host) are only better.
class AuditAnchorWorker final {
public:
    // An empty `file` exports to the log only.
    AuditAnchorWorker(db::ConnectionPool &pool, std::filesystem::path file);

    // One round; returns the head exported, nullopt when nothing is sealed yet. Tests call it directly.
    std::optional<audit::AuditAnchor> runOnce();

private:
    db::ConnectionPool &m_pool;
    const std::filesystem::path m_file;
    std::optional<audit::AuditAnchor> m_lastLogged;
};

} // namespace p2pdesk::syncd::workers
