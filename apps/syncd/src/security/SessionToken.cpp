#include "security/SessionToken.h"

#include "security/Encoding.h"
#include "security/SecureMemory.h"
#include "security/SecureRandom.h"

#include <openssl/evp.h>

#include <array>
#include <stdexcept>

namespace p2pdesk::syncd::security {

IssuedSessionToken issueSessionToken()
{
    const SecretBytes random = randomBytes(kSessionTokenBytes);
    IssuedSessionToken issued;
    issued.token = base64UrlEncode(random);
    issued.hash = hashToken(issued.token);
    return issued;
}

bool isWellFormedSessionToken(std::string_view token)
{
    if (token.size() != kSessionTokenLength)
        return false;
    const auto decoded = base64UrlDecode(token);
    return decoded && decoded->size() == kSessionTokenBytes;
}

std::string hashToken(std::string_view token)
{
    std::array<std::uint8_t, 32> digest{};
    unsigned int length = 0;
    if (EVP_Digest(token.data(), token.size(), digest.data(), &length, EVP_sha256(), nullptr) != 1 ||
        length != digest.size())
        throw std::runtime_error("SHA-256 failed");
    return hexEncode(digest);
}

bool tokenMatchesHash(std::string_view token, std::string_view storedHash)
{
    return constantTimeEquals(hashToken(token), storedHash);
}

} // namespace p2pdesk::syncd::security
