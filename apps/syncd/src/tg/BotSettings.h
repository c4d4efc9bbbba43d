#pragma once

#include "p2pdesk/domain/DeskHours.h"

#include <pqxx/transaction>

#include <optional>

namespace p2pdesk::syncd::tg {

// The admin's settings the bot applies, read in the update's transaction (an admin's change
// applies to the next update on every instance).
struct BotSettings {
    int quoteLockMinutes = 15;
    bool requiresOnDuty = true;
    int messagesPerMinute = 20;
    std::optional<domain::DeskHours> hours; // the opening hours, when the admin switched them on
};

BotSettings loadBotSettings(pqxx::work &work);

} // namespace p2pdesk::syncd::tg
