#include "chain/ExplorerSetup.h"

#include "chain/TronscanExplorer.h"
#include "config/Config.h"

#include <algorithm>
#include <stdexcept>

namespace p2pdesk::syncd::chain {

std::map<std::string, std::shared_ptr<service::BlockExplorer>> explorerSetup(const config::Config &config)
{
    std::map<std::string, std::shared_ptr<service::BlockExplorer>> explorers;
    const auto timeout = std::chrono::milliseconds(std::max<std::int64_t>(100, config.integer("explorer.timeout_ms")));

    const auto tron = config.string("explorer.tron.provider");
    if (tron == "tronscan") {
        const auto url = config.string("explorer.tron.url");
        if (url.empty())
            throw std::invalid_argument("explorer.tron.provider = tronscan needs explorer.tron.url");
        explorers["TRON"] =
            std::make_shared<TronscanExplorer>(url, config.secret("explorer.tron.api_key_file"), timeout);
    } else if (tron != "none") {
        throw std::invalid_argument("explorer.tron.provider must be none or tronscan, not \"" + tron + "\"");
    }
    return explorers;
}

} // namespace p2pdesk::syncd::chain
