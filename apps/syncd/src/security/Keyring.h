#pragma once

#include "security/SecureMemory.h"

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace p2pdesk::syncd::security {

// The AES-256 keys for encryption at rest, by key id. Every ciphertext names its key id, so keys can
// be rotated: add a new key (it becomes current and encrypts from then on), keep the old ones for
// decryption until every row has been re-encrypted, then drop them. Not thread-safe while being
// filled; read-only use after setup is safe from any thread.
class Keyring final {
public:
    static constexpr std::size_t kKeyBytes = 32;

    // Key ids are 1–32 characters of [A-Za-z0-9_-]; they are stored next to each ciphertext.
    static bool isValidKeyId(std::string_view keyId);

    // The added key becomes the current one. Throws std::invalid_argument for a bad id, a duplicate
    // id or a key that is not 32 bytes.
    void add(std::string keyId, SecretBytes key);
    void addFromFile(std::string keyId, const std::filesystem::path &path);

    // Every "<keyId>.key" file in `directory` (other files are ignored). The current key is the one
    // with the greatest id in byte order, so name keys so that newer sort later ("2025-01",
    // "2025-07" or "k0001", "k0002"). Throws std::runtime_error if no key is found.
    static Keyring loadDirectory(const std::filesystem::path &directory);

    // Makes an already added key current (e.g. from a config setting). Throws std::invalid_argument.
    void setCurrent(std::string_view keyId);

    bool empty() const { return m_keys.empty(); }
    std::size_t size() const { return m_keys.size(); }
    const std::string &currentKeyId() const { return m_current; }
    std::vector<std::string> keyIds() const;

    // nullptr if the id is unknown.
    const SecretBytes *find(std::string_view keyId) const;

private:
    std::map<std::string, SecretBytes, std::less<>> m_keys;
    std::string m_current;
};

} // namespace p2pdesk::syncd::security
