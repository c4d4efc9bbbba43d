#pragma once

#include "service/BlockExplorer.h"

#include <map>
#include <memory>
#include <string>

namespace p2pdesk::syncd::config {
class Config;
} // namespace p2pdesk::syncd::config

namespace p2pdesk::syncd::chain {

// The block explorers explorer.* configures, by network ("TRON"). A network left at "none" has
// none: its txid proofs show "no explorer" instead of a hint. A bad value throws
// std::invalid_argument naming the key, so syncd refuses to start rather than guess.
std::map<std::string, std::shared_ptr<service::BlockExplorer>> explorerSetup(const config::Config &config);

} // namespace p2pdesk::syncd::chain
