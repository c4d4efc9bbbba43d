#pragma once

#include "config/Config.h"

#include <filesystem>
#include <string>
#include <vector>

namespace p2pdesk::syncd::backup {

// A PostgreSQL client program (pg_dump, pg_restore) and the version it reports.
struct PgTool {
    std::filesystem::path path;
    std::string version; // "pg_dump (PostgreSQL) 15.4 (Debian 15.4-1)"
    int major = 0;
};

// Finds `name` for a server of major version `serverMajor`:
//   backup.pg_bin_dir when set (nothing else is tried);
//   otherwise /usr/lib/postgresql/<serverMajor>/bin (Debian and Ubuntu install each major version
//   there, and /usr/bin/pg_dump is only a wrapper picking one), then every PATH directory.
// pg_dump refuses to dump a newer server, and pg_restore may not read a dump made by a newer
// pg_dump, so the program found must be at least `minimumMajor`; otherwise this throws naming what
// to install or configure.
PgTool findPgTool(const config::Config &config, const std::string &name, int serverMajor, int minimumMajor);

// "15.4 (Debian 15.4-1)" → 15; "9.6.24" → 9; 0 when unreadable.
int majorOf(const std::string &versionText);

// The libpq environment for pg_dump/pg_restore from the db.* keys: PGHOST, PGPORT, PGUSER,
// PGDATABASE, PGCONNECT_TIMEOUT, PGAPPNAME and — when one is configured — PGPASSWORD. The password
// goes into the child's environment because argv is visible to every user (`ps`), while
// /proc/<pid>/environ is readable only by the same user and root; no password file is written.
std::vector<std::string> pgEnvironment(const config::Config &config, const std::string &applicationName);

} // namespace p2pdesk::syncd::backup
