#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace p2pdesk::syncd::storage {

// Recognises the proof formats by their magic bytes; the client's Content-Type is never trusted
// (a renamed executable must not be served back to operators as an "image").
class MimeSniffer final {
public:
    MimeSniffer() = delete;

    // "image/jpeg", "image/png", "image/webp", "application/pdf", or nullopt for anything else.
    static std::optional<std::string> sniff(std::string_view bytes);
};

} // namespace p2pdesk::syncd::storage
