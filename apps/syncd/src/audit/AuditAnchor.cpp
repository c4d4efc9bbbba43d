#include "audit/AuditAnchor.h"

#include "db/repositories/AuditLogRepository.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <ctime>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <system_error>

namespace p2pdesk::syncd::audit {

namespace {

constexpr const char *kVersionLine = "p2pdesk-audit-anchor-v1";

[[noreturn]] void throwErrno(const std::string &what)
{
    throw std::system_error(errno, std::generic_category(), what);
}

bool isHexDigest(const std::string &text)
{
    if (text.size() != 64)
        return false;
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

void writeAll(int fd, const std::string &bytes, const std::string &name)
{
    std::size_t written = 0;
    while (written < bytes.size()) {
        const auto n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            throwErrno("write " + name);
        }
        written += static_cast<std::size_t>(n);
    }
}

} // namespace

std::string formatAnchor(const AuditAnchor &anchor, const std::string &writtenAtUtc)
{
    return std::string(kVersionLine) + "\nseq=" + std::to_string(anchor.seq) + "\nhash=" + anchor.hashHex +
           "\nwritten_at=" + writtenAtUtc + "\n";
}

std::optional<AuditAnchor> parseAnchor(const std::string &text)
{
    std::istringstream in(text);
    std::string line;
    if (!std::getline(in, line) || line != kVersionLine)
        return std::nullopt;
    std::optional<std::int64_t> seq;
    std::optional<std::string> hash;
    while (std::getline(in, line)) {
        if (line.rfind("seq=", 0) == 0) {
            std::int64_t value = 0;
            const auto digits = line.substr(4);
            const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
            if (ec != std::errc() || end != digits.data() + digits.size() || value <= 0)
                return std::nullopt;
            seq = value;
        } else if (line.rfind("hash=", 0) == 0) {
            hash = line.substr(5);
            if (!isHexDigest(*hash))
                return std::nullopt;
        }
    }
    if (!seq || !hash)
        return std::nullopt;
    return AuditAnchor{*seq, *hash};
}

void writeAnchorFile(const std::filesystem::path &path, const AuditAnchor &anchor)
{
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    ::gmtime_r(&now, &utc);
    char writtenAt[32] = {};
    std::strftime(writtenAt, sizeof writtenAt, "%Y-%m-%dT%H:%M:%SZ", &utc);
    const auto text = formatAnchor(anchor, writtenAt);
    const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    std::string tmpl = (dir / ".anchor-XXXXXX").string();
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0)
        throwErrno("mkstemp in " + dir.string());
    try {
        if (::fchmod(fd, 0640) != 0)
            throwErrno("fchmod " + tmpl);
        writeAll(fd, text, tmpl);
        if (::fsync(fd) != 0)
            throwErrno("fsync " + tmpl);
    } catch (...) {
        ::close(fd);
        ::unlink(tmpl.c_str());
        throw;
    }
    if (::close(fd) != 0 || ::rename(tmpl.c_str(), path.c_str()) != 0) {
        const int saved = errno;
        ::unlink(tmpl.c_str());
        errno = saved;
        throwErrno("replace " + path.string());
    }
    const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0)
        throwErrno("open " + dir.string());
    const int rc = ::fsync(dirFd);
    ::close(dirFd);
    if (rc != 0)
        throwErrno("fsync " + dir.string());
}

AuditAnchor readAnchorFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read the anchor file " + path.string());
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto anchor = parseAnchor(text);
    if (!anchor)
        throw std::runtime_error(path.string() + " is not an audit anchor (" + kVersionLine + ")");
    return *anchor;
}

std::optional<std::string> checkAnchor(pqxx::transaction_base &tx, const AuditAnchor &anchor, const VerifyResult &chain)
{
    const auto anchored = "anchored row seq " + std::to_string(anchor.seq);
    const auto row = db::AuditLogRepository::link(tx, anchor.seq);
    if (!row)
        return anchored + " is missing: the chain was cut back or the row deleted";
    if (row->hashHex.empty())
        return anchored + " is no longer sealed: its hash was removed";
    if (row->hashHex != anchor.hashHex)
        return anchored + " has hash " + row->hashHex + ", the anchor says " + anchor.hashHex +
               ": the chain was rewritten";
    // verifyChain stops at the first break, so the anchored row must lie inside the intact part.
    if (!chain.lastSealedSeq || *chain.lastSealedSeq < anchor.seq)
        return anchored + " lies beyond the intact part of the chain";
    return std::nullopt;
}

} // namespace p2pdesk::syncd::audit
