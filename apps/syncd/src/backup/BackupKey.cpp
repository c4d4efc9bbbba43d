#include "backup/BackupKey.h"

#include "security/Encoding.h"
#include "security/KeyFile.h"
#include "security/KeyedHash.h"

namespace p2pdesk::syncd::backup {

namespace {

constexpr const char *kKeyFileKey = "backup.key_file";
constexpr std::size_t kKeyBytes = 32;

} // namespace

BackupKey::BackupKey(const security::SecretBytes &master)
{
    const security::KeyedHash derive(master);
    m_id = derive.hexDigest("backup.key-id", "").substr(0, 16);
    m_fileKey = derive.digest("backup.file-encryption", {});
    m_macKey = derive.digest("backup.manifest-mac", {});
}

std::optional<BackupKey> BackupKey::load(const config::Config &config,
                                         const std::optional<std::filesystem::path> &keyFile)
{
    if (keyFile)
        return BackupKey(security::loadKeyFile(*keyFile, kKeyBytes));
    if (config.isSet(kKeyFileKey))
        return BackupKey(security::loadKeyFile(config.path(kKeyFileKey), kKeyBytes));
    if (const auto fromEnv = config.secret(kKeyFileKey); !fromEnv.empty()) {
        const auto key = security::hexDecode(fromEnv);
        if (!key || key->size() != kKeyBytes)
            throw config::ConfigError("the backup key from the environment must be 64 hex digits");
        return BackupKey(*key);
    }
    return std::nullopt;
}

std::string BackupKey::mac(std::string_view text) const
{
    return security::KeyedHash(m_macKey).hexDigest("backup.manifest", text);
}

} // namespace p2pdesk::syncd::backup
