#include "security/Encoding.h"

#include <array>
#include <cstdint>

namespace p2pdesk::syncd::security {
namespace {

constexpr std::string_view kHexDigits = "0123456789abcdef";
constexpr std::string_view kBase64Url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr std::string_view kBase32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

constexpr std::uint8_t kInvalid = 0xFF;

constexpr std::array<std::uint8_t, 256> reverseTable(std::string_view alphabet)
{
    std::array<std::uint8_t, 256> table{};
    table.fill(kInvalid);
    for (std::size_t i = 0; i < alphabet.size(); ++i)
        table[static_cast<unsigned char>(alphabet[i])] = static_cast<std::uint8_t>(i);
    return table;
}

constexpr auto kBase64UrlReverse = reverseTable(kBase64Url);
constexpr auto kBase32Reverse = reverseTable(kBase32);

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Packs groups of `bitsPerChar` bits, most significant first. Trailing bits that do not fill a byte
// must be zero, otherwise two different texts would decode to the same bytes.
std::optional<SecretBytes> decodeBits(std::string_view text, const std::array<std::uint8_t, 256> &reverse,
                                      unsigned bitsPerChar)
{
    SecretBytes out;
    out.reserve(text.size() * bitsPerChar / 8);
    std::uint32_t buffer = 0;
    unsigned bits = 0;
    for (char c : text) {
        const std::uint8_t value = reverse[static_cast<unsigned char>(c)];
        if (value == kInvalid)
            return std::nullopt;
        buffer = (buffer << bitsPerChar) | static_cast<std::uint32_t>(value);
        bits += bitsPerChar;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<std::uint8_t>(buffer >> bits));
            buffer &= (1U << bits) - 1U;
        }
    }
    if (bits >= bitsPerChar || buffer != 0)
        return std::nullopt; // impossible length or non-canonical trailing bits
    return out;
}

std::string encodeBits(ByteView bytes, std::string_view alphabet, unsigned bitsPerChar)
{
    std::string out;
    out.reserve((bytes.size() * 8 + bitsPerChar - 1) / bitsPerChar);
    const std::uint32_t mask = (1U << bitsPerChar) - 1U;
    std::uint32_t buffer = 0;
    unsigned bits = 0;
    for (std::uint8_t byte : bytes) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= bitsPerChar) {
            bits -= bitsPerChar;
            out.push_back(alphabet[(buffer >> bits) & mask]);
        }
        buffer &= (1U << bits) - 1U;
    }
    if (bits > 0)
        out.push_back(alphabet[(buffer << (bitsPerChar - bits)) & mask]);
    return out;
}

} // namespace

std::string hexEncode(ByteView bytes)
{
    std::string out;
    out.reserve(bytes.size() * 2);
    for (std::uint8_t byte : bytes) {
        out.push_back(kHexDigits[byte >> 4]);
        out.push_back(kHexDigits[byte & 0x0F]);
    }
    return out;
}

std::optional<SecretBytes> hexDecode(std::string_view text)
{
    if (text.size() % 2 != 0)
        return std::nullopt;
    SecretBytes out;
    out.reserve(text.size() / 2);
    for (std::size_t i = 0; i < text.size(); i += 2) {
        const int high = hexValue(text[i]);
        const int low = hexValue(text[i + 1]);
        if (high < 0 || low < 0)
            return std::nullopt;
        out.push_back(static_cast<std::uint8_t>((high << 4) | low));
    }
    return out;
}

std::string base64UrlEncode(ByteView bytes)
{
    return encodeBits(bytes, kBase64Url, 6);
}

std::optional<SecretBytes> base64UrlDecode(std::string_view text)
{
    return decodeBits(text, kBase64UrlReverse, 6);
}

std::string base32Encode(ByteView bytes)
{
    return encodeBits(bytes, kBase32, 5);
}

std::optional<SecretBytes> base32Decode(std::string_view text)
{
    while (!text.empty() && text.back() == '=')
        text.remove_suffix(1);
    std::string upper(text);
    for (char &c : upper) {
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    }
    auto decoded = decodeBits(upper, kBase32Reverse, 5);
    secureWipe(upper.data(), upper.size());
    return decoded;
}

} // namespace p2pdesk::syncd::security
