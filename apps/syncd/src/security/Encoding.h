#pragma once

#include "security/SecureMemory.h"

#include <optional>
#include <string>
#include <string_view>

namespace p2pdesk::syncd::security {

// Text encodings for binary values. Decoders are strict (no whitespace, no mixed padding) because
// they read tokens, key files and stored ciphertexts, where leniency only hides corruption. Decoded
// bytes may be key material, so they come back in wiping storage.

// Lower-case hex; decoding accepts either case.
std::string hexEncode(ByteView bytes);
std::optional<SecretBytes> hexDecode(std::string_view text);

// RFC 4648 §5 URL-safe alphabet without padding (tokens, compact ciphertexts).
std::string base64UrlEncode(ByteView bytes);
std::optional<SecretBytes> base64UrlDecode(std::string_view text);

// RFC 4648 §6 upper-case alphabet without padding: the form authenticator apps expect in an
// otpauth:// URI. Decoding accepts lower case and trailing '=' padding as apps display them.
std::string base32Encode(ByteView bytes);
std::optional<SecretBytes> base32Decode(std::string_view text);

} // namespace p2pdesk::syncd::security
