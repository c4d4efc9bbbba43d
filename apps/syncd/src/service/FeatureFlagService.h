#pragma once

#include "audit/AuditWriter.h"
#include "db/Transaction.h"

#include "p2pdesk/proto/FeatureFlags.h"

#include <pqxx/transaction>

#include <cstdint>
#include <string>
#include <string_view>

namespace p2pdesk::syncd::feed {
class ChangeFeed;
}

namespace p2pdesk::syncd::service {

// The admin's feature flags over the catalogue in libs/domain FeatureFlags.h.
//
// Read at the point of use from the database, in the caller's transaction, with no process-local
// cache: one primary-key lookup per new order or new exchange in the bot costs nothing next to
// the rest of that work, and every syncd instance obeys a switch at its next request.
class FeatureFlagService final {
public:
    explicit FeatureFlagService(feed::ChangeFeed &changeFeed)
        : m_changeFeed(changeFeed)
    {
    }

    // The stored value of a catalogue key, else its default. A key outside the catalogue is a
    // programming error (std::logic_error).
    static bool enabled(pqxx::work &work, std::string_view key);
    // ServiceError NewOrdersPaused when new orders are switched off; byCustomer (the Telegram bot)
    // also when Telegram intake is off.
    static void requireNewOrders(pqxx::work &work, bool byCustomer);

    // The catalogue in its order with the stored values and the last change.
    proto::FeatureFlagList list(db::Transaction &tx);
    // Switches one flag: NotFound for a key outside the catalogue; stored with who switched it,
    // audited `feature_flag.set` with the reason and the old and new values, announced as
    // flags.updated — all in the caller's transaction.
    proto::FeatureFlagDto set(db::Transaction &tx, const std::string &key,
                              const proto::FeatureFlagUpdateRequest &request, std::int64_t operatorId,
                              audit::AuditEntry audit);

private:
    feed::ChangeFeed &m_changeFeed;
};

} // namespace p2pdesk::syncd::service
