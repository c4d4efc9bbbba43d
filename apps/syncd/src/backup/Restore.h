#pragma once

#include "backup/Manifest.h"
#include "config/Config.h"
#include "db/repositories/BackupRepository.h"

#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace p2pdesk::syncd::backup {

class BackupKey;

struct VerifyReport {
    Manifest manifest;
    std::size_t filesChecked = 0;
    std::vector<std::string> problems; // one line per bad file
    bool ok() const { return problems.empty(); }
};

// Reads the manifest and checks every file against it (size and SHA-256 of the stored bytes; a
// proof's content hash against its name). For an encrypted backup the key must match the
// manifest's key id and the manifest's MAC must verify, otherwise this throws BackupError before
// any file is read: a wrong key is reported as such, never as damaged files.
//
// Limit: without encryption nothing authenticates the manifest itself; someone able to rewrite
// both a file and its sum is caught only by what the drill checks after restoring (the audit
// chain, counts, proof hashes against the attachment rows).
VerifyReport verifyBackup(const std::filesystem::path &backupDir, const BackupKey *key);

// One compared figure: the manifest's value and the restored database's.
struct FigureCheck {
    std::string name;
    std::string expected;
    std::string found;
    bool ok = false;
};
std::vector<FigureCheck> compareFigures(const db::BackupFigures &expected, const db::BackupFigures &found);

struct RestoreOptions {
    std::filesystem::path backupDir; // one backup (holding manifest.json)
    const BackupKey *key = nullptr;
};

struct RestoreResult {
    Manifest manifest;
    db::BackupFigures restored; // read back from the restored database
    std::size_t contentFiles = 0;
    std::size_t secretFiles = 0;
    std::vector<FigureCheck> checks;
    bool ok() const;
};

// `syncd restore`: the backup into the configured database and data_dir, both of which must be
// empty — the database without any table, view or sequence outside the system schemas, data_dir
// absent or empty (a `lost+found`, and the backups directory when it lies inside data_dir, are
// allowed). Otherwise throws TargetNotEmpty and changes nothing.
//
// Order, so that a failure leaves the target as it was: verify every file; check the targets;
// decrypt and check the files into a staging directory inside data_dir; pg_restore in a single
// transaction (a failure rolls the database back to empty); only then move the staged files into
// place. Content files get 0640, keys and TLS files 0600; run as root, everything restored takes
// data_dir's owner (the service account), so syncd can read it.
RestoreResult restoreBackup(const config::Config &config, const RestoreOptions &options, std::ostream &log);

} // namespace p2pdesk::syncd::backup
