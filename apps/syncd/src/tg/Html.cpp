#include "tg/Html.h"

namespace p2pdesk::syncd::tg {

std::string escapeHtml(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
        switch (c) {
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '&':
            out += "&amp;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::size_t utf16Length(std::string_view utf8)
{
    std::size_t units = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        std::size_t len = 1;
        if (lead >= 0xF0 && lead < 0xF8)
            len = 4;
        else if (lead >= 0xE0)
            len = 3;
        else if (lead >= 0xC0)
            len = 2;
        if (len > 1 && i + len <= utf8.size()) {
            bool valid = true;
            for (std::size_t k = 1; k < len; ++k)
                valid = valid && (static_cast<unsigned char>(utf8[i + k]) & 0xC0) == 0x80;
            if (valid) {
                units += len == 4 ? 2 : 1;
                i += len;
                continue;
            }
        }
        units += 1;
        i += 1;
    }
    return units;
}

} // namespace p2pdesk::syncd::tg
