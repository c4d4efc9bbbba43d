#pragma once

#include "p2pdesk/domain/ProofImagePolicy.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace p2pdesk::syncd::storage {

// What an upload really is. The client's Content-Type is never trusted (a renamed executable must
// not be served back to operators as an "image"), and neither are the first bytes alone: "FF D8
// FF" is not a JPEG, and a 389 KB PNG may declare 20000 x 20000 px. The structure is parsed —
// never the pixels — so the cost is one pass over the bytes.
class MimeSniffer final {
public:
    enum class Verdict {
        Accepted,
        Unknown,   // not one of the proof formats
        Malformed, // starts like one, but is truncated or breaks the format's structure
        TooLarge,  // a well-formed image whose dimensions are over the limits
    };

    struct Result {
        Verdict verdict = Verdict::Unknown;
        // "image/jpeg", "image/png", "image/webp" or "application/pdf" once the format is
        // recognised (also for Malformed and TooLarge), empty for Unknown.
        std::string mime;
        // Images whose header was read; nullopt for PDFs and broken headers.
        std::optional<std::uint32_t> width;
        std::optional<std::uint32_t> height;
        // Why it was refused, for the error message; empty when accepted.
        std::string problem;

        bool accepted() const noexcept { return verdict == Verdict::Accepted; }
    };

    MimeSniffer() = delete;

    // PNG (signature, IHDR with its CRC, every chunk's CRC, up to IEND), JPEG (the marker chain
    // from SOI through a SOFn and the scans to EOI), WebP (RIFF container, VP8/VP8L/VP8X header,
    // every chunk inside the declared size) and PDF (header, and startxref + %%EOF at the end).
    // Bytes after a complete image (IEND, EOI, the RIFF size) are allowed: phones append data
    // there (motion photos), and they are stored and served, never interpreted.
    static Result inspect(std::string_view bytes, const domain::ImageLimits &limits);
};

} // namespace p2pdesk::syncd::storage
