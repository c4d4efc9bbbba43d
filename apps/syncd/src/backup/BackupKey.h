#pragma once

#include "config/Config.h"
#include "security/SecureMemory.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace p2pdesk::syncd::backup {

// The key of encrypted backups: 32 bytes from a key file (64 hex digits, what
// `openssl rand -hex 32` writes; not readable by others). Three values are derived from it with
// HMAC-SHA-256 under distinct purposes, so none of them reveals another or the key:
//   id       — 16 hex digits stored in the manifest, so a wrong key is named as such before any
//              decryption is attempted;
//   file key — encrypts every file of the backup (security/ChunkedCipher, a fresh salt per file);
//   MAC key  — authenticates the manifest, so its sums, counts and file list cannot be edited to
//              match a modified or swapped file.
class BackupKey final {
public:
    explicit BackupKey(const security::SecretBytes &master);

    // --key-file FILE when given, else backup.key_file, else env P2PDESK_BACKUP_KEY (64 hex
    // digits); nullopt when none is configured (the backup is not encrypted).
    static std::optional<BackupKey> load(const config::Config &config,
                                         const std::optional<std::filesystem::path> &keyFile);

    const std::string &id() const { return m_id; }
    const security::SecretBytes &fileKey() const { return m_fileKey; }
    std::string mac(std::string_view text) const;

private:
    std::string m_id;
    security::SecretBytes m_fileKey;
    security::SecretBytes m_macKey;
};

} // namespace p2pdesk::syncd::backup
