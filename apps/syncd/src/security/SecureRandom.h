#pragma once

#include "security/SecureMemory.h"

#include <cstddef>

namespace p2pdesk::syncd::security {

// Bytes from the OpenSSL CSPRNG. Throws std::runtime_error if it cannot deliver: a server without
// randomness must not hand out salts, nonces or tokens.
SecretBytes randomBytes(std::size_t count);
void fillRandom(std::span<std::uint8_t> out);

} // namespace p2pdesk::syncd::security
