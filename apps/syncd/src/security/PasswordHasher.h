#pragma once

#include "security/Expected.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace p2pdesk::syncd::security {

// Argon2id cost. The defaults (64 MiB, 3 passes, 1 lane: roughly 0.1–0.3 s on a small VPS core)
// fit a desk server with a handful of operators logging in a few times a day; tests inject tiny
// values. Raising any field makes needsRehash() true for older hashes.
struct Argon2Params {
    std::uint32_t memoryKiB = 64 * 1024;
    std::uint32_t iterations = 3;
    std::uint32_t parallelism = 1;
    std::uint32_t saltBytes = 16;
    std::uint32_t hashBytes = 32;

    bool operator==(const Argon2Params &) const = default;
};

enum class PasswordError { Empty, TooLong };

// Operator passwords as argon2id PHC strings ("$argon2id$v=19$m=…,t=…,p=…$salt$hash"), which carry
// their own parameters so that old hashes keep verifying after the defaults change. Passwords are
// hashed as the bytes given (UTF-8 from the client); no normalisation. Thread-safe (no state
// besides the parameters).
class PasswordHasher final {
public:
    // Upper bound on accepted passwords: keeps the hashing cost of a hostile request bounded.
    static constexpr std::size_t kMaxPasswordBytes = 1024;

    // Throws std::invalid_argument for parameters argon2 would refuse.
    explicit PasswordHasher(Argon2Params params = {});

    const Argon2Params &params() const { return m_params; }

    static std::optional<PasswordError> checkPassword(std::string_view password);

    // A fresh random salt each call. Throws std::runtime_error only if argon2 or the random
    // generator fails (e.g. out of memory).
    Expected<std::string, PasswordError> hash(std::string_view password) const;

    // Constant time in the comparison (argon2's own verifier). False for a malformed hash, an empty
    // or over-long password, or a hash whose cost exceeds sane bounds (a corrupted row must not
    // make syncd allocate gigabytes).
    bool verify(std::string_view password, std::string_view encoded) const;

    // Spends the same time as verify() and always fails: call it when the user does not exist so
    // that "unknown user" and "wrong password" cannot be told apart by timing.
    void verifyDummy(std::string_view password) const;

    // True when the stored hash was made with other parameters (or is not ours at all): rehash it
    // after the next successful login.
    bool needsRehash(std::string_view encoded) const;

    // The parameters of an encoded argon2id hash, or nullopt if it is not one.
    static std::optional<Argon2Params> parseEncoded(std::string_view encoded);

private:
    Argon2Params m_params;
};

} // namespace p2pdesk::syncd::security
