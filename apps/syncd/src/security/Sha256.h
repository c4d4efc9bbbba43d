#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace p2pdesk::syncd::security {

using Sha256Digest = std::array<std::uint8_t, 32>;

Sha256Digest sha256(std::string_view data);
std::string sha256Hex(std::string_view data);
std::string toHex(const std::uint8_t *data, std::size_t size);

// SHA-256 over data that arrives in pieces (files streamed through a backup).
class Sha256Hasher final {
public:
    Sha256Hasher();
    ~Sha256Hasher();
    Sha256Hasher(const Sha256Hasher &) = delete;
    Sha256Hasher &operator=(const Sha256Hasher &) = delete;

    void update(const void *data, std::size_t size);
    void update(std::string_view data) { update(data.data(), data.size()); }
    // The digest of everything so far; the hasher starts over afterwards.
    Sha256Digest finish();
    std::string finishHex();

private:
    struct Context;
    std::unique_ptr<Context> m_ctx;
};

} // namespace p2pdesk::syncd::security
