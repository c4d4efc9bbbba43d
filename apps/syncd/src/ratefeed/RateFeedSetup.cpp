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
    const auto jump = domain::Decimal::parse(config.string("rates.feed.max_jump_percent"));
    if (!jump)
        throw std::invalid_argument("rates.feed.max_jump_percent must be a percentage like 5 or 2.5: " +
                                    jump.error().message);
    setup.maxJumpPercent = jump.value();
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
