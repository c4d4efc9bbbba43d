#include "storage/MimeSniffer.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>

namespace p2pdesk::syncd::storage {

namespace {

using namespace std::string_view_literals;
using Verdict = MimeSniffer::Verdict;
using Result = MimeSniffer::Result;

bool startsWith(std::string_view bytes, std::string_view magic, std::size_t offset = 0)
{
    return bytes.size() >= offset + magic.size() && bytes.substr(offset, magic.size()) == magic;
}

std::uint8_t byteAt(std::string_view bytes, std::size_t at)
{
    return static_cast<std::uint8_t>(bytes[at]);
}

std::uint32_t be16(std::string_view bytes, std::size_t at)
{
    return (std::uint32_t{byteAt(bytes, at)} << 8) | byteAt(bytes, at + 1);
}

std::uint32_t be32(std::string_view bytes, std::size_t at)
{
    return (be16(bytes, at) << 16) | be16(bytes, at + 2);
}

std::uint32_t le16(std::string_view bytes, std::size_t at)
{
    return std::uint32_t{byteAt(bytes, at)} | (std::uint32_t{byteAt(bytes, at + 1)} << 8);
}

std::uint32_t le24(std::string_view bytes, std::size_t at)
{
    return le16(bytes, at) | (std::uint32_t{byteAt(bytes, at + 2)} << 16);
}

std::uint32_t le32(std::string_view bytes, std::size_t at)
{
    return le16(bytes, at) | (le16(bytes, at + 2) << 16);
}

Result refuse(std::string mime, Verdict verdict, std::string problem)
{
    Result result;
    result.verdict = verdict;
    result.mime = std::move(mime);
    result.problem = std::move(problem);
    return result;
}

// The header is read: the dimensions decide before anything else is walked, so a bomb is named
// as one even when its (irrelevant) pixel data is also broken.
std::optional<Result> checkDimensions(const std::string &mime, std::uint32_t width, std::uint32_t height,
                                      const domain::ImageLimits &limits)
{
    const auto status = domain::checkImageDimensions(width, height, limits);
    if (status.ok())
        return std::nullopt;
    auto result =
        refuse(mime, status.error().code == domain::ErrorCode::LimitExceeded ? Verdict::TooLarge : Verdict::Malformed,
               status.error().message);
    result.width = width;
    result.height = height;
    return result;
}

Result accept(std::string mime, std::optional<std::uint32_t> width = {}, std::optional<std::uint32_t> height = {})
{
    Result result;
    result.verdict = Verdict::Accepted;
    result.mime = std::move(mime);
    result.width = width;
    result.height = height;
    return result;
}

// ---- PNG (ISO/IEC 15948) ----------------------------------------------------------------------

constexpr std::array<std::uint32_t, 256> makeCrcTable()
{
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t n = 0; n < 256; ++n) {
        std::uint32_t c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1U) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

std::uint32_t crc32(std::string_view data)
{
    static constexpr auto kTable = makeCrcTable();
    std::uint32_t c = 0xFFFFFFFFU;
    for (const char ch : data)
        c = kTable[(c ^ static_cast<std::uint8_t>(ch)) & 0xFFU] ^ (c >> 8);
    return c ^ 0xFFFFFFFFU;
}

bool validPngDepth(std::uint8_t colorType, std::uint8_t depth)
{
    switch (colorType) {
    case 0:
        return depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
    case 3:
        return depth == 1 || depth == 2 || depth == 4 || depth == 8;
    case 2:
    case 4:
    case 6:
        return depth == 8 || depth == 16;
    default:
        return false;
    }
}

Result inspectPng(std::string_view bytes, const domain::ImageLimits &limits)
{
    const std::string mime = "image/png";
    constexpr std::size_t kSignature = 8;
    // A chunk: length (4), type (4), data (length), CRC over type and data (4).
    constexpr std::size_t kIhdrEnd = kSignature + 4 + 4 + 13 + 4;
    if (bytes.size() < kIhdrEnd)
        return refuse(mime, Verdict::Malformed, "the PNG ends before its IHDR header");
    if (be32(bytes, kSignature) != 13 || bytes.substr(kSignature + 4, 4) != "IHDR"sv)
        return refuse(mime, Verdict::Malformed, "the PNG does not start with an IHDR header");
    if (crc32(bytes.substr(kSignature + 4, 4 + 13)) != be32(bytes, kSignature + 4 + 4 + 13))
        return refuse(mime, Verdict::Malformed, "the PNG's IHDR header fails its CRC");
    const std::size_t ihdr = kSignature + 8;
    const std::uint32_t width = be32(bytes, ihdr);
    const std::uint32_t height = be32(bytes, ihdr + 4);
    if (width > 0x7FFFFFFFU || height > 0x7FFFFFFFU)
        return refuse(mime, Verdict::Malformed, "the PNG's IHDR dimensions are out of range");
    if (auto refused = checkDimensions(mime, width, height, limits))
        return *refused;
    if (!validPngDepth(byteAt(bytes, ihdr + 9), byteAt(bytes, ihdr + 8)) || byteAt(bytes, ihdr + 10) != 0 ||
        byteAt(bytes, ihdr + 11) != 0 || byteAt(bytes, ihdr + 12) > 1)
        return refuse(mime, Verdict::Malformed, "the PNG's IHDR header has invalid fields");

    bool sawData = false;
    std::size_t at = kIhdrEnd;
    while (true) {
        if (bytes.size() - at < 12)
            return refuse(mime, Verdict::Malformed, "the PNG is truncated (no IEND chunk)");
        const std::uint32_t length = be32(bytes, at);
        if (length > 0x7FFFFFFFU || bytes.size() - at - 12 < length)
            return refuse(mime, Verdict::Malformed, "the PNG is truncated inside a chunk");
        const std::string_view type = bytes.substr(at + 4, 4);
        for (const char c : type) {
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
                return refuse(mime, Verdict::Malformed, "the PNG has a chunk with an invalid type");
        }
        if (crc32(bytes.substr(at + 4, 4 + std::size_t{length})) != be32(bytes, at + 8 + length))
            return refuse(mime, Verdict::Malformed, "a PNG chunk fails its CRC");
        if (type == "IHDR"sv)
            return refuse(mime, Verdict::Malformed, "the PNG has a second IHDR header");
        at += 12 + std::size_t{length};
        if (type == "IDAT"sv)
            sawData = true;
        if (type == "IEND"sv) {
            if (!sawData)
                return refuse(mime, Verdict::Malformed, "the PNG has no image data");
            return accept(mime, width, height);
        }
    }
}

// ---- JPEG (ITU-T T.81) ------------------------------------------------------------------------

// SOF0…SOF15 without DHT (C4), JPG (C8) and DAC (CC), which share the range.
bool isStartOfFrame(std::uint8_t marker)
{
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

bool isRestart(std::uint8_t marker)
{
    return marker >= 0xD0 && marker <= 0xD7;
}

Result inspectJpeg(std::string_view bytes, const domain::ImageLimits &limits)
{
    const std::string mime = "image/jpeg";
    std::optional<std::uint32_t> width;
    std::optional<std::uint32_t> height;
    bool sawScan = false;
    std::size_t at = 2; // after SOI
    while (true) {
        if (at >= bytes.size())
            return refuse(mime, Verdict::Malformed, "the JPEG is truncated (no EOI marker)");
        if (byteAt(bytes, at) != 0xFF)
            return refuse(mime, Verdict::Malformed, "the JPEG has data where a marker belongs");
        // Any number of 0xFF fill bytes may precede a marker.
        while (at < bytes.size() && byteAt(bytes, at) == 0xFF)
            ++at;
        if (at >= bytes.size())
            return refuse(mime, Verdict::Malformed, "the JPEG is truncated (no EOI marker)");
        const std::uint8_t marker = byteAt(bytes, at++);
        if (marker == 0xD9) {
            if (!width || !sawScan)
                return refuse(mime, Verdict::Malformed, "the JPEG ends before its frame and scan");
            return accept(mime, width, height);
        }
        if (marker == 0x00 || marker == 0xD8)
            return refuse(mime, Verdict::Malformed, "the JPEG has an invalid marker");
        if (marker == 0x01 || isRestart(marker))
            continue; // stand-alone markers carry no length
        if (bytes.size() - at < 2)
            return refuse(mime, Verdict::Malformed, "the JPEG is truncated inside a marker");
        const std::size_t length = be16(bytes, at);
        if (length < 2 || bytes.size() - at < length)
            return refuse(mime, Verdict::Malformed, "the JPEG is truncated inside a marker segment");
        const std::string_view segment = bytes.substr(at + 2, length - 2);
        at += length;

        if (isStartOfFrame(marker)) {
            if (width)
                return refuse(mime, Verdict::Malformed, "the JPEG has more than one frame header");
            // P (1), Y (2), X (2), Nf (1), then 3 bytes per component.
            if (segment.size() < 6 || byteAt(segment, 5) == 0 ||
                segment.size() != 6 + 3 * std::size_t{byteAt(segment, 5)})
                return refuse(mime, Verdict::Malformed, "the JPEG's frame header is malformed");
            const std::uint32_t h = be16(segment, 1);
            const std::uint32_t w = be16(segment, 3);
            // Height 0 defers it to a DNL marker after the first scan; no camera or scanner
            // writes that, and a decoder would have to guess the buffer size.
            if (auto refused = checkDimensions(mime, w, h, limits))
                return *refused;
            width = w;
            height = h;
        } else if (marker == 0xDA) {
            if (!width)
                return refuse(mime, Verdict::Malformed, "the JPEG has a scan before its frame header");
            sawScan = true;
            // Entropy-coded data: 0xFF is escaped as FF 00 and restart markers may interleave;
            // anything else after 0xFF is the next marker.
            while (true) {
                const void *ff = std::memchr(bytes.data() + at, 0xFF, bytes.size() - at);
                if (!ff)
                    return refuse(mime, Verdict::Malformed, "the JPEG is truncated inside a scan");
                at = static_cast<std::size_t>(static_cast<const char *>(ff) - bytes.data());
                if (at + 1 >= bytes.size())
                    return refuse(mime, Verdict::Malformed, "the JPEG is truncated inside a scan");
                const std::uint8_t next = byteAt(bytes, at + 1);
                if (next == 0x00 || isRestart(next)) {
                    at += 2;
                    continue;
                }
                break; // a marker (possibly after fill bytes); the outer loop reads it
            }
        }
    }
}

// ---- WebP (RIFF container, RFC 9649) ----------------------------------------------------------

Result inspectWebp(std::string_view bytes, const domain::ImageLimits &limits)
{
    const std::string mime = "image/webp";
    const std::uint32_t riffSize = le32(bytes, 4);
    if (riffSize < 4 + 8 || bytes.size() - 8 < riffSize)
        return refuse(mime, Verdict::Malformed, "the WebP file is shorter than its RIFF header says");
    const std::string_view riff = bytes.substr(0, 8 + std::size_t{riffSize});

    std::optional<std::uint32_t> width;
    std::optional<std::uint32_t> height;
    bool extended = false;
    bool sawImage = false;
    std::size_t at = 12;
    while (at < riff.size()) {
        if (riff.size() - at < 8)
            return refuse(mime, Verdict::Malformed, "the WebP file is truncated inside a chunk header");
        const std::string_view fourcc = riff.substr(at, 4);
        const std::uint32_t size = le32(riff, at + 4);
        if (riff.size() - at - 8 < size)
            return refuse(mime, Verdict::Malformed, "the WebP file is truncated inside a chunk");
        const std::string_view payload = riff.substr(at + 8, size);
        const bool first = at == 12;
        // Chunks are padded to an even size; the padding may be missing only at the very end.
        at += 8 + std::size_t{size} + (size & 1U);

        if (first) {
            std::uint32_t w = 0;
            std::uint32_t h = 0;
            if (fourcc == "VP8 "sv) {
                // Frame tag (3 bytes, bit 0 clear on a key frame), start code 9D 01 2A, then
                // 14-bit width and height with 2 bits of scaling each.
                if (payload.size() < 10 || (byteAt(payload, 0) & 1U) != 0 || payload.substr(3, 3) != "\x9D\x01\x2A"sv)
                    return refuse(mime, Verdict::Malformed, "the WebP VP8 header is malformed");
                w = le16(payload, 6) & 0x3FFFU;
                h = le16(payload, 8) & 0x3FFFU;
                sawImage = true;
            } else if (fourcc == "VP8L"sv) {
                // Signature 0x2F, then width - 1 and height - 1 in 14 bits each.
                if (payload.size() < 5 || byteAt(payload, 0) != 0x2F)
                    return refuse(mime, Verdict::Malformed, "the WebP VP8L header is malformed");
                const std::uint32_t bits = le32(payload, 1);
                w = (bits & 0x3FFFU) + 1;
                h = ((bits >> 14) & 0x3FFFU) + 1;
                sawImage = true;
            } else if (fourcc == "VP8X"sv) {
                // Flags (1), reserved (3), canvas width - 1 and height - 1 in 24 bits each.
                if (payload.size() < 10)
                    return refuse(mime, Verdict::Malformed, "the WebP VP8X header is malformed");
                w = le24(payload, 4) + 1;
                h = le24(payload, 7) + 1;
                extended = true;
            } else {
                return refuse(mime, Verdict::Malformed, "the WebP file does not start with an image header");
            }
            if (auto refused = checkDimensions(mime, w, h, limits))
                return *refused;
            width = w;
            height = h;
        } else if (extended && (fourcc == "VP8 "sv || fourcc == "VP8L"sv || fourcc == "ANMF"sv)) {
            sawImage = true;
        }
    }
    if (!sawImage)
        return refuse(mime, Verdict::Malformed, "the WebP file has no image data");
    return accept(mime, width, height);
}

// ---- PDF (ISO 32000) --------------------------------------------------------------------------

Result inspectPdf(std::string_view bytes)
{
    const std::string mime = "application/pdf";
    // "%PDF-1.7": a version after the magic.
    if (bytes.size() < 8 || !std::isdigit(byteAt(bytes, 5)) || bytes[6] != '.' || !std::isdigit(byteAt(bytes, 7)))
        return refuse(mime, Verdict::Malformed, "the PDF header has no version");
    // A complete PDF ends with "startxref", the offset of its cross-reference, and "%%EOF".
    // Readers (and ISO 32000's implementation notes) look for them in the last 1024 bytes, which
    // tolerates trailing line ends and the junk some generators append.
    const std::size_t tailSize = std::min<std::size_t>(bytes.size(), 1024);
    const std::string_view tail = bytes.substr(bytes.size() - tailSize);
    const auto eof = tail.rfind("%%EOF"sv);
    if (eof == std::string_view::npos)
        return refuse(mime, Verdict::Malformed, "the PDF is truncated (no %%EOF at its end)");
    if (tail.substr(0, eof).rfind("startxref"sv) == std::string_view::npos)
        return refuse(mime, Verdict::Malformed, "the PDF is truncated (no startxref before %%EOF)");
    return accept(mime);
}

} // namespace

MimeSniffer::Result MimeSniffer::inspect(std::string_view bytes, const domain::ImageLimits &limits)
{
    if (startsWith(bytes, "\xFF\xD8"sv))
        return inspectJpeg(bytes, limits);
    if (startsWith(bytes, "\x89PNG\r\n\x1A\n"sv))
        return inspectPng(bytes, limits);
    // RIFF container: "RIFF", 4 bytes of length, then the form type "WEBP".
    if (startsWith(bytes, "RIFF"sv) && startsWith(bytes, "WEBP"sv, 8))
        return inspectWebp(bytes, limits);
    if (startsWith(bytes, "%PDF-"sv))
        return inspectPdf(bytes);
    return {};
}

} // namespace p2pdesk::syncd::storage
