#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace p2pdesk::syncd::security {

// Overwrites memory in a way the optimiser may not drop (OPENSSL_cleanse).
void secureWipe(void *data, std::size_t size) noexcept;

// Wipes every buffer it hands back, so key material and decrypted plaintext do not linger in freed
// heap memory (including the old buffer when a vector grows).
template<class T> struct ZeroingAllocator {
    using value_type = T;

    ZeroingAllocator() noexcept = default;
    template<class U> ZeroingAllocator(const ZeroingAllocator<U> &) noexcept // NOLINT(google-explicit-constructor)
    {
    }

    T *allocate(std::size_t n) { return std::allocator<T>{}.allocate(n); }
    void deallocate(T *p, std::size_t n) noexcept
    {
        secureWipe(p, n * sizeof(T));
        std::allocator<T>{}.deallocate(p, n);
    }

    template<class U> bool operator==(const ZeroingAllocator<U> &) const noexcept { return true; }
};

using Bytes = std::vector<std::uint8_t>;
using SecretBytes = std::vector<std::uint8_t, ZeroingAllocator<std::uint8_t>>;
using ByteView = std::span<const std::uint8_t>;

inline ByteView asBytes(std::string_view text)
{
    return {reinterpret_cast<const std::uint8_t *>(text.data()), text.size()};
}

inline std::string_view asText(ByteView bytes)
{
    return {reinterpret_cast<const char *>(bytes.data()), bytes.size()};
}

// Constant time in the contents; the lengths are not treated as secret (hashes and tokens have a
// fixed, public length).
bool constantTimeEquals(ByteView a, ByteView b) noexcept;
bool constantTimeEquals(std::string_view a, std::string_view b) noexcept;

} // namespace p2pdesk::syncd::security
