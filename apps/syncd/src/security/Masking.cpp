#include "security/Masking.h"

#include "security/KeyedHash.h"
#include "security/SecureMemory.h"

namespace p2pdesk::syncd::security {
namespace {

constexpr std::string_view kDots = "\u2022\u2022\u2022\u2022";
constexpr std::size_t kShownTail = 4;
constexpr std::size_t kMinLengthForTail = 8;

// Start of the last `count` UTF-8 code points of `text` (continuation bytes are 10xxxxxx).
std::size_t tailStart(std::string_view text, std::size_t count)
{
    std::size_t pos = text.size();
    while (pos > 0 && count > 0) {
        --pos;
        if ((static_cast<unsigned char>(text[pos]) & 0xC0U) != 0x80U)
            --count;
    }
    return pos;
}

std::size_t codePoints(std::string_view text)
{
    std::size_t n = 0;
    for (char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U)
            ++n;
    }
    return n;
}

} // namespace

std::string maskRequisites(std::string_view requisites)
{
    std::string normalised = KeyedHash::normaliseRequisites(requisites);
    std::string masked(kDots);
    if (codePoints(normalised) >= kMinLengthForTail) {
        masked += ' ';
        masked += std::string_view(normalised).substr(tailStart(normalised, kShownTail));
    }
    secureWipe(normalised.data(), normalised.size());
    return masked;
}

} // namespace p2pdesk::syncd::security
