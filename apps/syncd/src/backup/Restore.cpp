#include "backup/Restore.h"

#include "backup/Backup.h"
#include "backup/BackupErrors.h"
#include "backup/BackupFiles.h"
#include "backup/BackupKey.h"
#include "backup/ChildProcess.h"
#include "backup/PgTools.h"
#include "db/ConnectionPool.h"
#include "db/Migrator.h"
#include "db/repositories/ChangeEventRepository.h"
#include "security/SecureMemory.h"
#include "storage/ContentStore.h"
#include <sys/stat.h>
#include <unistd.h>

#include <pqxx/transaction>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ostream>
#include <system_error>

namespace p2pdesk::syncd::backup {

namespace {

std::string join(const std::vector<std::string> &items, const std::string &separator)
{
    std::string out;
    for (const auto &item : items)
        out += (out.empty() ? "" : separator) + item;
    return out;
}

bool isInside(const std::filesystem::path &inner, const std::filesystem::path &outer)
{
    const auto a = std::filesystem::weakly_canonical(inner);
    const auto b = std::filesystem::weakly_canonical(outer);
    const auto rel = a.lexically_relative(b);
    return !rel.empty() && *rel.begin() != "..";
}

void requireEmptyDataDir(const std::filesystem::path &dataDir, const std::filesystem::path &backupDir)
{
    if (!std::filesystem::exists(dataDir))
        return;
    if (!std::filesystem::is_directory(dataDir))
        throw TargetNotEmpty("data_dir " + dataDir.string() + " is not a directory; nothing was changed");
    std::vector<std::string> found;
    for (const auto &entry : std::filesystem::directory_iterator(dataDir)) {
        const std::string name = entry.path().filename().string();
        if (name == "lost+found" || isInside(backupDir, entry.path()))
            continue;
        found.push_back(name);
    }
    if (!found.empty())
        throw TargetNotEmpty("data_dir " + dataDir.string() + " is not empty (" + join(found, ", ") +
                             "): restore needs an empty data directory; nothing was changed");
}

void requireEmptyDatabase(pqxx::connection &conn, const std::string &name)
{
    pqxx::read_transaction tx(conn);
    const auto relations = db::BackupRepository::userRelations(tx);
    if (relations.count > 0)
        throw TargetNotEmpty("database " + name + " is not empty (" + std::to_string(relations.count) +
                             " relations, e.g. " + join(relations.examples, ", ") +
                             "): restore needs an empty database (createdb -O <db.user> " + name +
                             "); nothing was changed");
}

// Restores one file of the backup to `target`, checking the content's hash on the way.
std::size_t restoreFile(const std::filesystem::path &backupDir, const ManifestFile &file,
                        const std::filesystem::path &target, mode_t mode, const std::string &expectedSha,
                        const BackupKey *key)
{
    createDirectories(target.parent_path(), mode == 0600 ? 0700 : 0750);
    PlainFileWriter writer(target, mode);
    readBackupFile(backupDir / file.path, file.path, key,
                   [&](const char *data, std::size_t size) { writer.write(data, size); });
    if (writer.finish() != expectedSha)
        throw BackupError(file.path + ": the restored content does not match its hash; nothing was restored");
    return 1;
}

void runPgRestore(const config::Config &config, const PgTool &pgRestore, const std::filesystem::path &backupDir,
                  const BackupKey *key)
{
    ChildOptions options;
    options.program = pgRestore.path;
    // One transaction: any error rolls everything back, leaving the database empty again.
    // Owners and grants of the dumped database are skipped: the restored objects belong to the
    // restoring role (db.user, the role syncd connects as), on any server.
    options.args = {"--dbname=dbname=" + config::conninfoValue(config.string("db.name")),
                    "--no-owner",
                    "--no-privileges",
                    "--exit-on-error",
                    "--single-transaction",
                    "--no-password"};
    options.environment = pgEnvironment(config, "syncd-restore");
    const auto dump = backupDir / "db.dump";
    if (key == nullptr) {
        options.args.push_back(dump.string());
        ChildProcess child(options);
        const ChildExit exit = child.wait();
        if (!exit.ok())
            throw BackupError("pg_restore failed, the database was left empty: " + exit.describe());
        return;
    }
    // Encrypted: decrypted on the fly into pg_restore's stdin, never in clear on disk.
    options.pipeStdin = true;
    ChildProcess child(options);
    std::string feedError;
    try {
        readBackupFile(dump, "db.dump", key, [&](const char *data, std::size_t size) { child.write(data, size); });
    } catch (const std::system_error &e) {
        if (e.code() != std::errc::broken_pipe)
            throw;
        feedError = "pg_restore stopped reading";
    } catch (const BackupError &e) {
        child.closeStdin();
        child.wait();
        throw BackupError(std::string(e.what()) + "; the database was left empty");
    }
    child.closeStdin();
    const ChildExit exit = child.wait();
    if (!exit.ok() || !feedError.empty())
        throw BackupError("pg_restore failed, the database was left empty: " +
                          (exit.ok() ? feedError : exit.describe()));
}

void chownTree(const std::filesystem::path &path, uid_t uid, gid_t gid)
{
    if (::lchown(path.c_str(), uid, gid) != 0)
        throw std::system_error(errno, std::generic_category(), "chown " + path.string());
    if (!std::filesystem::is_directory(std::filesystem::symlink_status(path)))
        return;
    for (const auto &entry : std::filesystem::recursive_directory_iterator(path)) {
        if (::lchown(entry.path().c_str(), uid, gid) != 0)
            throw std::system_error(errno, std::generic_category(), "chown " + entry.path().string());
    }
}

std::string optionalText(const std::optional<std::int64_t> &v)
{
    return v ? std::to_string(*v) : "none";
}

} // namespace

VerifyReport verifyBackup(const std::filesystem::path &backupDir, const BackupKey *key)
{
    VerifyReport report;
    report.manifest = Manifest::read(backupDir);
    const Manifest &m = report.manifest;
    if (m.encrypted()) {
        if (key == nullptr)
            throw BackupError("the backup is encrypted (key id " + *m.keyId +
                              "): pass --key-file FILE or set backup.key_file");
        if (key->id() != *m.keyId)
            throw BackupError("wrong key: the key file has key id " + key->id() +
                              ", the backup was encrypted with key id " + *m.keyId);
        if (m.mac.empty() || !security::constantTimeEquals(std::string_view(key->mac(m.macInput())), m.mac))
            throw BackupError("manifest.json was modified: its MAC does not verify with the backup's key");
    }
    if (m.find("db.dump") == nullptr)
        report.problems.push_back("the manifest lists no db.dump");
    for (const auto &file : m.files) {
        const auto path = backupDir / file.path;
        if (!std::filesystem::is_regular_file(path)) {
            report.problems.push_back(file.path + ": missing");
            continue;
        }
        const FileDigest digest = digestFile(path);
        if (digest.size != file.size || digest.sha256 != file.sha256) {
            report.problems.push_back(file.path + ": checksum mismatch (modified or damaged)");
            continue;
        }
        const std::string storeKey = proofKeyOf(file.path);
        if (!storeKey.empty() && file.contentSha256() != storage::ContentStore::sha256HexOf(storeKey)) {
            report.problems.push_back(file.path + ": its content hash in the manifest does not match its name");
            continue;
        }
        ++report.filesChecked;
    }
    return report;
}

std::vector<FigureCheck> compareFigures(const db::BackupFigures &expected, const db::BackupFigures &found)
{
    std::vector<FigureCheck> checks;
    auto add = [&](const std::string &name, const std::string &e, const std::string &f) {
        checks.push_back({name, e, f, e == f});
    };
    add("schema version", std::to_string(expected.schemaVersion), std::to_string(found.schemaVersion));
    add("orders", std::to_string(expected.orders), std::to_string(found.orders));
    add("order_history", std::to_string(expected.orderHistory), std::to_string(found.orderHistory));
    add("audit_log", std::to_string(expected.auditLog), std::to_string(found.auditLog));
    add("audit_log sealed", std::to_string(expected.auditSealed), std::to_string(found.auditSealed));
    add("audit head", optionalText(expected.auditHeadSeq) + " " + expected.auditHeadHashHex.substr(0, 16),
        optionalText(found.auditHeadSeq) + " " + found.auditHeadHashHex.substr(0, 16));
    add("stored files", std::to_string(expected.storedFiles), std::to_string(found.storedFiles));
    return checks;
}

bool RestoreResult::ok() const
{
    return std::all_of(checks.begin(), checks.end(), [](const FigureCheck &c) { return c.ok; });
}

RestoreResult restoreBackup(const config::Config &config, const RestoreOptions &options, std::ostream &log)
{
    const auto &backupDir = options.backupDir;
    VerifyReport report = verifyBackup(backupDir, options.key);
    if (!report.ok())
        throw BackupError("the backup failed verification, nothing was restored:\n  " + join(report.problems, "\n  "));
    RestoreResult result;
    result.manifest = std::move(report.manifest);
    const Manifest &m = result.manifest;
    const auto &migrations = db::embeddedMigrations();
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    if (m.figures.schemaVersion > latest)
        throw BackupError("the backup has schema version " + std::to_string(m.figures.schemaVersion) +
                          ", this syncd knows up to " + std::to_string(latest) + ": restore it with syncd " +
                          m.syncdVersion + " or newer");
    for (const auto &problem : m.problems)
        log << "warning: the backup recorded a problem: " << problem << "\n";

    // Both targets are checked before anything is written.
    const auto dataDir = config.path("data_dir");
    requireEmptyDataDir(dataDir, backupDir);
    db::ConnectionPool pool(config.dbConninfo(), 1, std::chrono::seconds(5));
    const auto conn = pool.openDedicated();
    requireEmptyDatabase(*conn, config.string("db.name"));
    const int serverMajor = conn->server_version() / 10000;
    const PgTool pgRestore = findPgTool(config, "pg_restore", serverMajor, m.pgDumpMajor);

    const bool createdDataDir = !std::filesystem::exists(dataDir);
    createDirectories(dataDir, 0700);
    const auto stage = dataDir / (".restore-" + randomHex(4));
    if (::mkdir(stage.c_str(), 0700) != 0)
        throw BackupError("cannot create " + stage.string() + ": " + std::strerror(errno));
    try {
        for (const auto &file : m.files) {
            if (const std::string key = proofKeyOf(file.path); !key.empty()) {
                result.contentFiles += restoreFile(backupDir, file, stage / "content" / key, 0640,
                                                   storage::ContentStore::sha256HexOf(key), options.key);
            } else if (file.path != "db.dump") { // keys/, tls/
                result.secretFiles +=
                    restoreFile(backupDir, file, stage / file.path, 0600, file.contentSha256(), options.key);
            }
        }
        runPgRestore(config, pgRestore, backupDir, options.key);
    } catch (...) {
        removeTree(stage);
        if (createdDataDir)
            removeTree(dataDir);
        throw;
    }

    std::vector<std::filesystem::path> placed;
    for (const std::string sub : {"content", "keys", "tls"}) {
        if (std::filesystem::exists(stage / sub)) {
            std::filesystem::rename(stage / sub, dataDir / sub);
            placed.push_back(dataDir / sub);
        }
    }
    removeTree(stage);
    fsyncDirectory(dataDir);
    if (::geteuid() == 0) {
        struct stat owner {};
        if (::stat(dataDir.c_str(), &owner) == 0 && owner.st_uid != 0) {
            for (const auto &path : placed)
                chownTree(path, owner.st_uid, owner.st_gid);
        }
    }

    {
        // The restored database numbers its change events below what the workstations have seen
        // since the backup was taken; a new epoch makes them drop their caches instead of waiting
        // for seqs they believe they already have (proto/Changes.h).
        pqxx::work tx(*conn);
        if (db::ChangeEventRepository::renewFeedEpoch(tx))
            log << "change feed: new epoch; workstations reload their caches on their next poll\n";
        tx.commit();
    }
    {
        pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(*conn);
        result.restored = db::BackupRepository::figures(tx);
    }
    result.checks = compareFigures(m.figures, result.restored);
    return result;
}

} // namespace p2pdesk::syncd::backup
