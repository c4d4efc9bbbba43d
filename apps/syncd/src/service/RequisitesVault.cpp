#include "service/RequisitesVault.h"

#include "security/Encoding.h"
#include "security/KeyFile.h"
#include "security/Keyring.h"
#include "security/Masking.h"
#include "security/SecureRandom.h"
#include <fcntl.h>
#include <unistd.h>

#include <Poco/Logger.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace p2pdesk::syncd::service {

namespace {

constexpr std::string_view kEncryptionPurpose = "p2pdesk/requisites/encryption-key/v1";
constexpr std::string_view kLookupPurpose = "p2pdesk/requisites/lookup-key/v1";
constexpr std::string_view kKeyIdPurpose = "p2pdesk/requisites/key-id/v1";
constexpr const char *kFileKey = "security.requisites_key_file";

std::string associatedData(std::int64_t customerId, const std::string &lookupHashHex)
{
    return "payout_accounts.requisites:" + std::to_string(customerId) + ":" + lookupHashHex;
}

} // namespace

struct RequisitesVault::Keys {
    security::SecretBox box;
    security::KeyedHash lookup;
};

RequisitesVault::RequisitesVault(const config::Config &config)
    : m_config(config)
{
}

RequisitesVault::RequisitesVault(security::SecretBytes masterKey)
    : m_keys(derive(masterKey))
{
}

RequisitesVault::~RequisitesVault() = default;

std::unique_ptr<RequisitesVault::Keys> RequisitesVault::derive(const security::SecretBytes &masterKey)
{
    const security::KeyedHash kdf(masterKey);
    security::Keyring keyring;
    const std::string keyId = "r" + kdf.hexDigest(kKeyIdPurpose, {}).substr(0, 12);
    keyring.add(keyId, kdf.digest(kEncryptionPurpose, {}));
    return std::unique_ptr<Keys>(
        new Keys{security::SecretBox(std::move(keyring)), security::KeyedHash(kdf.digest(kLookupPurpose, {}))});
}

security::SecretBytes RequisitesVault::loadMasterKey() const
{
    const config::Config &config = *m_config;
    if (config.isSet(kFileKey))
        return security::loadKeyFile(config.path(kFileKey));
    if (const auto fromEnv = config.secret(kFileKey); !fromEnv.empty()) {
        auto key = security::hexDecode(fromEnv);
        if (!key || key->size() != security::Keyring::kKeyBytes)
            throw config::ConfigError("the payout requisites key from the environment must be 64 hex digits");
        return std::move(*key);
    }
    const auto path = config.path("data_dir") / "keys" / "requisites.key";
    if (security::createKeyFileIfMissing(path))
        Poco::Logger::get("syncd.orders")
            .notice("generated a payout requisites key in " + path.string() +
                    " (back it up with the database, or set " + kFileKey + ")");
    return security::loadKeyFile(path);
}

const RequisitesVault::Keys &RequisitesVault::keys() const
{
    std::call_once(m_once, [this] {
        if (!m_keys)
            m_keys = derive(loadMasterKey());
    });
    return *m_keys;
}

SealedRequisites RequisitesVault::seal(std::int64_t customerId, std::string_view requisites) const
{
    const Keys &k = keys();
    SealedRequisites out;
    out.lookupHashHex = k.lookup.requisitesLookupHash(requisites);
    out.sealed = k.box.seal(requisites, associatedData(customerId, out.lookupHashHex));
    out.masked = security::maskRequisites(requisites);
    return out;
}

std::string RequisitesVault::open(std::int64_t customerId, const std::string &lookupHashHex,
                                  const security::SealedBox &sealed) const
{
    const auto opened = keys().box.open(sealed, associatedData(customerId, lookupHashHex));
    if (!opened)
        throw std::runtime_error("payout requisites do not open (unknown key or tampered row)");
    return std::string(security::asText(opened.value()));
}

std::string RequisitesVault::lookupHash(std::string_view text) const
{
    return keys().lookup.requisitesLookupHash(text);
}

} // namespace p2pdesk::syncd::service
