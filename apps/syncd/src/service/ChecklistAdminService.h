#pragma once

#include "audit/AuditWriter.h"
#include "db/Transaction.h"

#include "p2pdesk/proto/Checklists.h"

namespace p2pdesk::syncd::feed {
class ChangeFeed;
}

namespace p2pdesk::syncd::service {

// Definitions of the "verify" and "payout" checklists (per-order completion is the orders area).
class ChecklistAdminService final {
public:
    explicit ChecklistAdminService(feed::ChangeFeed &changeFeed)
        : m_changeFeed(changeFeed)
    {
    }

    proto::ChecklistDefList list(db::Transaction &tx);
    proto::ChecklistDef replace(db::Transaction &tx, proto::ChecklistKind kind,
                                const proto::ChecklistUpdateRequest &request, audit::AuditEntry audit);

private:
    feed::ChangeFeed &m_changeFeed;
};

} // namespace p2pdesk::syncd::service
