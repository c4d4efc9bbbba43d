#include "security/SecureMemory.h"

#include <openssl/crypto.h>

namespace p2pdesk::syncd::security {

void secureWipe(void *data, std::size_t size) noexcept
{
    if (data != nullptr && size != 0)
        OPENSSL_cleanse(data, size);
}

bool constantTimeEquals(ByteView a, ByteView b) noexcept
{
    if (a.size() != b.size())
        return false;
    if (a.empty())
        return true;
    return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

bool constantTimeEquals(std::string_view a, std::string_view b) noexcept
{
    return constantTimeEquals(asBytes(a), asBytes(b));
}

} // namespace p2pdesk::syncd::security
