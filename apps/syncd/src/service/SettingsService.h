#pragma once

#include "audit/AuditWriter.h"
#include "db/Transaction.h"
#include "db/repositories/SettingsRepository.h"

#include "p2pdesk/proto/Settings.h"

#include <chrono>
#include <optional>

namespace p2pdesk::syncd::feed {
class ChangeFeed;
}

namespace p2pdesk::syncd::service {

// Desk settings: read by every operator (the workstation shows thresholds and deviation limits),
// replaced only by an admin with a reason.
class SettingsService final {
public:
    explicit SettingsService(feed::ChangeFeed &changeFeed)
        : m_changeFeed(changeFeed)
    {
    }

    db::Settings get(db::Transaction &tx);
    // rateMaxAge: nullopt keeps the stored value.
    db::Settings update(db::Transaction &tx, const proto::SettingsUpdateRequest &request,
                        std::optional<std::chrono::seconds> rateMaxAge, audit::AuditEntry audit);

    // As GET /settings serves it (rate_max_age_seconds included).
    static proto::Settings toProto(const db::Settings &settings);

private:
    feed::ChangeFeed &m_changeFeed;
};

} // namespace p2pdesk::syncd::service
