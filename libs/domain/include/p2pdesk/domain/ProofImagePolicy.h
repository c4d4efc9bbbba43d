#pragma once

#include "p2pdesk/domain/Result.h"

#include <cstdint>

namespace p2pdesk::domain {

// How large a proof image may be, in pixels. A decoder needs about 4 bytes per pixel whatever
// the file size, so a few hundred kilobytes of PNG can claim 20000 x 20000 px (1.6 GB decoded):
// the size on disk says nothing, the header's dimensions say everything.
struct ImageLimits {
    std::uint32_t maxSide = 0;
    std::uint64_t maxPixels = 0;

    // 16384 px a side, 50 megapixels. What a desk really receives stays well below: a phone
    // screenshot is at most ~1440 x 3200 (4.6 MP), a scrolling screenshot of a bank app ~1440 x
    // 16000 (23 MP), an A4 statement scanned at 600 dpi 4960 x 7016 (35 MP), a photo from a
    // 50 MP phone camera 8160 x 6120 (49.9 MP). 50 MP decodes to 200 MB of RGBA, under the
    // workstation's 256 MB image allocation limit; 16384 a side still takes the tallest
    // scrolling screenshot (a 12000 px cap would refuse some).
    static ImageLimits defaults() noexcept { return ImageLimits{16384, 50'000'000}; }
};

// InvalidFormat for a zero side (no image has one; a header saying so is broken or lies),
// LimitExceeded when a side or the pixel count is above the limits.
Status checkImageDimensions(std::uint64_t width, std::uint64_t height, const ImageLimits &limits);

} // namespace p2pdesk::domain
