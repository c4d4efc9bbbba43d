#include "tg/BotSettings.h"

#include "db/repositories/SettingsRepository.h"

namespace p2pdesk::syncd::tg {

BotSettings loadBotSettings(pqxx::work &work)
{
    const auto settings = db::SettingsRepository::load(work);
    BotSettings bot;
    bot.quoteLockMinutes = settings.quoteLockMinutes;
    bot.requiresOnDuty = settings.deskRequiresOnDuty;
    bot.messagesPerMinute = settings.botMessagesPerMinute;
    bot.hours = settings.activeDeskHours();
    return bot;
}

} // namespace p2pdesk::syncd::tg
