#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace p2pdesk::syncd::security {

// Bearer session tokens: 32 random bytes as base64url (43 characters, no padding). Only the
// SHA-256 of a token is stored (sessions.token_hash), so a leaked database or backup cannot be
// replayed as a login. A keyed hash (pepper) would add nothing here: a 256-bit random token cannot
// be brute-forced from its hash.
struct IssuedSessionToken {
    std::string token; // give to the client once; never log or store it
    std::string hash;  // hashToken(token): store and look up by this
};

inline constexpr std::size_t kSessionTokenBytes = 32;
inline constexpr std::size_t kSessionTokenLength = 43;

// Throws std::runtime_error if the random generator fails.
IssuedSessionToken issueSessionToken();

// Checks the shape of a presented token (length and canonical base64url) before any lookup, so
// garbage is refused early and uniformly.
bool isWellFormedSessionToken(std::string_view token);

// Lower-case hex SHA-256 of the token text (64 characters).
std::string hashToken(std::string_view token);

// Constant-time check of a presented token against a stored hash.
bool tokenMatchesHash(std::string_view token, std::string_view storedHash);

} // namespace p2pdesk::syncd::security
