#pragma once

#include "security/Sha256.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace p2pdesk::syncd::storage {

struct StoredObject {
    security::Sha256Digest sha256{};
    std::string sha256Hex;
    std::string key; // relative to the store's root: "sha256/ab/cd/abcd…"
    std::size_t size = 0;
};

// Content-addressed files under a root directory: the key is derived from the SHA-256, so the same
// bytes are stored once and a stored file can be checked against its name. Writes are crash-safe:
// temp file in the target directory, fsync, rename over the final name, fsync the directory — a
// reader never sees a partial file and a committed attachment row never points at lost data.
class ContentStore final {
public:
    explicit ContentStore(std::filesystem::path root);

    // Stores the bytes (no-op when the object already exists) and returns where.
    StoredObject put(std::string_view bytes);
    // The bytes of a stored object; nullopt when missing (purged, or never stored here).
    std::optional<std::string> read(const std::string &key) const;
    bool contains(const std::string &key) const;
    // Deletes the object; true when a file was removed, false when it was already gone (so a
    // repeated removal after a crash is harmless). The caller makes sure nothing refers to it.
    bool remove(const std::string &key);
    std::filesystem::path pathOf(const std::string &key) const;
    const std::filesystem::path &root() const { return m_root; }

    // Whether `key` has the shape put() gives keys ("sha256/xx/yy/<64 hex>", xx and yy the first
    // digits): the only names the store reads or writes, and the only ones a backup restores.
    static bool isValidKey(const std::string &key);
    // The key put() gives these bytes' digest.
    static std::string keyOf(const security::Sha256Digest &sha256);
    // The SHA-256 (hex) a valid key names.
    static std::string sha256HexOf(const std::string &key) { return key.substr(13); }

private:
    std::filesystem::path m_root;
};

} // namespace p2pdesk::syncd::storage
