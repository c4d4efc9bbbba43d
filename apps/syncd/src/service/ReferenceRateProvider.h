#pragma once

#include "service/OutsideServiceError.h"

#include "p2pdesk/domain/Decimal.h"

#include <chrono>
#include <string>

namespace p2pdesk::syncd::service {

// One value of the reference rate: fiat per 1 unit of the asset, as the provider printed it (its own
// precision; domain::judgeReferenceRate rounds it), and when the provider observed it.
struct ReferenceQuote {
    domain::Decimal rate;
    std::chrono::system_clock::time_point observedAt{};
};

// The provider could not give a value: down, refused, unreadable; with retryAfter the feed skips its
// polls until then.
class ReferenceRateError : public OutsideServiceError {
public:
    using OutsideServiceError::OutsideServiceError;
};

// Where the reference rate comes from (rates.feed.provider). The core only knows this interface;
// the implementations talk to the outside world (ratefeed/) and are wired in by the process. One
// value per asset and fiat: every network and both directions of the pair price from it.
class ReferenceRateProvider {
public:
    virtual ~ReferenceRateProvider() = default;
    // Short name for logs, history reasons and metrics, e.g. "ticker api.example.com".
    virtual std::string name() const = 0;
    // Blocks at most the provider's timeout; throws ReferenceRateError.
    virtual ReferenceQuote fetch(const std::string &asset, const std::string &fiat) = 0;
};

} // namespace p2pdesk::syncd::service
