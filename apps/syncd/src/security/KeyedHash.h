#pragma once

#include "security/SecureMemory.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace p2pdesk::syncd::security {

// HMAC-SHA-256 under a key of its own (not the encryption key), for values that must be findable
// without being stored in clear: the same payout requisites always give the same lookup hash, so
// "orders per payout account" and duplicate checks are plain indexed equality queries, while a
// database dump alone does not reveal (or allow brute-forcing) card numbers.
//
// Every hash is computed over "<purpose>\0<message>", so hashes made for one purpose never match
// another's. Thread-safe (const; fresh OpenSSL state per call).
class KeyedHash final {
public:
    static constexpr std::size_t kMinKeyBytes = 32;
    static constexpr std::size_t kDigestBytes = 32;

    static constexpr std::string_view kRequisitesPurpose = "payout-requisites";

    // Throws std::invalid_argument for a key shorter than kMinKeyBytes.
    explicit KeyedHash(SecretBytes key);
    // The key from a secret file (see loadKeyFile()).
    static KeyedHash fromFile(const std::filesystem::path &path);

    SecretBytes digest(std::string_view purpose, ByteView message) const;
    // Lower-case hex of digest(): 64 characters.
    std::string hexDigest(std::string_view purpose, std::string_view message) const;

    // Canonical form of payout requisites before hashing, so that the ways people type the same
    // card, account or phone number hash alike: removes ASCII whitespace, '-', '.', '(', ')', '/',
    // and the no-break spaces U+00A0, U+2007 and U+202F (pasted from banking apps); upper-cases
    // ASCII letters (IBANs). Everything else (digits, '+', non-ASCII letters) stays as is, so
    // "+7 912 …" and "8 912 …" remain different: equating national phone formats is a business rule
    // for the caller, not for a hash.
    static std::string normaliseRequisites(std::string_view requisites);

    // hexDigest(kRequisitesPurpose, normaliseRequisites(requisites)).
    std::string requisitesLookupHash(std::string_view requisites) const;

private:
    SecretBytes m_key;
};

} // namespace p2pdesk::syncd::security
