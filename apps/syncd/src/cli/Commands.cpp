#include "cli/Commands.h"

#include "config/Logging.h"

#include <ostream>

namespace p2pdesk::syncd::cli {

const std::vector<Command> &commands()
{
    static const std::vector<Command> table = {
        {"serve", "serve", "Run the HTTPS API and the background workers (default).", &runServe},
        {"migrate", "migrate", "Apply pending database migrations; refuses a database newer than this binary.",
         &runMigrate},
        {"create-admin", "create-admin --username NAME",
         "Create an admin (roles admin, senior, operator); password on stdin; prints the otpauth:// URI once.",
         &runCreateAdmin},
        {"audit-verify", "audit-verify [--anchor FILE]",
         "Check the audit log hash chain; prints OK or the first broken row. With --anchor (a file written by "
         "audit.anchor_file) the anchored row must still be in the chain with that hash, so a cut-off or "
         "re-sealed tail is detected too.",
         &runAuditVerify},
        {"backup", "backup [--to DIR] [--keep N] [--key-file FILE]",
         "Dump the database (pg_dump, one snapshot) and copy the stored files into DIR/<UTC time>/ with a manifest "
         "of SHA-256 sums; encrypted with the key file (AES-256-GCM) when given; keeps the newest N backups.",
         &runBackup},
        {"restore", "restore --from DIR [--key-file FILE]",
         "Restore a backup (DIR, or the newest in DIR) into the configured database and data_dir; both must be "
         "empty, otherwise nothing is changed.",
         &runRestore},
        {"restore-drill", "restore-drill [--from DIR] [--key-file FILE] [--sample N]",
         "Restore the newest backup into a throw-away database and directory, run the audit verification, compare "
         "counts and proof hashes with the manifest; prints a verdict, exits non-zero on any mismatch.",
         &runRestoreDrill},
    };
    return table;
}

namespace {

void printHelp(std::ostream &out)
{
    out << "syncd " << P2PDESK_VERSION << " - p2pdesk server\n\n"
        << "Usage: syncd [--config FILE] [COMMAND] [ARGS...]\n"
        << "       syncd --help | --version\n\n"
        << "Commands:\n";
    for (const auto &c : commands())
        out << "  " << c.usage << "\n      " << c.summary << "\n";
    out << "\nConfiguration: FILE holds `key = value` lines (# comments). Every key can be overridden by\n"
        << "its environment variable. Secrets are never read from FILE: set the *_file keys to a file\n"
        << "(e.g. a systemd credential) or pass the value in the named environment variable.\n"
        << "Environment: P2PDESK_CONFIG names the config file when --config is absent.\n\nKeys:\n"
        << config::describeKeys();
}

} // namespace

int runCli(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err,
           const config::Config::Environment &env)
{
    std::optional<std::filesystem::path> configFile;
    if (const auto it = env.find("P2PDESK_CONFIG"); it != env.end() && !it->second.empty())
        configFile = it->second;
    std::string commandName = "serve";
    std::vector<std::string> args;
    bool haveCommand = false;
    for (std::size_t i = 1; i < argv.size(); ++i) {
        const std::string &a = argv[i];
        if (haveCommand) {
            args.push_back(a);
        } else if (a == "--help" || a == "-h" || a == "help") {
            printHelp(out);
            return kExitOk;
        } else if (a == "--version") {
            out << "syncd " << P2PDESK_VERSION << "\n";
            return kExitOk;
        } else if (a == "--config" || a == "-c") {
            if (i + 1 >= argv.size()) {
                err << "syncd: --config needs a file\n";
                return kExitUsage;
            }
            configFile = argv[++i];
        } else if (a.rfind("--config=", 0) == 0) {
            configFile = a.substr(9);
        } else if (!a.empty() && a.front() == '-') {
            err << "syncd: unknown option " << a << " (see --help)\n";
            return kExitUsage;
        } else {
            commandName = a;
            haveCommand = true;
        }
    }

    const Command *command = nullptr;
    for (const auto &c : commands()) {
        if (commandName == c.name)
            command = &c;
    }
    if (command == nullptr) {
        err << "syncd: unknown command " << commandName << " (see --help)\n";
        return kExitUsage;
    }

    try {
        CommandContext ctx{config::Config::load(configFile, env), std::move(args), out, err};
        config::setupLogging(ctx.config.string("log.level"), ctx.config.string("log.format"));
        return command->run(ctx);
    } catch (const config::ConfigError &e) {
        err << "syncd: configuration error: " << e.what() << "\n";
        return kExitUsage;
    } catch (const std::exception &e) {
        err << "syncd " << commandName << ": " << e.what() << "\n";
        return kExitFailure;
    }
}

} // namespace p2pdesk::syncd::cli
