#pragma once

#include "backup/Manifest.h"
#include "config/Config.h"

#include <chrono>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace p2pdesk::syncd::backup {

class BackupKey;

struct BackupOptions {
    std::filesystem::path root; // the backups directory (BackupStore.h)
    int keep = 0;               // > 0: keep only the newest `keep` complete backups
    const BackupKey *key = nullptr;
};

struct BackupResult {
    std::filesystem::path dir;
    Manifest manifest;
    std::vector<std::filesystem::path> removed; // by retention
    bool ok() const { return manifest.problems.empty(); }
};

// `syncd backup`: one consistent backup of the database and the content store.
//
// Consistency: a REPEATABLE READ transaction exports its snapshot (pg_export_snapshot) and reads
// the figures of the manifest (counts, audit head, schema version) and the stored files' list in
// it; pg_dump then dumps that very snapshot (--snapshot) while the transaction stays open. The
// counts therefore describe exactly what the dump holds, however busy the desk is. Proof files are
// copied afterwards: the content store only ever adds files, and a file is durable before the row
// that references it commits, so every file the snapshot references is there (files of later
// uploads come along too; they are harmless, unreferenced bytes). Each is re-hashed while copied
// and checked against its name.
//
// data_dir/keys (generated encryption keys) and data_dir/tls (the certificate's private key) are
// included only in an encrypted backup: in clear next to the dump they would hand the payout
// requisites to whoever reads the backup. An unencrypted backup says so and leaves them out.
//
// Written under a .partial-* name and renamed when complete; retention then deletes complete
// backups beyond `keep`. Problems that do not stop the backup (a referenced proof missing from the
// store, a store file that does not match its name) are recorded in the manifest and make the
// result !ok(); such a backup deletes no older one. Throws BackupError (or a database/system error) when no backup
// could be made; the partial directory is removed then.
BackupResult createBackup(const config::Config &config, const BackupOptions &options, std::ostream &log);

// "2026-03-14T02:00:00Z".
std::string isoUtc(std::chrono::system_clock::time_point at);

// Random lower-case hex, `bytes` * 2 digits (names of scratch directories and drill databases).
std::string randomHex(std::size_t bytes);

} // namespace p2pdesk::syncd::backup
