#pragma once

#include "service/AddressScreener.h"

#include <memory>

namespace p2pdesk::syncd::config {
class Config;
} // namespace p2pdesk::syncd::config

namespace p2pdesk::syncd::chain {

// The address-screening provider screening.* configures; nullptr for "none" (operators type the
// scores they found). A bad value throws std::invalid_argument naming the key, so syncd refuses to
// start rather than run without the screening the admin asked for.
std::shared_ptr<service::AddressScreener> screenerSetup(const config::Config &config);

} // namespace p2pdesk::syncd::chain
