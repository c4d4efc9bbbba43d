#include "p2pdesk/proto/Text.h"

namespace p2pdesk::proto {

std::optional<std::size_t> findForbiddenControl(std::string_view text, Lines lines) noexcept
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const bool control = c < 0x20U || c == 0x7FU;
        if (control && !(lines == Lines::Many && (c == '\n' || c == '\t')))
            return i;
    }
    return std::nullopt;
}

} // namespace p2pdesk::proto
