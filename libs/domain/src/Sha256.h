#pragma once

#include <array>
#include <cstdint>
#include <span>

namespace p2pdesk::domain::detail {

// Minimal SHA-256 (FIPS 180-4) for base58check address checksums. The domain layer has no
// dependencies, and hashing a 21-byte payload does not justify pulling OpenSSL into it.
std::array<std::uint8_t, 32> sha256(std::span<const std::uint8_t> data);

} // namespace p2pdesk::domain::detail
