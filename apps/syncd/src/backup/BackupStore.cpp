#include "backup/BackupStore.h"

#include "backup/BackupErrors.h"
#include "backup/BackupFiles.h"
#include "backup/Manifest.h"
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <ctime>

namespace p2pdesk::syncd::backup {

namespace {

bool digits(const std::string &s, std::size_t from, std::size_t count)
{
    return std::all_of(s.begin() + static_cast<std::ptrdiff_t>(from),
                       s.begin() + static_cast<std::ptrdiff_t>(from + count),
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

} // namespace

bool isBackupName(const std::string &name)
{
    if (name.size() < 16 || !digits(name, 0, 8) || name[8] != 'T' || !digits(name, 9, 6) || name[15] != 'Z')
        return false;
    if (name.size() == 16)
        return true;
    return name[16] == '-' && name.size() > 17 && name.size() <= 22 && digits(name, 17, name.size() - 17);
}

std::string timestampName(std::chrono::system_clock::time_point at)
{
    const std::time_t t = std::chrono::system_clock::to_time_t(at);
    std::tm tm{};
    ::gmtime_r(&t, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y%m%dT%H%M%SZ", &tm);
    return buffer;
}

std::vector<std::filesystem::path> completeBackups(const std::filesystem::path &root)
{
    std::vector<std::filesystem::path> out;
    std::error_code ec;
    for (const auto &entry : std::filesystem::directory_iterator(root, ec)) {
        const std::string name = entry.path().filename().string();
        if (isBackupName(name) && entry.is_directory() &&
            std::filesystem::is_regular_file(entry.path() / Manifest::kFileName))
            out.push_back(entry.path());
    }
    // "…Z" sorts before "…Z-2": same second, earlier first. The suffix is numeric, so -10 would sort
    // before -9; ten backups within one second do not happen.
    std::sort(out.begin(), out.end());
    return out;
}

std::optional<std::filesystem::path> newestBackup(const std::filesystem::path &root)
{
    auto all = completeBackups(root);
    if (all.empty())
        return std::nullopt;
    return all.back();
}

std::filesystem::path resolveBackup(const std::filesystem::path &dir)
{
    if (std::filesystem::is_regular_file(dir / Manifest::kFileName))
        return dir;
    if (!std::filesystem::is_directory(dir))
        throw BackupError(dir.string() + " does not exist");
    if (auto newest = newestBackup(dir))
        return *newest;
    throw BackupError("no complete backup in " + dir.string() + " (a backup directory holds manifest.json)");
}

std::vector<std::filesystem::path> applyRetention(const std::filesystem::path &root, int keep)
{
    std::vector<std::filesystem::path> removed;
    if (keep <= 0)
        return removed;
    const auto all = completeBackups(root);
    if (all.size() <= static_cast<std::size_t>(keep))
        return removed;
    for (std::size_t i = 0; i + static_cast<std::size_t>(keep) < all.size(); ++i) {
        // Renamed out of the complete set first: a removal cut short by a crash leaves a
        // .partial-* the next run cleans up, never a half-deleted "complete" backup.
        const auto doomed = root / (std::string(layout::kPartialPrefix) + "expired-" + all[i].filename().string());
        std::filesystem::rename(all[i], doomed);
        removeTree(doomed);
        removed.push_back(all[i]);
    }
    fsyncDirectory(root);
    return removed;
}

std::vector<std::filesystem::path> removeLeftovers(const std::filesystem::path &root)
{
    std::vector<std::filesystem::path> removed;
    std::error_code ec;
    for (const auto &entry : std::filesystem::directory_iterator(root, ec)) {
        const std::string name = entry.path().filename().string();
        if ((name.starts_with(layout::kPartialPrefix) || name.starts_with(layout::kDrillPrefix)) &&
            entry.is_directory() && removeTree(entry.path()))
            removed.push_back(entry.path());
    }
    return removed;
}

RootLock::RootLock(const std::filesystem::path &root, Mode mode)
{
    const auto file = root / layout::kLockFile;
    m_fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0)
        throw BackupError("cannot open " + file.string() + ": " + std::strerror(errno));
    if (::flock(m_fd, (mode == Mode::Exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0) {
        ::close(m_fd);
        m_fd = -1;
        throw BackupError(mode == Mode::Exclusive
                              ? "another backup or a restore drill is using " + root.string() + "; try again later"
                              : "a backup is being written to " + root.string() + "; try again when it is done");
    }
}

RootLock::~RootLock()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

} // namespace p2pdesk::syncd::backup
