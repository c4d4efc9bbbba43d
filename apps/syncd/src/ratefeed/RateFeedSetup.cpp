#include "ratefeed/RateFeedSetup.h"

#include "config/Config.h"
#include "ratefeed/FileRateProvider.h"
#include "ratefeed/TickerRateProvider.h"

#include <algorithm>
#include <stdexcept>

namespace p2pdesk::syncd::ratefeed {

RateFeedSetup rateFeedSetup(const config::Config &config)
{
    RateFeedSetup setup;
    // The tolerance moved to the desk settings, where a senior's team can see it and an admin changes
    // it without a restart. A value left here would be silently ignored: refuse it and say where it
    // went instead.
    if (config.isSet("rates.feed.max_jump_percent"))
        throw std::invalid_argument("rates.feed.max_jump_percent is now the desk setting rate_feed_max_jump_percent "
                                    "(Administration → Settings); remove it from the configuration");
    setup.interval = std::chrono::seconds(std::max<std::int64_t>(1, config.integer("rates.feed.interval_s")));

    const auto kind = config.string("rates.feed.provider");
    if (kind == "none")
        return setup;
    if (kind == "ticker") {
        const auto url = config.string("rates.feed.url");
        if (url.empty())
            throw std::invalid_argument("rates.feed.provider = ticker needs rates.feed.url");
        const auto symbol = config.string("rates.feed.symbol");
        if (symbol.find("{asset}") == std::string::npos || symbol.find("{fiat}") == std::string::npos)
            throw std::invalid_argument("rates.feed.symbol must contain {asset} and {fiat}");
        setup.provider = std::make_shared<TickerRateProvider>(
            url, symbol,
            std::chrono::milliseconds(std::max<std::int64_t>(100, config.integer("rates.feed.timeout_ms"))));
        return setup;
    }
    if (kind == "file") {
        const auto file = config.path("rates.feed.file");
        if (file.empty())
            throw std::invalid_argument("rates.feed.provider = file needs rates.feed.file");
        setup.provider = std::make_shared<FileRateProvider>(file);
        return setup;
    }
    throw std::invalid_argument("rates.feed.provider must be none, ticker or file, not \"" + kind + "\"");
}

} // namespace p2pdesk::syncd::ratefeed
