#include "p2pdesk/domain/ProofImagePolicy.h"

#include <string>

namespace p2pdesk::domain {

Status checkImageDimensions(std::uint64_t width, std::uint64_t height, const ImageLimits &limits)
{
    const std::string size = std::to_string(width) + " x " + std::to_string(height) + " px";
    if (width == 0 || height == 0)
        return makeError(ErrorCode::InvalidFormat, "the image header claims " + size);
    if (width > limits.maxSide || height > limits.maxSide)
        return makeError(ErrorCode::LimitExceeded,
                         "the image is " + size + "; at most " + std::to_string(limits.maxSide) + " px a side");
    // Both sides are at most 2^32 here, so the product cannot overflow 64 bits.
    if (width * height > limits.maxPixels)
        return makeError(ErrorCode::LimitExceeded,
                         "the image is " + size + "; at most " + std::to_string(limits.maxPixels) + " pixels");
    return Ok{};
}

} // namespace p2pdesk::domain
