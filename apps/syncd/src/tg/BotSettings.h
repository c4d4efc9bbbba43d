#pragma once

#include <pqxx/transaction>

namespace p2pdesk::syncd::tg {

// The admin's settings the bot applies, read in the update's transaction (an admin's change
// applies to the next update on every instance).
struct BotSettings {
    int quoteLockMinutes = 15;
    bool requiresOnDuty = true;
    int messagesPerMinute = 20;
};

BotSettings loadBotSettings(pqxx::work &work);

} // namespace p2pdesk::syncd::tg
