#pragma once

#include "db/Transaction.h"
#include "feed/ChangeNotifier.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace p2pdesk::syncd::feed {

// Writes change_events inside the caller's transaction and pokes the notifier once it committed.
class ChangeFeed final {
public:
    explicit ChangeFeed(ChangeNotifier &notifier)
        : m_notifier(notifier)
    {
    }

    // Returns the event's seq. kind: e.g. "order.updated", "order.created", "rates.changed".
    std::int64_t append(db::Transaction &tx, const std::string &kind, std::optional<std::int64_t> orderId,
                        const nlohmann::json &payload = nlohmann::json::object());

private:
    ChangeNotifier &m_notifier;
};

} // namespace p2pdesk::syncd::feed
