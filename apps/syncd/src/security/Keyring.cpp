#include "security/Keyring.h"

#include "security/KeyFile.h"

#include <algorithm>
#include <stdexcept>

namespace p2pdesk::syncd::security {

bool Keyring::isValidKeyId(std::string_view keyId)
{
    if (keyId.empty() || keyId.size() > 32)
        return false;
    return std::all_of(keyId.begin(), keyId.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

void Keyring::add(std::string keyId, SecretBytes key)
{
    if (!isValidKeyId(keyId))
        throw std::invalid_argument("invalid key id");
    if (key.size() != kKeyBytes)
        throw std::invalid_argument("key " + keyId + " is not 32 bytes");
    if (m_keys.contains(keyId))
        throw std::invalid_argument("duplicate key id " + keyId);
    m_current = keyId;
    m_keys.emplace(std::move(keyId), std::move(key));
}

void Keyring::addFromFile(std::string keyId, const std::filesystem::path &path)
{
    add(std::move(keyId), loadKeyFile(path, kKeyBytes));
}

Keyring Keyring::loadDirectory(const std::filesystem::path &directory)
{
    namespace fs = std::filesystem;
    std::vector<std::pair<std::string, fs::path>> found;
    std::error_code ec;
    for (const auto &entry : fs::directory_iterator(directory, ec)) {
        const fs::path &path = entry.path();
        if (path.extension() == ".key" && isValidKeyId(path.stem().string()))
            found.emplace_back(path.stem().string(), path);
    }
    if (ec)
        throw std::runtime_error("key directory " + directory.string() + " cannot be read");
    if (found.empty())
        throw std::runtime_error("key directory " + directory.string() + " holds no <id>.key file");
    std::sort(found.begin(), found.end());
    Keyring keyring;
    for (auto &[keyId, path] : found)
        keyring.addFromFile(std::move(keyId), path);
    return keyring;
}

void Keyring::setCurrent(std::string_view keyId)
{
    const auto it = m_keys.find(keyId);
    if (it == m_keys.end())
        throw std::invalid_argument("unknown key id");
    m_current = it->first;
}

std::vector<std::string> Keyring::keyIds() const
{
    std::vector<std::string> ids;
    ids.reserve(m_keys.size());
    for (const auto &entry : m_keys)
        ids.push_back(entry.first);
    return ids;
}

const SecretBytes *Keyring::find(std::string_view keyId) const
{
    const auto it = m_keys.find(keyId);
    return it == m_keys.end() ? nullptr : &it->second;
}

} // namespace p2pdesk::syncd::security
