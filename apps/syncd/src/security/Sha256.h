#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace p2pdesk::syncd::security {

using Sha256Digest = std::array<std::uint8_t, 32>;

Sha256Digest sha256(std::string_view data);
std::string sha256Hex(std::string_view data);
std::string toHex(const std::uint8_t *data, std::size_t size);

} // namespace p2pdesk::syncd::security
