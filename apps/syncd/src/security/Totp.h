#pragma once

#include "security/SecureMemory.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace p2pdesk::syncd::security {

// RFC 6238 TOTP as every authenticator app does it by default: HMAC-SHA1, 6 digits, 30 s steps from
// the Unix epoch. Codes are accepted one step either side of `now` to absorb clock drift and
// typing time. All functions are pure (time is passed in) and thread-safe; liboath is initialised
// once on first use.
inline constexpr std::size_t kTotpSecretBytes = 20;
inline constexpr unsigned kTotpDigits = 6;
inline constexpr std::chrono::seconds kTotpPeriod{30};
inline constexpr unsigned kTotpWindowSteps = 1;

// 20 random bytes (the RFC 4226 recommended size for SHA1). Store it encrypted (SecretBox, bound to
// the operator row), never in clear and never in logs.
SecretBytes generateTotpSecret();

// "otpauth://totp/p2pdesk:<username>?secret=<base32>&issuer=p2pdesk&algorithm=SHA1&digits=6&period=30"
// with the username percent-encoded. Show it once (QR code or text); it contains the secret.
// Throws std::invalid_argument for an empty username or an empty secret.
std::string totpProvisioningUri(std::string_view username, ByteView secret);

// The RFC 6238 time step (counter) that `time` falls in.
std::int64_t totpStep(std::chrono::sys_seconds time);

// The code an authenticator shows at `time` (enrolment checks and tests).
std::string totpCodeAt(ByteView secret, std::chrono::sys_seconds time);

// The time step whose code equals `code` within ±kTotpWindowSteps of `now`, or nullopt. `code` must
// be exactly six ASCII digits. The comparison is constant time.
std::optional<std::int64_t> matchTotp(ByteView secret, std::string_view code, std::chrono::sys_seconds now);

// matchTotp() plus replay protection: a step at or before `lastUsedStep` (the operator's stored
// totp_last_step; nullopt before the first use) is refused, so a code, or an older code seen over
// someone's shoulder, works once. On success store the returned step as the new totp_last_step in
// the same transaction that creates the session (UPDATE … WHERE totp_last_step IS DISTINCT FROM the
// value read, or under a row lock, so two racing logins cannot both use one code).
std::optional<std::int64_t> acceptTotp(ByteView secret, std::string_view code, std::chrono::sys_seconds now,
                                       std::optional<std::int64_t> lastUsedStep);

} // namespace p2pdesk::syncd::security
