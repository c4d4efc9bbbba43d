#include "backup/Manifest.h"

#include "backup/BackupErrors.h"
#include "storage/ContentStore.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace p2pdesk::syncd::backup {

namespace {

constexpr const char *kFormatName = "p2pdesk-backup";

bool isPlainName(const std::string &name)
{
    if (name.empty() || name.size() > 100 || name.front() == '.')
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
               c == '-';
    });
}

bool isHex64(const std::string &s)
{
    return s.size() == 64 &&
           std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

template<typename T> T member(const nlohmann::json &json, const char *name)
{
    if (!json.contains(name))
        throw BackupError(std::string("manifest: missing ") + name);
    try {
        return json.at(name).get<T>();
    } catch (const nlohmann::json::exception &) {
        throw BackupError(std::string("manifest: ") + name + " has the wrong type");
    }
}

nlohmann::json figuresJson(const db::BackupFigures &f)
{
    nlohmann::json head = nullptr;
    if (f.auditHeadSeq)
        head = {{"seq", *f.auditHeadSeq}, {"hash", f.auditHeadHashHex}};
    return {{"schema_version", f.schemaVersion}, {"orders", f.orders},
            {"order_history", f.orderHistory},   {"audit_log", f.auditLog},
            {"audit_sealed", f.auditSealed},     {"audit_head", head},
            {"stored_files", f.storedFiles}};
}

db::BackupFigures figuresFrom(const nlohmann::json &json)
{
    db::BackupFigures f;
    f.schemaVersion = member<int>(json, "schema_version");
    f.orders = member<std::int64_t>(json, "orders");
    f.orderHistory = member<std::int64_t>(json, "order_history");
    f.auditLog = member<std::int64_t>(json, "audit_log");
    f.auditSealed = member<std::int64_t>(json, "audit_sealed");
    f.storedFiles = member<std::int64_t>(json, "stored_files");
    if (json.contains("audit_head") && !json.at("audit_head").is_null()) {
        const auto &head = json.at("audit_head");
        f.auditHeadSeq = member<std::int64_t>(head, "seq");
        f.auditHeadHashHex = member<std::string>(head, "hash");
    }
    return f;
}

} // namespace

bool isValidBackupPath(const std::string &path)
{
    if (path == "db.dump")
        return true;
    if (path.starts_with("proofs/"))
        return storage::ContentStore::isValidKey(path.substr(7));
    for (const std::string prefix : {"keys/", "tls/"}) {
        if (path.starts_with(prefix))
            return isPlainName(path.substr(prefix.size()));
    }
    return false;
}

std::string proofKeyOf(const std::string &path)
{
    if (path.starts_with("proofs/") && storage::ContentStore::isValidKey(path.substr(7)))
        return path.substr(7);
    return {};
}

const ManifestFile *Manifest::find(const std::string &path) const
{
    const auto it = std::lower_bound(files.begin(), files.end(), path,
                                     [](const ManifestFile &f, const std::string &p) { return f.path < p; });
    return it != files.end() && it->path == path ? &*it : nullptr;
}

nlohmann::json Manifest::toJson() const
{
    nlohmann::json fileList = nlohmann::json::array();
    for (const auto &f : files) {
        nlohmann::json entry = {{"path", f.path}, {"size", f.size}, {"sha256", f.sha256}};
        if (f.plainSize)
            entry["plain_size"] = *f.plainSize;
        if (f.plainSha256)
            entry["plain_sha256"] = *f.plainSha256;
        fileList.push_back(std::move(entry));
    }
    nlohmann::json encryption = nullptr;
    if (keyId)
        encryption = {{"algorithm", "AES-256-GCM, chunked (P2PDGCM1)"}, {"key_id", *keyId}};
    nlohmann::json json = {{"format", kFormatName},
                           {"format_version", formatVersion},
                           {"created_at", createdAt},
                           {"syncd_version", syncdVersion},
                           {"schema_version", figures.schemaVersion},
                           {"database", database},
                           {"server_version", serverVersion},
                           {"pg_dump_version", pgDumpVersion},
                           {"pg_dump_major", pgDumpMajor},
                           {"snapshot", figuresJson(figures)},
                           {"encryption", encryption},
                           {"secrets_included", secretsIncluded},
                           {"problems", problems},
                           {"files", fileList}};
    if (!mac.empty())
        json["mac"] = mac;
    return json;
}

std::string Manifest::macInput() const
{
    nlohmann::json json = toJson();
    json.erase("mac");
    // nlohmann::json keeps object members sorted, so dump() is canonical for a given content.
    return json.dump();
}

Manifest Manifest::fromJson(const nlohmann::json &json)
{
    if (!json.is_object() || json.value("format", "") != kFormatName)
        throw BackupError("manifest: not a p2pdesk backup manifest");
    Manifest m;
    m.formatVersion = member<int>(json, "format_version");
    if (m.formatVersion != kFormatVersion)
        throw BackupError("manifest: format version " + std::to_string(m.formatVersion) + " (this syncd reads " +
                          std::to_string(kFormatVersion) + "): use the syncd that made the backup, or a newer one");
    m.createdAt = member<std::string>(json, "created_at");
    m.syncdVersion = member<std::string>(json, "syncd_version");
    m.database = member<std::string>(json, "database");
    m.serverVersion = member<std::string>(json, "server_version");
    m.pgDumpVersion = member<std::string>(json, "pg_dump_version");
    m.pgDumpMajor = member<int>(json, "pg_dump_major");
    if (!json.contains("snapshot") || !json.at("snapshot").is_object())
        throw BackupError("manifest: missing snapshot");
    m.figures = figuresFrom(json.at("snapshot"));
    if (member<int>(json, "schema_version") != m.figures.schemaVersion)
        throw BackupError("manifest: schema_version disagrees with the snapshot's");
    if (json.contains("encryption") && !json.at("encryption").is_null())
        m.keyId = member<std::string>(json.at("encryption"), "key_id");
    m.secretsIncluded = member<bool>(json, "secrets_included");
    m.problems = member<std::vector<std::string>>(json, "problems");
    if (!json.contains("files") || !json.at("files").is_array())
        throw BackupError("manifest: missing files");
    for (const auto &entry : json.at("files")) {
        ManifestFile f;
        f.path = member<std::string>(entry, "path");
        if (!isValidBackupPath(f.path))
            throw BackupError("manifest: refusing file path " + f.path);
        f.size = member<std::uint64_t>(entry, "size");
        f.sha256 = member<std::string>(entry, "sha256");
        if (entry.contains("plain_size"))
            f.plainSize = member<std::uint64_t>(entry, "plain_size");
        if (entry.contains("plain_sha256"))
            f.plainSha256 = member<std::string>(entry, "plain_sha256");
        if (!isHex64(f.sha256) || (f.plainSha256 && !isHex64(*f.plainSha256)))
            throw BackupError("manifest: malformed sha256 for " + f.path);
        if (m.encrypted() != f.plainSha256.has_value())
            throw BackupError("manifest: " + f.path + (m.encrypted() ? " lacks" : " has") + " a plaintext hash");
        m.files.push_back(std::move(f));
    }
    std::sort(m.files.begin(), m.files.end(),
              [](const ManifestFile &a, const ManifestFile &b) { return a.path < b.path; });
    for (std::size_t i = 1; i < m.files.size(); ++i) {
        if (m.files[i].path == m.files[i - 1].path)
            throw BackupError("manifest: " + m.files[i].path + " is listed twice");
    }
    m.mac = json.value("mac", "");
    return m;
}

Manifest Manifest::read(const std::filesystem::path &backupDir)
{
    const auto file = backupDir / kFileName;
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw BackupError("cannot read " + file.string() + ": not a complete backup");
    std::ostringstream text;
    text << in.rdbuf();
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(text.str());
    } catch (const nlohmann::json::exception &e) {
        throw BackupError(file.string() + " is not valid JSON (" + e.what() + ")");
    }
    return fromJson(json);
}

} // namespace p2pdesk::syncd::backup
