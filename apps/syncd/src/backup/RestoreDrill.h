#pragma once

#include "config/Config.h"

#include <cstddef>
#include <filesystem>
#include <iosfwd>

namespace p2pdesk::syncd::backup {

class BackupKey;

struct DrillOptions {
    std::filesystem::path root; // the backups directory; the newest complete backup is drilled
    const BackupKey *key = nullptr;
    std::size_t sample = 50; // proof files re-hashed and compared; 0 = all
};

// `syncd restore-drill`: proves the newest backup restores, on the same PostgreSQL server, without
// touching the live database or data directory.
//   1. verify the manifest and every file's checksum (BackupKey and MAC for an encrypted backup);
//   2. CREATE DATABASE p2pdesk_drill_<random> (db.user needs CREATEDB) and restore into it, with a
//      scratch data directory ROOT/.drill-<random>/data — through the same restoreBackup() as
//      `syncd restore`;
//   3. compare schema version, orders, order_history, audit_log (all and sealed), the audit head
//      and the number of stored files with the manifest (read in the dump's snapshot);
//   4. run the audit chain verification `syncd audit-verify` runs (audit::verifyChain) on the
//      restored database;
//   5. re-hash a random sample of restored proof files and compare each with its attachment row,
//      its name and the manifest.
// Prints one line per check and a verdict, drops the database and removes the scratch directory
// whatever happened, and returns true only when every check passed. Holds the backups directory's
// lock shared, so a backup's retention cannot delete the backup being drilled.
bool runRestoreDrill(const config::Config &config, const DrillOptions &options, std::ostream &out);

} // namespace p2pdesk::syncd::backup
