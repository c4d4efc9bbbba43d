#pragma once

#include "service/ReferenceRateProvider.h"

#include "p2pdesk/domain/Decimal.h"

#include <chrono>
#include <memory>

namespace p2pdesk::syncd::config {
class Config;
} // namespace p2pdesk::syncd::config

namespace p2pdesk::syncd::ratefeed {

// The reference feed as rates.feed.* configures it. provider is null when rates.feed.provider is
// "none" (the desk types every base rate). A bad value throws std::invalid_argument naming the key,
// so syncd refuses to start rather than quote from a feed it cannot read.
struct RateFeedSetup {
    std::shared_ptr<service::ReferenceRateProvider> provider;
    std::chrono::seconds interval{60};
};

RateFeedSetup rateFeedSetup(const config::Config &config);

} // namespace p2pdesk::syncd::ratefeed
