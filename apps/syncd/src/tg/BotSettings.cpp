#include "tg/BotSettings.h"

#include "db/repositories/SettingsRepository.h"

namespace p2pdesk::syncd::tg {

BotSettings loadBotSettings(pqxx::work &work)
{
    const auto settings = db::SettingsRepository::load(work);
    (void)settings;
    return BotSettings{};
}

} // namespace p2pdesk::syncd::tg
