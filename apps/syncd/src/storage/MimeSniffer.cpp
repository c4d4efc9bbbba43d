#include "storage/MimeSniffer.h"

namespace p2pdesk::syncd::storage {

namespace {

bool startsWith(std::string_view bytes, std::string_view magic, std::size_t offset = 0)
{
    return bytes.size() >= offset + magic.size() && bytes.substr(offset, magic.size()) == magic;
}

} // namespace

std::optional<std::string> MimeSniffer::sniff(std::string_view bytes)
{
    using namespace std::string_view_literals;
    if (startsWith(bytes, "\xFF\xD8\xFF"sv))
        return "image/jpeg";
    if (startsWith(bytes, "\x89PNG\r\n\x1A\n"sv))
        return "image/png";
    // RIFF container: "RIFF", 4 bytes of length, then the form type "WEBP".
    if (startsWith(bytes, "RIFF"sv) && startsWith(bytes, "WEBP"sv, 8))
        return "image/webp";
    if (startsWith(bytes, "%PDF-"sv))
        return "application/pdf";
    return std::nullopt;
}

} // namespace p2pdesk::syncd::storage
