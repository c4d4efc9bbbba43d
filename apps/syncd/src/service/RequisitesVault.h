#pragma once

#include "config/Config.h"
#include "security/KeyedHash.h"
#include "security/SecretBox.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace p2pdesk::syncd::service {

// Payout requisites as stored: sealed (AES-256-GCM), findable (keyed hash) and showable (masked).
struct SealedRequisites {
    security::SealedBox sealed;
    std::string lookupHashHex;
    std::string masked;
};

// Encryption at rest of payout requisites. One 32-byte master key (security.requisites_key_file,
// its environment fallback, or — like the TLS certificate — generated once in
// data_dir/keys/requisites.key) is split with HMAC into an encryption key and a lookup-hash key, so
// a leaked lookup hash says nothing about the encryption key and vice versa. The key id stored with
// each row is derived from the key, so replacing the key file never mislabels old rows: they fail to
// open with UnknownKey instead of decrypting garbage.
//
// Each ciphertext is bound (associated data) to its customer and lookup hash: a row copied onto
// another customer does not open. Keys load on first use; thread-safe afterwards.
class RequisitesVault final {
public:
    explicit RequisitesVault(const config::Config &config);
    // For tests: a fixed master key.
    explicit RequisitesVault(security::SecretBytes masterKey);
    ~RequisitesVault();
    RequisitesVault(const RequisitesVault &) = delete;
    RequisitesVault &operator=(const RequisitesVault &) = delete;

    SealedRequisites seal(std::int64_t customerId, std::string_view requisites) const;
    // The plaintext; throws std::runtime_error when the row does not open (wrong key, tampering).
    std::string open(std::int64_t customerId, const std::string &lookupHashHex,
                     const security::SealedBox &sealed) const;
    // The hash searching for `text` as requisites would match (orders list "q").
    std::string lookupHash(std::string_view text) const;

private:
    struct Keys;
    const Keys &keys() const;
    static std::unique_ptr<Keys> derive(const security::SecretBytes &masterKey);
    security::SecretBytes loadMasterKey() const;

    std::optional<config::Config> m_config;
    mutable std::once_flag m_once;
    mutable std::unique_ptr<Keys> m_keys;
};

} // namespace p2pdesk::syncd::service
