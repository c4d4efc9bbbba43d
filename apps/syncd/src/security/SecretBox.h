#pragma once

#include "security/Expected.h"
#include "security/Keyring.h"
#include "security/SecureMemory.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace p2pdesk::syncd::security {

// One encrypted value as stored: the key id, the nonce and the ciphertext with the GCM tag
// appended. Store the three fields in columns, or the compact text form in one.
struct SealedBox {
    std::string keyId;
    Bytes nonce;
    Bytes ciphertext;

    // "v1.<keyId>.<base64url nonce>.<base64url ciphertext+tag>"
    std::string toString() const;
    static std::optional<SealedBox> fromString(std::string_view text);

    bool operator==(const SealedBox &) const = default;
};

enum class OpenError {
    UnknownKey, // the key id is not in the keyring (a key was dropped too early, or config is wrong)
    Malformed,  // wrong nonce or ciphertext size
    Forged,     // authentication failed: tampered data, wrong associated data or wrong key
};

// AES-256-GCM encryption at rest (payout requisites, TOTP secrets). Each seal uses the keyring's
// current key and a fresh random 96-bit nonce; random nonces are safe for far more than the 2^32
// messages per key a desk will ever write.
//
// The associated data binds a ciphertext to where it belongs, e.g. "payout_accounts.requisites:42"
// or "operators.totp_secret:7": a value copied into another row or column then fails to open
// instead of silently decrypting. It is authenticated, not encrypted, and must be given again
// (byte for byte) to open(). The key id is bound as well.
//
// Thread-safe: all methods are const and use a fresh OpenSSL context per call.
class SecretBox final {
public:
    static constexpr std::size_t kNonceBytes = 12;
    static constexpr std::size_t kTagBytes = 16;
    // Bounds the int-sized OpenSSL calls; encrypted fields are small.
    static constexpr std::size_t kMaxPlaintextBytes = std::size_t{16} * 1024 * 1024;

    // Throws std::invalid_argument if the keyring is empty.
    explicit SecretBox(Keyring keyring);

    const Keyring &keyring() const { return m_keyring; }

    // Throws std::invalid_argument above kMaxPlaintextBytes, std::runtime_error if OpenSSL fails.
    SealedBox seal(ByteView plaintext, std::string_view associatedData) const;
    SealedBox seal(std::string_view plaintext, std::string_view associatedData) const
    {
        return seal(asBytes(plaintext), associatedData);
    }

    Expected<SecretBytes, OpenError> open(const SealedBox &box, std::string_view associatedData) const;

    // True when the value was sealed with an older key: re-seal it (open + seal) during rotation.
    bool needsReseal(const SealedBox &box) const { return box.keyId != m_keyring.currentKeyId(); }

private:
    Keyring m_keyring;
};

} // namespace p2pdesk::syncd::security
