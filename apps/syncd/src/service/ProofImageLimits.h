#pragma once

#include "config/Config.h"

#include "p2pdesk/domain/ProofImagePolicy.h"

namespace p2pdesk::syncd::service {

// proofs.max_image_side / proofs.max_image_pixels as the domain's limits. ConfigError at start-up
// for a value that would refuse every image (<= 0) or that no accepted format can express.
domain::ImageLimits proofImageLimits(const config::Config &config);

} // namespace p2pdesk::syncd::service
