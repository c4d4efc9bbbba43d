#include "security/KeyedHash.h"

#include "security/Encoding.h"
#include "security/KeyFile.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <stdexcept>

namespace p2pdesk::syncd::security {

KeyedHash::KeyedHash(SecretBytes key)
    : m_key(std::move(key))
{
    if (m_key.size() < kMinKeyBytes)
        throw std::invalid_argument("keyed hash key must be at least 32 bytes");
}

KeyedHash KeyedHash::fromFile(const std::filesystem::path &path)
{
    return KeyedHash(loadKeyFile(path, kMinKeyBytes));
}

SecretBytes KeyedHash::digest(std::string_view purpose, ByteView message) const
{
    if (purpose.find('\0') != std::string_view::npos)
        throw std::invalid_argument("purpose must not contain NUL");
    SecretBytes input;
    input.reserve(purpose.size() + 1 + message.size());
    input.insert(input.end(), purpose.begin(), purpose.end());
    input.push_back(0);
    input.insert(input.end(), message.begin(), message.end());

    SecretBytes out(kDigestBytes);
    unsigned int length = 0;
    if (HMAC(EVP_sha256(), m_key.data(), static_cast<int>(m_key.size()), input.data(), input.size(), out.data(),
             &length) == nullptr ||
        length != kDigestBytes)
        throw std::runtime_error("HMAC-SHA-256 failed");
    return out;
}

std::string KeyedHash::hexDigest(std::string_view purpose, std::string_view message) const
{
    return hexEncode(digest(purpose, asBytes(message)));
}

std::string KeyedHash::normaliseRequisites(std::string_view requisites)
{
    std::string out;
    out.reserve(requisites.size());
    for (std::size_t i = 0; i < requisites.size(); ++i) {
        const char c = requisites[i];
        const std::string_view rest = requisites.substr(i);
        if (rest.starts_with("\xC2\xA0")) { // U+00A0
            ++i;
            continue;
        }
        if (rest.starts_with("\xE2\x80\x87") || rest.starts_with("\xE2\x80\xAF")) { // U+2007, U+202F
            i += 2;
            continue;
        }
        switch (c) {
        case ' ':
        case '\t':
        case '\n':
        case '\r':
        case '\v':
        case '\f':
        case '-':
        case '.':
        case '(':
        case ')':
        case '/':
            continue;
        default:
            break;
        }
        out.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
    }
    return out;
}

std::string KeyedHash::requisitesLookupHash(std::string_view requisites) const
{
    std::string normalised = normaliseRequisites(requisites);
    std::string hash = hexDigest(kRequisitesPurpose, normalised);
    secureWipe(normalised.data(), normalised.size());
    return hash;
}

} // namespace p2pdesk::syncd::security
