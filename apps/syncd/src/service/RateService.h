#pragma once

#include "audit/AuditWriter.h"
#include "db/Transaction.h"
#include "db/repositories/RateRepository.h"
#include "service/ReferenceRateProvider.h"

#include "p2pdesk/proto/Rates.h"

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::feed {
class ChangeFeed;
class ChangeListener;
} // namespace p2pdesk::syncd::feed

namespace p2pdesk::syncd::service {

// A rate as served: the wire DTO plus the admin bounds that proto's RateDto does not carry yet.
struct RateView {
    proto::RateDto dto;
    domain::Decimal minAmount;
    std::optional<domain::Decimal> maxAmount;
};

struct RateUpdate {
    proto::RateUpdateRequest request;
    std::optional<domain::Decimal> minAmount; // fiat; default 0
    std::optional<domain::Decimal> maxAmount; // fiat; default unbounded
};

// Rates and their suggested values. The suggested rates are cached per process: invalidated after
// a local commit at once, and in every other syncd instance when the change feed delivers
// "rate.updated"/"settings.updated" (LISTEN/NOTIFY through feed::ChangeListener). Staleness is
// evaluated on every read, since it depends on the clock, not on the data.
class RateService final {
public:
    RateService(feed::ChangeFeed &changeFeed, feed::ChangeListener &listener);

    std::vector<RateView> list(db::Transaction &tx, std::chrono::system_clock::time_point now);
    RateView update(db::Transaction &tx, const RateUpdate &update, audit::AuditEntry audit,
                    std::optional<std::int64_t> operatorId);

    // One polled value for a pair, judged (domain::judgeReferenceRate) against each active feed row
    // of the pair: applied, renewed or held. Applied values go to rate_history (actor "feed"); a
    // newly held jump is audited (system) so admins can see what the feed tried. One change event
    // per touched row, since a renewed age changes staleness on every instance.
    struct FeedOutcome {
        int applied = 0;
        int renewed = 0;
        int held = 0;
        domain::Decimal maxJumpPercent; // the setting the values were judged by
    };
    FeedOutcome applyReference(db::Transaction &tx, const std::string &asset, const std::string &fiat,
                               const ReferenceQuote &quote, const std::string &providerName);
    // A senior applies the held value they saw (409 conflict when none is held or it changed).
    RateView confirmFeed(db::Transaction &tx, std::int64_t rateId, const domain::Decimal &feedRate,
                         audit::AuditEntry audit, std::int64_t operatorId);
    // The row's changes over the last `days` days (404 for an unknown row).
    std::vector<db::RateHistoryRow> history(db::Transaction &tx, std::int64_t rateId, int days,
                                            std::chrono::system_clock::time_point now);

    void invalidate();
    // Cache hits since start; tests use it to prove a read came from the cache.
    std::uint64_t cacheHits() const;

private:
    struct Cached {
        std::vector<RateView> views;
        std::vector<std::optional<std::chrono::system_clock::time_point>> baseAt;
        std::chrono::seconds maxAge{0};
    };

    static RateView toView(const db::RateRow &row);
    void announce(db::Transaction &tx, const db::RateRow &row, const char *source);

    feed::ChangeFeed &m_changeFeed;
    mutable std::mutex m_mutex;
    std::optional<Cached> m_cache;
    std::uint64_t m_generation = 0;
    std::uint64_t m_hits = 0;
};

} // namespace p2pdesk::syncd::service
