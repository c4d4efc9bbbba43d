#include "security/SecureRandom.h"

#include <openssl/rand.h>

#include <climits>
#include <stdexcept>

namespace p2pdesk::syncd::security {

void fillRandom(std::span<std::uint8_t> out)
{
    if (out.empty())
        return;
    if (out.size() > static_cast<std::size_t>(INT_MAX) || RAND_bytes(out.data(), static_cast<int>(out.size())) != 1)
        throw std::runtime_error("the system random generator failed");
}

SecretBytes randomBytes(std::size_t count)
{
    SecretBytes bytes(count);
    fillRandom(bytes);
    return bytes;
}

} // namespace p2pdesk::syncd::security
