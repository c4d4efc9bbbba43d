#include "security/Sha256.h"

#include <openssl/evp.h>

#include <memory>
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

struct Sha256Hasher::Context {
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> md{EVP_MD_CTX_new(), &EVP_MD_CTX_free};
};

Sha256Hasher::Sha256Hasher()
    : m_ctx(std::make_unique<Context>())
{
    if (!m_ctx->md || EVP_DigestInit_ex(m_ctx->md.get(), EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 init failed");
}

Sha256Hasher::~Sha256Hasher() = default;

void Sha256Hasher::update(const void *data, std::size_t size)
{
    if (size > 0 && EVP_DigestUpdate(m_ctx->md.get(), data, size) != 1)
        throw std::runtime_error("SHA-256 update failed");
}

Sha256Digest Sha256Hasher::finish()
{
    Sha256Digest digest{};
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_ctx->md.get(), digest.data(), &length) != 1 ||
        EVP_DigestInit_ex(m_ctx->md.get(), EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 failed");
    return digest;
}

std::string Sha256Hasher::finishHex()
{
    const auto digest = finish();
    return toHex(digest.data(), digest.size());
}

std::string sha256Hex(std::string_view data)
{
    const auto digest = sha256(data);
    return toHex(digest.data(), digest.size());
}

} // namespace p2pdesk::syncd::security
