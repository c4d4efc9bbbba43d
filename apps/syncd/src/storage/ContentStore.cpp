#include "storage/ContentStore.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <system_error>

namespace p2pdesk::syncd::storage {

namespace {

[[noreturn]] void throwErrno(const std::string &what)
{
    throw std::system_error(errno, std::generic_category(), what);
}

void fsyncPath(const std::filesystem::path &path, int flags)
{
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0)
        throwErrno("open " + path.string());
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0)
        throwErrno("fsync " + path.string());
}

bool isSafeKey(const std::string &key)
{
    // Keys are generated here ("sha256/xx/yy/<64 hex>"); anything else never reaches the disk.
    if (key.size() != 7 + 3 + 3 + 64 || key.compare(0, 7, "sha256/") != 0)
        return false;
    for (std::size_t i = 7; i < key.size(); ++i) {
        const char c = key[i];
        const bool slash = (i == 9 || i == 12);
        if (slash ? c != '/' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return key.compare(7, 2, key, 13, 2) == 0 && key.compare(10, 2, key, 15, 2) == 0;
}

} // namespace

ContentStore::ContentStore(std::filesystem::path root)
    : m_root(std::move(root))
{
}

bool ContentStore::isValidKey(const std::string &key)
{
    return isSafeKey(key);
}

std::string ContentStore::keyOf(const security::Sha256Digest &sha256)
{
    const auto hex = security::toHex(sha256.data(), sha256.size());
    return "sha256/" + hex.substr(0, 2) + "/" + hex.substr(2, 2) + "/" + hex;
}

std::filesystem::path ContentStore::pathOf(const std::string &key) const
{
    if (!isSafeKey(key))
        throw std::invalid_argument("not a content-store key");
    return m_root / key;
}

bool ContentStore::contains(const std::string &key) const
{
    return isSafeKey(key) && std::filesystem::is_regular_file(m_root / key);
}

StoredObject ContentStore::put(std::string_view bytes)
{
    StoredObject object;
    object.sha256 = security::sha256(bytes);
    object.sha256Hex = security::toHex(object.sha256.data(), object.sha256.size());
    object.key = keyOf(object.sha256);
    object.size = bytes.size();

    const auto target = m_root / object.key;
    if (std::filesystem::is_regular_file(target) && std::filesystem::file_size(target) == bytes.size())
        return object;

    const auto dir = target.parent_path();
    std::filesystem::create_directories(dir);
    std::string tmpl = (dir / ".tmp-XXXXXX").string();
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0)
        throwErrno("mkstemp in " + dir.string());
    try {
        ::fchmod(fd, 0640);
        std::size_t written = 0;
        while (written < bytes.size()) {
            const auto n = ::write(fd, bytes.data() + written, bytes.size() - written);
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                throwErrno("write " + tmpl);
            }
            written += static_cast<std::size_t>(n);
        }
        if (::fsync(fd) != 0)
            throwErrno("fsync " + tmpl);
    } catch (...) {
        ::close(fd);
        ::unlink(tmpl.c_str());
        throw;
    }
    if (::close(fd) != 0) {
        const int saved = errno;
        ::unlink(tmpl.c_str());
        errno = saved;
        throwErrno("close " + tmpl);
    }
    if (::rename(tmpl.c_str(), target.c_str()) != 0) {
        const int saved = errno;
        ::unlink(tmpl.c_str());
        errno = saved;
        throwErrno("rename to " + target.string());
    }
    // The rename is only durable once the directory entry is.
    fsyncPath(dir, O_RDONLY | O_DIRECTORY);
    return object;
}

bool ContentStore::remove(const std::string &key)
{
    const auto target = pathOf(key);
    if (::unlink(target.c_str()) != 0) {
        if (errno == ENOENT)
            return false;
        throwErrno("unlink " + target.string());
    }
    // Like put(): the removal is durable once the directory entry is.
    fsyncPath(target.parent_path(), O_RDONLY | O_DIRECTORY);
    return true;
}

std::optional<std::string> ContentStore::read(const std::string &key) const
{
    if (!contains(key))
        return std::nullopt;
    std::ifstream in(m_root / key, std::ios::binary);
    if (!in)
        return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

} // namespace p2pdesk::syncd::storage
