#pragma once

#include "config/Config.h"

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::cli {

struct CommandContext {
    config::Config config;
    std::vector<std::string> args; // after the command name
    std::ostream &out;
    std::ostream &err;
};

using CommandFn = int (*)(CommandContext &);

struct Command {
    const char *name;
    const char *usage; // e.g. "create-admin --username NAME"
    const char *summary;
    CommandFn run;
};

// Exit codes shared by every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

// The subcommand table; a new command is one line there plus its function.
const std::vector<Command> &commands();

int runServe(CommandContext &ctx);
int runMigrate(CommandContext &ctx);
int runAuditVerify(CommandContext &ctx);
int runCreateAdmin(CommandContext &ctx);
int runBackup(CommandContext &ctx);
int runRestore(CommandContext &ctx);
int runRestoreDrill(CommandContext &ctx);

// Parses `syncd [--config FILE] [COMMAND] [ARGS…] | --help | --version` and runs the command.
int runCli(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err,
           const config::Config::Environment &env);

} // namespace p2pdesk::syncd::cli
