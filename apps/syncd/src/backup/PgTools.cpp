#include "backup/PgTools.h"

#include "backup/BackupErrors.h"
#include "backup/ChildProcess.h"
#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <sstream>

namespace p2pdesk::syncd::backup {

namespace {

bool isExecutable(const std::filesystem::path &path)
{
    std::error_code ec;
    return std::filesystem::is_regular_file(path, ec) && ::access(path.c_str(), X_OK) == 0;
}

std::vector<std::filesystem::path> candidates(const config::Config &config, const std::string &name, int serverMajor)
{
    if (config.isSet("backup.pg_bin_dir"))
        return {config.path("backup.pg_bin_dir") / name};
    std::vector<std::filesystem::path> out;
    out.push_back(std::filesystem::path("/usr/lib/postgresql") / std::to_string(serverMajor) / "bin" / name);
    const char *pathEnv = std::getenv("PATH");
    std::istringstream dirs(pathEnv != nullptr && *pathEnv != '\0' ? pathEnv : "/usr/local/bin:/usr/bin:/bin");
    std::string dir;
    while (std::getline(dirs, dir, ':')) {
        if (!dir.empty() && std::filesystem::path(dir).is_absolute())
            out.push_back(std::filesystem::path(dir) / name);
    }
    return out;
}

} // namespace

int majorOf(const std::string &versionText)
{
    // The first number in the text: "pg_dump (PostgreSQL) 15.4" or the server's "15.4 (Debian …)".
    std::size_t i = 0;
    while (i < versionText.size() && std::isdigit(static_cast<unsigned char>(versionText[i])) == 0)
        ++i;
    int major = 0;
    while (i < versionText.size() && std::isdigit(static_cast<unsigned char>(versionText[i])) != 0 && major < 1000)
        major = major * 10 + (versionText[i++] - '0');
    return major;
}

PgTool findPgTool(const config::Config &config, const std::string &name, int serverMajor, int minimumMajor)
{
    std::vector<std::string> rejected;
    for (const auto &path : candidates(config, name, serverMajor)) {
        if (!isExecutable(path))
            continue;
        ChildOptions options;
        options.program = path;
        options.args = {"--version"};
        options.environment = childEnvironment({});
        ChildExit exit;
        std::string version = runForOutput(options, exit);
        while (!version.empty() && (version.back() == '\n' || version.back() == '\r'))
            version.pop_back();
        const int major = majorOf(version.substr(version.find(')') == std::string::npos ? 0 : version.find(')')));
        if (!exit.ok() || major == 0) {
            rejected.push_back(path.string() + " (--version failed: " + exit.describe() + ")");
            continue;
        }
        if (major < minimumMajor) {
            rejected.push_back(path.string() + " (version " + std::to_string(major) + ")");
            continue;
        }
        return {path, version, major};
    }
    std::string message = "no usable " + name + " of PostgreSQL " + std::to_string(minimumMajor) + " or newer";
    if (!rejected.empty()) {
        message += "; rejected:";
        for (const auto &r : rejected)
            message += " " + r;
    }
    message += config.isSet("backup.pg_bin_dir")
                   ? " (backup.pg_bin_dir is " + config.path("backup.pg_bin_dir").string() + ")"
                   : ". Install the client of that version (Debian: postgresql-client-" + std::to_string(minimumMajor) +
                         ") or set backup.pg_bin_dir";
    throw BackupError(message);
}

std::vector<std::string> pgEnvironment(const config::Config &config, const std::string &applicationName)
{
    std::vector<std::string> env = {
        "PGHOST=" + config.string("db.host"),
        "PGPORT=" + std::to_string(config.integer("db.port")),
        "PGUSER=" + config.string("db.user"),
        "PGDATABASE=" + config.string("db.name"),
        "PGCONNECT_TIMEOUT=" + std::to_string(config.integer("db.connect_timeout_s")),
        "PGAPPNAME=" + applicationName,
    };
    const std::string password = config.secret("db.password_file");
    if (!password.empty())
        env.push_back("PGPASSWORD=" + password);
    return childEnvironment(env);
}

} // namespace p2pdesk::syncd::backup
