#pragma once

#include <cstdint>

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::tg {

// Tells customers about every status change of their orders, whoever made it (an operator, the
// deadline worker, the customer in the bot). It reads the change feed up to the listener's safe
// horizon from a cursor kept in bridge_state and, in ONE transaction, writes the outbox rows
// (dedupe key "notify:<seq>") and advances the cursor. So a crash between the two repeats nothing
// and loses nothing, a second instance serialises on the cursor row, and no message is ever sent
// from inside the transition's own transaction.
class CustomerNotifier final {
public:
    static constexpr const char *kCursorName = "customer_notifier";

    explicit CustomerNotifier(app::Services &services)
        : m_services(services)
    {
    }

    // Handles what is safe to read; returns the number of events looked at.
    int runOnce();

private:
    app::Services &m_services;
};

} // namespace p2pdesk::syncd::tg
