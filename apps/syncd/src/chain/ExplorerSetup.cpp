#include "chain/ExplorerSetup.h"

#include "chain/EsploraExplorer.h"
#include "chain/EtherscanExplorer.h"
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

    const auto bitcoin = config.string("explorer.bitcoin.provider");
    if (bitcoin == "esplora") {
        const auto url = config.string("explorer.bitcoin.url");
        if (url.empty())
            throw std::invalid_argument("explorer.bitcoin.provider = esplora needs explorer.bitcoin.url");
        explorers["BITCOIN"] = std::make_shared<EsploraExplorer>(url, timeout);
    } else if (bitcoin != "none") {
        throw std::invalid_argument("explorer.bitcoin.provider must be none or esplora, not \"" + bitcoin + "\"");
    }

    const auto ethereum = config.string("explorer.ethereum.provider");
    if (ethereum == "etherscan") {
        const auto url = config.string("explorer.ethereum.url");
        if (url.empty())
            throw std::invalid_argument("explorer.ethereum.provider = etherscan needs explorer.ethereum.url");
        explorers["ETHEREUM"] =
            std::make_shared<EtherscanExplorer>(url, config.secret("explorer.ethereum.api_key_file"), timeout);
    } else if (ethereum != "none") {
        throw std::invalid_argument("explorer.ethereum.provider must be none or etherscan, not \"" + ethereum + "\"");
    }
    return explorers;
}

} // namespace p2pdesk::syncd::chain
