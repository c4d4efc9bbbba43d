#include "config/Config.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <fstream>
#include <sstream>

extern char **environ; // NOLINT(readability-redundant-declaration)

namespace p2pdesk::syncd::config {

namespace {

std::string trim(const std::string &s)
{
    const auto begin = s.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos)
        return {};
    const auto end = s.find_last_not_of(" \t\r\n");
    return s.substr(begin, end - begin + 1);
}

void validate(const KeySpec &spec, const std::string &value, const std::string &origin)
{
    if (spec.kind == KeyKind::Integer) {
        std::int64_t parsed = 0;
        const auto *end = value.data() + value.size();
        const auto [ptr, ec] = std::from_chars(value.data(), end, parsed);
        if (ec != std::errc{} || ptr != end)
            throw ConfigError(origin + ": " + spec.name + " must be an integer");
    }
}

std::string readWholeFile(const std::filesystem::path &file, const std::string &what)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw ConfigError("cannot read " + what + " file " + file.string());
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// Key without the `_file` suffix: the environment fallback of a SecretFile key.
std::string secretEnvName(const std::string &key)
{
    const std::string suffix = "_file";
    std::string base = key;
    if (base.size() > suffix.size() && base.compare(base.size() - suffix.size(), suffix.size(), suffix) == 0)
        base.resize(base.size() - suffix.size());
    return envNameFor(base);
}

} // namespace

std::string conninfoValue(const std::string &v)
{
    std::string out = "'";
    for (char c : v) {
        if (c == '\'' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "'";
}

const KeySpec *findKey(const std::string &name)
{
    const auto &keys = knownKeys();
    const auto it = std::find_if(keys.begin(), keys.end(), [&](const KeySpec &k) { return k.name == name; });
    return it == keys.end() ? nullptr : &*it;
}

std::string envNameFor(const std::string &key)
{
    std::string out = "P2PDESK_";
    for (char c : key)
        out += c == '.' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

Config::Environment Config::processEnvironment()
{
    Environment env;
    for (char **e = environ; e != nullptr && *e != nullptr; ++e) {
        const std::string entry(*e);
        const auto eq = entry.find('=');
        if (eq != std::string::npos && entry.rfind("P2PDESK_", 0) == 0)
            env.emplace(entry.substr(0, eq), entry.substr(eq + 1));
    }
    return env;
}

Config Config::load(const std::optional<std::filesystem::path> &file, const Environment &env,
                    const std::map<std::string, std::string> &overrides)
{
    if (!file)
        return parse(std::string{}, std::string{}, env, overrides);
    return parse(readWholeFile(*file, "config"), file->string(), env, overrides);
}

Config Config::parse(const std::string &text, const std::string &source, const Environment &env,
                     const std::map<std::string, std::string> &overrides)
{
    Config cfg;
    cfg.m_env = env;
    for (const auto &spec : knownKeys())
        cfg.m_values[spec.name] = spec.defaultValue;

    std::istringstream in(text);
    std::string line;
    int lineNo = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        const std::string t = trim(line);
        if (t.empty() || t.front() == '#')
            continue;
        const auto eq = t.find('=');
        const std::string origin = source + ":" + std::to_string(lineNo);
        if (eq == std::string::npos)
            throw ConfigError(origin + ": expected `key = value`");
        const std::string key = trim(t.substr(0, eq));
        const std::string value = trim(t.substr(eq + 1));
        const KeySpec *spec = findKey(key);
        if (spec == nullptr)
            throw ConfigError(origin + ": unknown key " + key);
        validate(*spec, value, origin);
        cfg.m_values[key] = value;
    }

    for (const auto &spec : knownKeys()) {
        const auto it = env.find(envNameFor(spec.name));
        if (it != env.end()) {
            validate(spec, it->second, "environment " + it->first);
            cfg.m_values[spec.name] = it->second;
        }
    }
    for (const auto &[key, value] : overrides) {
        const KeySpec *spec = findKey(key);
        if (spec == nullptr)
            throw ConfigError("override: unknown key " + key);
        validate(*spec, value, "override");
        cfg.m_values[key] = value;
    }
    return cfg;
}

Config Config::with(const std::map<std::string, std::string> &overrides) const
{
    Config copy = *this;
    for (const auto &[key, value] : overrides) {
        const KeySpec *spec = findKey(key);
        if (spec == nullptr)
            throw ConfigError("override: unknown key " + key);
        validate(*spec, value, "override");
        copy.m_values[key] = value;
    }
    return copy;
}

const std::string &Config::raw(const std::string &key) const
{
    const auto it = m_values.find(key);
    if (it == m_values.end())
        throw ConfigError("unknown configuration key " + key); // a programming error: add it to ConfigKeys.cpp
    return it->second;
}

std::string Config::string(const std::string &key) const
{
    return raw(key);
}

std::int64_t Config::integer(const std::string &key) const
{
    const std::string &v = raw(key);
    std::int64_t parsed = 0;
    std::from_chars(v.data(), v.data() + v.size(), parsed);
    return parsed;
}

std::filesystem::path Config::path(const std::string &key) const
{
    return raw(key);
}

bool Config::isSet(const std::string &key) const
{
    return !raw(key).empty();
}

std::string Config::secret(const std::string &key) const
{
    const std::string &file = raw(key);
    if (!file.empty()) {
        std::string value = readWholeFile(file, key);
        // Files written by `echo` end in a newline that is not part of the secret.
        while (!value.empty() && (value.back() == '\n' || value.back() == '\r'))
            value.pop_back();
        return value;
    }
    const auto it = m_env.find(secretEnvName(key));
    return it == m_env.end() ? std::string{} : it->second;
}

std::string Config::dbConninfo() const
{
    std::string info = "host=" + conninfoValue(string("db.host")) + " port=" + std::to_string(integer("db.port")) +
                       " dbname=" + conninfoValue(string("db.name")) + " user=" + conninfoValue(string("db.user")) +
                       " connect_timeout=" + std::to_string(integer("db.connect_timeout_s")) +
                       " application_name=syncd";
    const std::string password = secret("db.password_file");
    if (!password.empty())
        info += " password=" + conninfoValue(password);
    return info;
}

std::string describeKeys()
{
    std::ostringstream out;
    for (const auto &spec : knownKeys()) {
        out << "  " << spec.name;
        if (spec.kind == KeyKind::SecretFile)
            out << "  (secret: file path; env " << secretEnvName(spec.name) << " holds the value itself)";
        out << "\n      " << spec.description << "\n      env " << envNameFor(spec.name);
        if (!spec.defaultValue.empty())
            out << ", default " << spec.defaultValue;
        out << "\n";
    }
    return out.str();
}

} // namespace p2pdesk::syncd::config
