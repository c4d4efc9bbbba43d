#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::backup {

// The directory `syncd backup --to DIR` fills:
//   DIR/20260314T020000Z/        a complete backup: db.dump, proofs/…, manifest.json
//   DIR/20260314T020000Z-2/      a second one within the same second
//   DIR/.partial-<name>-<rand>/  a backup being written, or left by a crash: never restored, removed
//                                by the next backup
//   DIR/.drill-<rand>/           a restore drill's scratch data directory (removed when it ends)
//   DIR/.lock                    flock: a backup holds it exclusively, a drill shared
// A backup is written under .partial-* and renamed to its final name only when everything,
// manifest included, is on disk: a name without the dot prefix and with a manifest is complete.
namespace layout {
inline constexpr const char *kPartialPrefix = ".partial-";
inline constexpr const char *kDrillPrefix = ".drill-";
inline constexpr const char *kLockFile = ".lock";
} // namespace layout

// "YYYYMMDDTHHMMSSZ" with an optional "-N" suffix.
bool isBackupName(const std::string &name);
std::string timestampName(std::chrono::system_clock::time_point at);

// Complete backups under `root`, oldest first (the names sort by time).
std::vector<std::filesystem::path> completeBackups(const std::filesystem::path &root);
std::optional<std::filesystem::path> newestBackup(const std::filesystem::path &root);

// `--from DIR` of restore: DIR itself when it holds a manifest, else the newest complete backup in
// it. Throws BackupError when there is none.
std::filesystem::path resolveBackup(const std::filesystem::path &dir);

// Deletes complete backups beyond the newest `keep` (keep > 0), and returns them. Nothing else in
// the directory is touched.
std::vector<std::filesystem::path> applyRetention(const std::filesystem::path &root, int keep);

// Removes .partial-* and .drill-* left behind by crashed runs; call with the exclusive lock held.
std::vector<std::filesystem::path> removeLeftovers(const std::filesystem::path &root);

// flock on DIR/.lock, released by the destructor. Throws BackupError when another process holds it
// in a conflicting mode (a backup and a drill never run on one directory at the same time, so
// retention cannot delete the backup a drill is reading).
class RootLock final {
public:
    enum class Mode { Exclusive, Shared };
    RootLock(const std::filesystem::path &root, Mode mode);
    ~RootLock();
    RootLock(const RootLock &) = delete;
    RootLock &operator=(const RootLock &) = delete;

private:
    int m_fd = -1;
};

} // namespace p2pdesk::syncd::backup
