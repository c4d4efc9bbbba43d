#include "backup/BackupFiles.h"

#include "backup/BackupErrors.h"
#include "backup/BackupKey.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <system_error>

namespace p2pdesk::syncd::backup {

namespace {

constexpr std::size_t kBufferBytes = std::size_t{256} * 1024;

[[noreturn]] void throwErrno(const std::string &what)
{
    throw std::system_error(errno, std::generic_category(), what);
}

int createExclusive(const std::filesystem::path &target, mode_t mode)
{
    const int fd = ::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        throwErrno("create " + target.string());
    return fd;
}

void syncAndClose(int &fd, const std::filesystem::path &target)
{
    if (::fsync(fd) != 0) {
        const int saved = errno;
        ::close(fd);
        fd = -1;
        errno = saved;
        throwErrno("fsync " + target.string());
    }
    const int closed = ::close(fd);
    fd = -1;
    if (closed != 0)
        throwErrno("close " + target.string());
}

} // namespace

void writeAll(int fd, const char *data, std::size_t size, const std::filesystem::path &what)
{
    std::size_t written = 0;
    while (written < size) {
        const auto n = ::write(fd, data + written, size - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            throwErrno("write " + what.string());
        }
        written += static_cast<std::size_t>(n);
    }
}

BackupFileWriter::BackupFileWriter(std::filesystem::path target, std::string relativePath, const BackupKey *key)
    : m_target(std::move(target))
    , m_relativePath(std::move(relativePath))
{
    if (key != nullptr)
        m_sealer = std::make_unique<security::ChunkedSealer>(key->fileKey(), m_relativePath);
    m_fd = createExclusive(m_target, 0600);
}

BackupFileWriter::~BackupFileWriter()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_finished)
        ::unlink(m_target.c_str());
}

void BackupFileWriter::writeStored(const std::uint8_t *data, std::size_t size)
{
    m_storedHash.update(data, size);
    m_storedSize += size;
    writeAll(m_fd, reinterpret_cast<const char *>(data), size, m_target);
}

void BackupFileWriter::write(const char *data, std::size_t size)
{
    m_plainHash.update(data, size);
    m_plainSize += size;
    if (!m_sealer) {
        writeStored(reinterpret_cast<const std::uint8_t *>(data), size);
        return;
    }
    security::Bytes sealed;
    m_sealer->update(security::asBytes(std::string_view(data, size)), sealed);
    writeStored(sealed.data(), sealed.size());
}

ManifestFile BackupFileWriter::finish()
{
    if (m_sealer) {
        security::Bytes sealed;
        m_sealer->finish(sealed);
        writeStored(sealed.data(), sealed.size());
    }
    syncAndClose(m_fd, m_target);
    m_finished = true;
    ManifestFile file;
    file.path = m_relativePath;
    file.size = m_storedSize;
    file.sha256 = m_storedHash.finishHex();
    if (m_sealer) {
        file.plainSize = m_plainSize;
        file.plainSha256 = m_plainHash.finishHex();
    }
    return file;
}

void readBackupFile(const std::filesystem::path &file, const std::string &relativePath, const BackupKey *key,
                    const std::function<void(const char *, std::size_t)> &sink)
{
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throwErrno("open " + file.string());
    std::unique_ptr<security::ChunkedOpener> opener;
    if (key != nullptr)
        opener = std::make_unique<security::ChunkedOpener>(key->fileKey(), relativePath);
    std::vector<char> buffer(kBufferBytes);
    security::Bytes plain;
    try {
        for (;;) {
            const auto n = ::read(fd, buffer.data(), buffer.size());
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                throwErrno("read " + file.string());
            }
            if (n == 0)
                break;
            if (!opener) {
                sink(buffer.data(), static_cast<std::size_t>(n));
                continue;
            }
            plain.clear();
            opener->update(security::asBytes(std::string_view(buffer.data(), static_cast<std::size_t>(n))), plain);
            if (!plain.empty())
                sink(reinterpret_cast<const char *>(plain.data()), plain.size());
        }
        if (opener) {
            plain.clear();
            opener->finish(plain);
            if (!plain.empty())
                sink(reinterpret_cast<const char *>(plain.data()), plain.size());
        }
    } catch (const security::ChunkedCipherError &e) {
        ::close(fd);
        throw BackupError(relativePath + ": " + e.what());
    } catch (...) {
        ::close(fd);
        throw;
    }
    ::close(fd);
}

FileDigest digestFile(const std::filesystem::path &file)
{
    FileDigest digest;
    security::Sha256Hasher hasher;
    readBackupFile(file, {}, nullptr, [&](const char *data, std::size_t size) {
        hasher.update(data, size);
        digest.size += size;
    });
    digest.sha256 = hasher.finishHex();
    return digest;
}

PlainFileWriter::PlainFileWriter(std::filesystem::path target, mode_t mode)
    : m_target(std::move(target))
    , m_fd(createExclusive(m_target, mode))
{
    // The umask would narrow `mode`, never widen it; set it as asked (content files 0640).
    ::fchmod(m_fd, mode);
}

PlainFileWriter::~PlainFileWriter()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_finished)
        ::unlink(m_target.c_str());
}

void PlainFileWriter::write(const char *data, std::size_t size)
{
    m_hash.update(data, size);
    writeAll(m_fd, data, size, m_target);
}

std::string PlainFileWriter::finish()
{
    syncAndClose(m_fd, m_target);
    m_finished = true;
    return m_hash.finishHex();
}

void fsyncDirectory(const std::filesystem::path &dir)
{
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        throwErrno("open " + dir.string());
    const int rc = ::fsync(fd);
    const int saved = errno;
    ::close(fd);
    if (rc != 0) {
        errno = saved;
        throwErrno("fsync " + dir.string());
    }
}

void createDirectories(const std::filesystem::path &dir, mode_t mode)
{
    if (dir.empty() || std::filesystem::is_directory(dir))
        return;
    createDirectories(dir.parent_path(), mode);
    if (::mkdir(dir.c_str(), mode) != 0 && errno != EEXIST)
        throwErrno("mkdir " + dir.string());
}

bool removeTree(const std::filesystem::path &path) noexcept
{
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
    return !ec;
}

} // namespace p2pdesk::syncd::backup
