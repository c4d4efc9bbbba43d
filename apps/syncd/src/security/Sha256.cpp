#include "security/Sha256.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace p2pdesk::syncd::security {

Sha256Digest sha256(std::string_view data)
{
    Sha256Digest digest{};
    unsigned int length = 0;
    if (EVP_Digest(data.data(), data.size(), digest.data(), &length, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 failed");
    return digest;
}

std::string toHex(const std::uint8_t *data, std::size_t size)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(size * 2);
    for (std::size_t i = 0; i < size; ++i) {
        out += digits[data[i] >> 4];
        out += digits[data[i] & 0x0f];
    }
    return out;
}

std::string sha256Hex(std::string_view data)
{
    const auto digest = sha256(data);
    return toHex(digest.data(), digest.size());
}

} // namespace p2pdesk::syncd::security
