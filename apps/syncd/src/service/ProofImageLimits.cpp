#include "service/ProofImageLimits.h"

#include <cstdint>

namespace p2pdesk::syncd::service {

domain::ImageLimits proofImageLimits(const config::Config &config)
{
    const auto side = config.integer("proofs.max_image_side");
    const auto pixels = config.integer("proofs.max_image_pixels");
    // 2^31 - 1 is PNG's largest side, and more than JPEG (65535) or WebP (2^24) can declare.
    if (side <= 0 || side > 0x7FFFFFFF)
        throw config::ConfigError("proofs.max_image_side must be between 1 and 2147483647");
    if (pixels <= 0)
        throw config::ConfigError("proofs.max_image_pixels must be positive");
    return domain::ImageLimits{static_cast<std::uint32_t>(side), static_cast<std::uint64_t>(pixels)};
}

} // namespace p2pdesk::syncd::service
