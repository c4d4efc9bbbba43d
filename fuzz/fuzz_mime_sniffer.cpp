// The proof upload sniffer (syncd storage::MimeSniffer): the only code that reads the bytes of a
// customer's or operator's file before it is stored and served back to operators.
#include "FuzzCheck.h"
#include "storage/MimeSniffer.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using p2pdesk::domain::ImageLimits;
using p2pdesk::syncd::storage::MimeSniffer;
using Verdict = MimeSniffer::Verdict;

namespace {

bool withinLimits(std::uint32_t width, std::uint32_t height, const ImageLimits &limits)
{
    return width > 0 && height > 0 && width <= limits.maxSide && height <= limits.maxSide &&
           std::uint64_t{width} * height <= limits.maxPixels;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    const ImageLimits limits = ImageLimits::defaults();
    const auto result = MimeSniffer::inspect(bytes, limits);

    FUZZ_REQUIRE((result.verdict == Verdict::Unknown) == result.mime.empty());
    // A refusal of a recognised format says why (it becomes the upload's error message).
    const bool refused = result.verdict == Verdict::Malformed || result.verdict == Verdict::TooLarge;
    FUZZ_REQUIRE(refused != result.problem.empty());
    FUZZ_REQUIRE(result.width.has_value() == result.height.has_value());
    if (result.verdict == Verdict::TooLarge)
        FUZZ_REQUIRE(result.width && !withinLimits(*result.width, *result.height, limits));
    if (!result.accepted() || result.mime == "application/pdf")
        return 0;

    // An accepted image was measured, and within the limits: that is what the check is for.
    FUZZ_REQUIRE(result.width && withinLimits(*result.width, *result.height, limits));
    // Bytes after a complete image (a phone's motion-photo trailer) change nothing.
    std::string extended(bytes);
    extended += std::string_view("\0trailer\xFF\xD9", 10);
    const auto again = MimeSniffer::inspect(extended, limits);
    FUZZ_REQUIRE(again.accepted() && again.mime == result.mime);
    FUZZ_REQUIRE(again.width == result.width && again.height == result.height);
    return 0;
}
