#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace p2pdesk::syncd::config {

enum class KeyKind {
    String,
    Integer,
    Path,
    // The value is the path of a file holding the secret; the secret itself may also come from the
    // environment variable of the key without the `_file` suffix (e.g. P2PDESK_DB_PASSWORD), but
    // never from the config file, so a config file can be shown or committed without leaking it.
    SecretFile,
};

struct KeySpec {
    std::string name; // dotted, e.g. "db.pool_size"
    KeyKind kind;
    std::string defaultValue; // empty = unset
    std::string description;
};

class ConfigError final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Every key syncd understands; `--help` prints this list. Defined in ConfigKeys.cpp.
const std::vector<KeySpec> &knownKeys();
const KeySpec *findKey(const std::string &name);

// Environment variable for a key: "db.pool_size" -> "P2PDESK_DB_POOL_SIZE".
std::string envNameFor(const std::string &key);

// A libpq conninfo value, quoted so that spaces, quotes and backslashes in it survive.
std::string conninfoValue(const std::string &value);

// Validated configuration: defaults < config file < environment < explicit overrides (tests).
// Unknown keys are errors so that a typo never silently falls back to a default.
class Config final {
public:
    using Environment = std::map<std::string, std::string>;

    static Config load(const std::optional<std::filesystem::path> &file, const Environment &env,
                       const std::map<std::string, std::string> &overrides = {});
    // load() once the file is read: `text` is its content and `source` names it in error messages.
    // Its own entry point so the parser is exercised (fuzzed) on bytes without touching the disk.
    static Config parse(const std::string &text, const std::string &source, const Environment &env,
                        const std::map<std::string, std::string> &overrides = {});
    static Environment processEnvironment();

    // A copy with some keys replaced (validated like overrides), e.g. the restore drill's
    // throw-away database and data directory on the same server.
    Config with(const std::map<std::string, std::string> &overrides) const;

    std::string string(const std::string &key) const;
    std::int64_t integer(const std::string &key) const;
    std::filesystem::path path(const std::string &key) const;
    bool isSet(const std::string &key) const;
    // Resolves a SecretFile key: reads the file it names, or the environment fallback. Empty if
    // neither is configured. Never log the result.
    std::string secret(const std::string &key) const;

    // libpq conninfo built from the db.* keys (password included when configured).
    std::string dbConninfo() const;

private:
    const std::string &raw(const std::string &key) const;

    std::map<std::string, std::string> m_values;
    Environment m_env;
};

// Every key with its environment name, default and description, for `syncd --help`.
std::string describeKeys();

} // namespace p2pdesk::syncd::config
