#pragma once

#include "db/repositories/BackupRepository.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::backup {

class BackupKey;

// One file of a backup. `sha256`/`size` describe the bytes stored in the backup (what a checksum
// pass reads, before any key is needed); for an encrypted backup `plainSha256`/`plainSize`
// describe the content (a proof's content hash is its name in the content store).
struct ManifestFile {
    std::string path; // relative to the backup directory: "db.dump", "proofs/sha256/ab/cd/…", "keys/…"
    std::uint64_t size = 0;
    std::string sha256;
    std::optional<std::uint64_t> plainSize;
    std::optional<std::string> plainSha256;

    const std::string &contentSha256() const { return plainSha256 ? *plainSha256 : sha256; }
};

// manifest.json: what a backup holds and what it must restore to. Written last, before the backup
// directory gets its final name, so a directory with a manifest is a complete backup.
struct Manifest {
    static constexpr int kFormatVersion = 1;
    static constexpr const char *kFileName = "manifest.json";

    int formatVersion = kFormatVersion;
    std::string createdAt; // UTC, ISO 8601
    std::string syncdVersion;
    std::string database;              // the dumped database's name
    std::string serverVersion;         // PostgreSQL's server_version
    std::string pgDumpVersion;         // `pg_dump --version`
    int pgDumpMajor = 0;               // pg_restore must be at least this
    db::BackupFigures figures;         // read in the dump's snapshot
    std::optional<std::string> keyId;  // set: every file is encrypted with this key
    bool secretsIncluded = false;      // data_dir/keys and data_dir/tls are in the backup
    std::vector<std::string> problems; // what could not be backed up (a backup with problems fails)
    std::vector<ManifestFile> files;   // sorted by path
    std::string mac;                   // encrypted backups: HMAC of the rest (BackupKey::mac)

    bool encrypted() const { return keyId.has_value(); }
    const ManifestFile *find(const std::string &path) const;

    nlohmann::json toJson() const;
    // Throws BackupError for anything malformed, including an unsafe file path.
    static Manifest fromJson(const nlohmann::json &json);
    // The text the MAC covers: the manifest without its "mac" member, serialised canonically.
    std::string macInput() const;

    static Manifest read(const std::filesystem::path &backupDir);
};

// Where a manifest path may point: "db.dump", "proofs/" + a content-store key, "keys/NAME" or
// "tls/NAME" (NAME: letters, digits, '.', '_', '-', not starting with '.'). Everything a restore
// writes is derived from these, so a crafted manifest cannot reach outside the target.
bool isValidBackupPath(const std::string &path);

// "proofs/sha256/ab/cd/abcd…" → "sha256/ab/cd/abcd…" (the content-store key); empty otherwise.
std::string proofKeyOf(const std::string &path);

} // namespace p2pdesk::syncd::backup
