#include "backup/Backup.h"
#include "backup/BackupErrors.h"
#include "backup/BackupKey.h"
#include "backup/BackupStore.h"
#include "backup/Restore.h"
#include "backup/RestoreDrill.h"
#include "cli/Commands.h"

#include <csignal>
#include <limits>
#include <map>
#include <ostream>
#include <set>

namespace p2pdesk::syncd::cli {

namespace {

// `--name VALUE` and `--name=VALUE` for the options in `allowed`; false (with a message) on
// anything else.
bool parseOptions(CommandContext &ctx, const std::set<std::string> &allowed, std::map<std::string, std::string> &out)
{
    for (std::size_t i = 0; i < ctx.args.size(); ++i) {
        std::string name = ctx.args[i];
        std::string value;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            value = name.substr(eq + 1);
            name.resize(eq);
        } else if (allowed.contains(name)) {
            if (i + 1 >= ctx.args.size()) {
                ctx.err << "syncd: " << name << " needs a value\n";
                return false;
            }
            value = ctx.args[++i];
        }
        if (!allowed.contains(name)) {
            ctx.err << "syncd: unexpected argument " << ctx.args[i] << "\n";
            return false;
        }
        out[name] = value;
    }
    return true;
}

bool parseCount(CommandContext &ctx, const std::map<std::string, std::string> &options, const std::string &name,
                std::int64_t &out)
{
    const auto it = options.find(name);
    if (it == options.end())
        return true;
    try {
        std::size_t used = 0;
        out = std::stoll(it->second, &used);
        if (used == it->second.size() && out >= 0)
            return true;
    } catch (const std::exception &) {
    }
    ctx.err << "syncd: " << name << " needs a number >= 0\n";
    return false;
}

std::optional<std::filesystem::path> optionalPath(const std::map<std::string, std::string> &options,
                                                  const std::string &name)
{
    const auto it = options.find(name);
    return it == options.end() ? std::nullopt : std::optional<std::filesystem::path>(it->second);
}

std::string humanSize(std::uint64_t bytes)
{
    if (bytes < 1024 * 1024)
        return std::to_string((bytes + 1023) / 1024) + " KiB";
    return std::to_string((bytes + 512 * 1024) / (1024 * 1024)) + " MiB";
}

// pg_dump or pg_restore exiting early must come back as EPIPE on write, not kill syncd.
void ignoreSigpipe()
{
    std::signal(SIGPIPE, SIG_IGN);
}

} // namespace

int runBackup(CommandContext &ctx)
{
    std::map<std::string, std::string> options;
    std::int64_t keep = 0;
    if (!parseOptions(ctx, {"--to", "--keep", "--key-file"}, options) || !parseCount(ctx, options, "--keep", keep) ||
        keep > std::numeric_limits<int>::max()) {
        ctx.err << "usage: syncd backup [--to DIR] [--keep N] [--key-file FILE]\n";
        return kExitUsage;
    }
    ignoreSigpipe();
    const auto key = backup::BackupKey::load(ctx.config, optionalPath(options, "--key-file"));
    backup::BackupOptions backupOptions;
    backupOptions.root = optionalPath(options, "--to").value_or(ctx.config.path("backup.dir"));
    backupOptions.keep = static_cast<int>(keep);
    backupOptions.key = key ? &*key : nullptr;
    try {
        const auto result = backup::createBackup(ctx.config, backupOptions, ctx.err);
        const auto &m = result.manifest;
        std::uint64_t bytes = 0;
        for (const auto &f : m.files)
            bytes += f.size;
        ctx.out << "backup " << result.dir.string() << ": " << m.files.size() << " files, " << humanSize(bytes)
                << ", schema " << m.figures.schemaVersion << ", " << m.figures.orders << " orders, "
                << m.figures.orderHistory << " history rows, " << m.figures.auditLog << " audit rows, "
                << (m.encrypted() ? "encrypted (key id " + *m.keyId + ")" : "not encrypted") << "\n";
        for (const auto &removed : result.removed)
            ctx.out << "removed " << removed.string() << " (--keep " << keep << ")\n";
        if (!result.ok()) {
            ctx.err << "syncd backup: the backup is incomplete:\n";
            for (const auto &p : m.problems)
                ctx.err << "  " << p << "\n";
            return kExitFailure;
        }
        return kExitOk;
    } catch (const backup::BackupError &e) {
        ctx.err << "syncd backup: " << e.what() << "\n";
        return kExitFailure;
    }
}

int runRestore(CommandContext &ctx)
{
    std::map<std::string, std::string> options;
    if (!parseOptions(ctx, {"--from", "--key-file"}, options) || !options.contains("--from")) {
        ctx.err << "usage: syncd restore --from DIR [--key-file FILE]\n";
        return kExitUsage;
    }
    ignoreSigpipe();
    const auto key = backup::BackupKey::load(ctx.config, optionalPath(options, "--key-file"));
    try {
        const auto dir = backup::resolveBackup(options.at("--from"));
        ctx.out << "restoring " << dir.string() << " into database " << ctx.config.string("db.name") << " and "
                << ctx.config.path("data_dir").string() << "\n";
        const auto result = backup::restoreBackup(ctx.config, {dir, key ? &*key : nullptr}, ctx.err);
        ctx.out << "restored the database and " << result.contentFiles << " content file(s)";
        if (result.secretFiles > 0)
            ctx.out << " and " << result.secretFiles << " key/TLS file(s)";
        ctx.out << "\n";
        for (const auto &c : result.checks) {
            if (!c.ok)
                ctx.err << "mismatch: " << c.name << " expected " << c.expected << ", found " << c.found << "\n";
        }
        if (!result.ok())
            return kExitFailure;
        ctx.out << "counts match the backup (" << result.restored.orders << " orders, " << result.restored.auditLog
                << " audit rows); run `syncd migrate` if this syncd is newer than the backup, then start it\n";
        return kExitOk;
    } catch (const backup::BackupError &e) {
        ctx.err << "syncd restore: " << e.what() << "\n";
        return kExitFailure;
    }
}

int runRestoreDrill(CommandContext &ctx)
{
    std::map<std::string, std::string> options;
    std::int64_t sample = 50;
    if (!parseOptions(ctx, {"--from", "--key-file", "--sample"}, options) ||
        !parseCount(ctx, options, "--sample", sample)) {
        ctx.err << "usage: syncd restore-drill [--from DIR] [--key-file FILE] [--sample N]\n";
        return kExitUsage;
    }
    ignoreSigpipe();
    const auto key = backup::BackupKey::load(ctx.config, optionalPath(options, "--key-file"));
    backup::DrillOptions drill;
    drill.root = optionalPath(options, "--from").value_or(ctx.config.path("backup.dir"));
    drill.key = key ? &*key : nullptr;
    drill.sample = static_cast<std::size_t>(sample);
    try {
        return backup::runRestoreDrill(ctx.config, drill, ctx.out) ? kExitOk : kExitFailure;
    } catch (const backup::BackupError &e) {
        ctx.err << "syncd restore-drill: " << e.what() << "\n";
        return kExitFailure;
    }
}

} // namespace p2pdesk::syncd::cli
