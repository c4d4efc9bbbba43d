#pragma once

#include "backup/Manifest.h"
#include "security/ChunkedCipher.h"
#include "security/Sha256.h"
#include <sys/types.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace p2pdesk::syncd::backup {

class BackupKey;

// Writes one file of a backup: plaintext in, stored bytes (encrypted when a key is given, bound to
// the file's path in the backup) out, hashing both. Created exclusively (0600) and fsynced by
// finish(); a writer destroyed unfinished removes its file.
class BackupFileWriter final {
public:
    BackupFileWriter(std::filesystem::path target, std::string relativePath, const BackupKey *key);
    ~BackupFileWriter();
    BackupFileWriter(const BackupFileWriter &) = delete;
    BackupFileWriter &operator=(const BackupFileWriter &) = delete;

    void write(const char *data, std::size_t size);
    ManifestFile finish();

private:
    void writeStored(const std::uint8_t *data, std::size_t size);

    std::filesystem::path m_target;
    std::string m_relativePath;
    int m_fd = -1;
    std::unique_ptr<security::ChunkedSealer> m_sealer;
    security::Sha256Hasher m_storedHash;
    security::Sha256Hasher m_plainHash;
    std::uint64_t m_storedSize = 0;
    std::uint64_t m_plainSize = 0;
    bool m_finished = false;
};

// Reads a stored file and hands its content (decrypted when the backup is) to `sink` in pieces.
// Throws BackupError when decryption fails (wrong key, modified or truncated file).
void readBackupFile(const std::filesystem::path &file, const std::string &relativePath, const BackupKey *key,
                    const std::function<void(const char *, std::size_t)> &sink);

// SHA-256 (hex) and size of a file's bytes as stored.
struct FileDigest {
    std::string sha256;
    std::uint64_t size = 0;
};
FileDigest digestFile(const std::filesystem::path &file);

// Writes `sink`-style content to a new file (exclusive, `mode`, fsynced) and returns its SHA-256.
class PlainFileWriter final {
public:
    PlainFileWriter(std::filesystem::path target, mode_t mode);
    ~PlainFileWriter();
    PlainFileWriter(const PlainFileWriter &) = delete;
    PlainFileWriter &operator=(const PlainFileWriter &) = delete;

    void write(const char *data, std::size_t size);
    std::string finish();

private:
    std::filesystem::path m_target;
    int m_fd = -1;
    security::Sha256Hasher m_hash;
    bool m_finished = false;
};

void writeAll(int fd, const char *data, std::size_t size, const std::filesystem::path &what);
// Makes a rename or a new directory entry durable.
void fsyncDirectory(const std::filesystem::path &dir);
// create_directories with `mode` for every directory it creates.
void createDirectories(const std::filesystem::path &dir, mode_t mode);
// remove_all that never throws (cleanup paths); returns false when something stayed.
bool removeTree(const std::filesystem::path &path) noexcept;

} // namespace p2pdesk::syncd::backup
