#pragma once

#include "audit/AuditWriter.h"
#include "db/Transaction.h"
#include "db/repositories/SettingsRepository.h"

#include "p2pdesk/domain/RiskRules.h"
#include "p2pdesk/proto/RiskLimits.h"
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

    // One risk limit (domain::rule ids; amount rules per fiat, count rules with fiat nullopt):
    // validated, stored over any previous value and audited with the reason.
    void setRiskLimit(db::Transaction &tx, const std::string &rule, const std::optional<std::string> &fiat,
                      const domain::Decimal &threshold, domain::Severity action, audit::AuditEntry audit);
    // Every stored limit with its 30-day flag count, and the catalogue of configurable rules.
    proto::RiskLimitList riskLimits(db::Transaction &tx);
    // The admin's edit: validated (ValidationFailed with details.field), stored, audited
    // `risk_limit.set` with the reason and the old and new values, and announced as
    // limits.updated. Order creation reads `limits` in its own transaction, so the next order
    // on any instance obeys it.
    proto::RiskLimitDto putRiskLimit(db::Transaction &tx, const proto::RiskLimitUpdateRequest &request,
                                     audit::AuditEntry audit);

    // As GET /settings serves it (rate_max_age_seconds included).
    static proto::Settings toProto(const db::Settings &settings);

private:
    feed::ChangeFeed &m_changeFeed;
};

} // namespace p2pdesk::syncd::service
