#include "backup/Backup.h"

#include "backup/BackupErrors.h"
#include "backup/BackupFiles.h"
#include "backup/BackupKey.h"
#include "backup/BackupStore.h"
#include "backup/ChildProcess.h"
#include "backup/PgTools.h"
#include "db/ConnectionPool.h"
#include "db/repositories/BackupRepository.h"
#include "security/Encoding.h"
#include "security/SecureRandom.h"
#include "storage/ContentStore.h"
#include <sys/stat.h>

#include <pqxx/transaction>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <map>
#include <ostream>

namespace p2pdesk::syncd::backup {

namespace {

constexpr std::size_t kBufferBytes = std::size_t{256} * 1024;

// Removes the partial directory unless the backup got its final name.
class PartialGuard final {
public:
    explicit PartialGuard(std::filesystem::path dir)
        : m_dir(std::move(dir))
    {
    }
    ~PartialGuard()
    {
        if (!m_dir.empty())
            removeTree(m_dir);
    }
    PartialGuard(const PartialGuard &) = delete;
    PartialGuard &operator=(const PartialGuard &) = delete;
    void release() { m_dir.clear(); }

private:
    std::filesystem::path m_dir;
};

std::string serverVersionText(int number)
{
    // server_version_num since PostgreSQL 10: major * 10000 + minor.
    return std::to_string(number / 10000) + "." + std::to_string(number % 10000);
}

ManifestFile dumpDatabase(const config::Config &config, const PgTool &pgDump, const std::string &snapshot,
                          const std::filesystem::path &target, const BackupKey *key)
{
    ChildOptions options;
    options.program = pgDump.path;
    // Custom format (compressed, what pg_restore reads); the exported snapshot; never prompt.
    // Owners and grants stay in the dump; restore skips them (--no-owner --no-privileges).
    options.args = {"--format=custom", "--snapshot=" + snapshot, "--no-password"};
    options.environment = pgEnvironment(config, "syncd-backup");
    options.pipeStdout = true;
    BackupFileWriter writer(target, "db.dump", key);
    ChildProcess child(options);
    std::vector<char> buffer(kBufferBytes);
    while (const auto n = child.read(buffer.data(), buffer.size()))
        writer.write(buffer.data(), n);
    const ChildExit exit = child.wait();
    if (!exit.ok())
        throw BackupError("pg_dump failed: " + exit.describe());
    return writer.finish();
}

ManifestFile copyIn(const std::filesystem::path &source, const std::filesystem::path &backupDir,
                    const std::string &relativePath, const BackupKey *key)
{
    const auto target = backupDir / relativePath;
    createDirectories(target.parent_path(), 0700);
    BackupFileWriter writer(target, relativePath, key);
    readBackupFile(source, relativePath, nullptr,
                   [&](const char *data, std::size_t size) { writer.write(data, size); });
    return writer.finish();
}

// The content store's files: every valid key under data_dir/content (temp files of uploads in
// flight and anything else are skipped).
std::vector<std::string> storeKeys(const std::filesystem::path &storeRoot)
{
    std::vector<std::string> keys;
    if (!std::filesystem::is_directory(storeRoot))
        return keys;
    for (const auto &entry : std::filesystem::recursive_directory_iterator(storeRoot)) {
        if (!entry.is_regular_file())
            continue;
        const std::string key = entry.path().lexically_relative(storeRoot).generic_string();
        if (storage::ContentStore::isValidKey(key))
            keys.push_back(key);
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

void fsyncTree(const std::filesystem::path &dir)
{
    std::vector<std::filesystem::path> dirs;
    for (const auto &entry : std::filesystem::recursive_directory_iterator(dir)) {
        if (entry.is_directory())
            dirs.push_back(entry.path());
    }
    // Deepest first, so each directory's entries are durable before its parent's.
    std::sort(dirs.begin(), dirs.end(), [](const auto &a, const auto &b) { return a.string() > b.string(); });
    for (const auto &d : dirs)
        fsyncDirectory(d);
    fsyncDirectory(dir);
}

} // namespace

std::string isoUtc(std::chrono::system_clock::time_point at)
{
    const std::time_t t = std::chrono::system_clock::to_time_t(at);
    std::tm tm{};
    ::gmtime_r(&t, &tm);
    std::array<char, 32> buffer{};
    std::strftime(buffer.data(), buffer.size(), "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buffer.data();
}

std::string randomHex(std::size_t bytes)
{
    return security::hexEncode(security::randomBytes(bytes));
}

BackupResult createBackup(const config::Config &config, const BackupOptions &options, std::ostream &log)
{
    const auto &root = options.root;
    createDirectories(root, 0700);
    const RootLock lock(root, RootLock::Mode::Exclusive);
    for (const auto &left : removeLeftovers(root))
        log << "removed " << left.string() << " (left by an interrupted run)\n";

    const auto now = std::chrono::system_clock::now();
    const std::string base = timestampName(now);
    std::string name = base;
    for (int n = 2; std::filesystem::exists(root / name); ++n)
        name = base + "-" + std::to_string(n);
    const auto partial = root / (std::string(layout::kPartialPrefix) + name + "-" + randomHex(4));
    if (::mkdir(partial.c_str(), 0700) != 0)
        throw BackupError("cannot create " + partial.string() + ": " + std::strerror(errno));
    PartialGuard guard(partial);

    BackupResult result;
    Manifest &m = result.manifest;
    m.createdAt = isoUtc(now);
    m.syncdVersion = P2PDESK_VERSION;
    m.database = config.string("db.name");
    if (options.key != nullptr)
        m.keyId = options.key->id();

    db::ConnectionPool pool(config.dbConninfo(), 1, std::chrono::seconds(5));
    const auto conn = pool.openDedicated();
    const int serverNumber = conn->server_version();
    const int serverMajor = serverNumber / 10000;
    m.serverVersion = serverVersionText(serverNumber);
    const PgTool pgDump = findPgTool(config, "pg_dump", serverMajor, serverMajor);
    m.pgDumpVersion = pgDump.version;
    m.pgDumpMajor = pgDump.major;

    std::vector<db::StoredFileRef> referenced;
    {
        pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(*conn);
        const std::string snapshot = db::BackupRepository::exportSnapshot(tx);
        m.figures = db::BackupRepository::figures(tx);
        referenced = db::BackupRepository::storedFiles(tx);
        // The exporting transaction must stay open until pg_dump has attached to the snapshot;
        // it simply stays open for the whole dump.
        m.files.push_back(dumpDatabase(config, pgDump, snapshot, partial / "db.dump", options.key));
        tx.commit();
    }

    const auto dataDir = config.path("data_dir");
    std::map<std::string, bool> copied;
    for (const auto &key : storeKeys(dataDir / "content")) {
        const std::string relative = "proofs/" + key;
        ManifestFile file = copyIn(dataDir / "content" / key, partial, relative, options.key);
        if (file.contentSha256() != storage::ContentStore::sha256HexOf(key)) {
            // A damaged store file: restoring it under its name would pass bad bytes off as proof.
            std::filesystem::remove(partial / relative);
            m.problems.push_back("content/" + key + " does not match its name (damaged in the store); left out");
            continue;
        }
        copied[key] = true;
        m.files.push_back(std::move(file));
    }
    for (const auto &ref : referenced) {
        if (!storage::ContentStore::isValidKey(ref.storageKey))
            m.problems.push_back("attachment " + std::to_string(ref.attachmentId) + " has an invalid storage key");
        else if (!copied.contains(ref.storageKey))
            m.problems.push_back("attachment " + std::to_string(ref.attachmentId) + ": content/" + ref.storageKey +
                                 " is missing from the content store");
        else if (ref.sha256Hex != storage::ContentStore::sha256HexOf(ref.storageKey))
            m.problems.push_back("attachment " + std::to_string(ref.attachmentId) +
                                 ": its sha256 disagrees with its storage key");
    }

    std::vector<std::string> secretDirs; // present in data_dir
    for (const std::string sub : {"keys", "tls"}) {
        const auto dir = dataDir / sub;
        if (!std::filesystem::is_directory(dir))
            continue;
        for (const auto &entry : std::filesystem::directory_iterator(dir)) {
            const std::string relative = sub + "/" + entry.path().filename().string();
            if (!entry.is_regular_file() || !isValidBackupPath(relative))
                continue;
            if (secretDirs.empty() || secretDirs.back() != sub)
                secretDirs.push_back(sub);
            if (options.key != nullptr)
                m.files.push_back(copyIn(entry.path(), partial, relative, options.key));
        }
    }
    m.secretsIncluded = options.key != nullptr;
    if (!secretDirs.empty() && options.key == nullptr) {
        log << "note: not in this backup because it is not encrypted (--key-file or backup.key_file):";
        for (const auto &sub : secretDirs)
            log << " " << (dataDir / sub).string();
        log << "; back them up separately (without data_dir/keys the payout requisites and TOTP secrets in the "
               "dump cannot be read)\n";
    }

    std::sort(m.files.begin(), m.files.end(),
              [](const ManifestFile &a, const ManifestFile &b) { return a.path < b.path; });
    if (options.key != nullptr)
        m.mac = options.key->mac(m.macInput());
    {
        PlainFileWriter manifest(partial / Manifest::kFileName, 0600);
        const std::string text = m.toJson().dump(2) + "\n";
        manifest.write(text.data(), text.size());
        manifest.finish();
    }
    fsyncTree(partial);
    result.dir = root / name;
    std::filesystem::rename(partial, result.dir);
    guard.release();
    fsyncDirectory(root);

    // An incomplete backup does not count towards --keep: the older, complete ones stay until a
    // good backup replaces them.
    if (m.problems.empty())
        result.removed = applyRetention(root, options.keep);
    else if (options.keep > 0)
        log << "retention skipped: this backup is incomplete, so no older backup is deleted\n";
    return result;
}

} // namespace p2pdesk::syncd::backup
