#pragma once

#include "service/OutsideServiceError.h"

#include "p2pdesk/domain/Asset.h"

#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::service {

// What an address-screening provider says of one address.
struct AddressRisk {
    int score = 0;                        // 0..100 (domain/AddressScreening.h)
    std::optional<std::string> riskLevel; // the provider's own word for it ("Low", "High", …)
    std::vector<std::string> labels;      // why, in the provider's words ("Sanctioned Entity", …)
};

// The provider could not answer (down, throttling, refused the key, an answer not in its shape).
class AddressScreeningError : public OutsideServiceError {
public:
    using OutsideServiceError::OutsideServiceError;
};

// An address-screening (AML) provider (screening.* in the configuration). The core knows only this
// interface; chain/ talks to the outside world and the process wires it in. Its score is what the
// desk acts on (a hold above the setting aml_hold_score), so an answer that is not clearly a score
// is an error, never a zero.
class AddressScreener {
public:
    virtual ~AddressScreener() = default;
    // Shown beside the score and in logs, e.g. "MistTrack openapi.misttrack.io".
    virtual std::string name() const = 0;
    // Whether the provider scores addresses of this asset's network at all.
    virtual bool covers(const domain::Asset &asset) const = 0;
    // Blocks at most the provider's timeout; throws AddressScreeningError.
    virtual AddressRisk screen(const domain::Asset &asset, const std::string &address) = 0;
};

} // namespace p2pdesk::syncd::service
