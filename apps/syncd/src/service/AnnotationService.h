#pragma once

#include "audit/AuditWriter.h"
#include "db/Transaction.h"

#include "p2pdesk/proto/Annotations.h"

#include <cstdint>

namespace p2pdesk::syncd::feed {
class ChangeFeed;
}

namespace p2pdesk::syncd::service {

// Highlight rectangles on proof files, shared by every operator.
class AnnotationService final {
public:
    explicit AnnotationService(feed::ChangeFeed &changeFeed)
        : m_changeFeed(changeFeed)
    {
    }

    proto::Annotation add(db::Transaction &tx, std::int64_t proofId, std::int64_t operatorId,
                          const proto::CreateAnnotationRequest &request, audit::AuditEntry audit);
    proto::AnnotationList list(db::Transaction &tx, std::int64_t proofId);

private:
    feed::ChangeFeed &m_changeFeed;
};

} // namespace p2pdesk::syncd::service
