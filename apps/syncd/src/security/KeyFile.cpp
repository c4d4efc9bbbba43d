#include "security/KeyFile.h"

#include "security/Encoding.h"
#include "security/SecureRandom.h"
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>

namespace p2pdesk::syncd::security {
namespace {

[[noreturn]] void fail(const std::filesystem::path &path, const char *why)
{
    throw std::runtime_error("key file " + path.string() + ": " + why);
}

} // namespace

SecretBytes loadKeyFile(const std::filesystem::path &path, std::size_t keyBytes)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::is_regular_file(status))
        fail(path, "not found or not a regular file");
    const fs::perms perms = status.permissions();
    if ((perms & (fs::perms::others_read | fs::perms::others_write)) != fs::perms::none)
        fail(path, "accessible by other users (chmod o-rw)");

    // Anything longer than the hex form plus a line ending is not a key file; do not read it all.
    const std::size_t maxSize = keyBytes * 2 + 2;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        fail(path, "cannot be opened");
    SecretBytes content(maxSize + 1);
    in.read(reinterpret_cast<char *>(content.data()), static_cast<std::streamsize>(content.size()));
    content.resize(static_cast<std::size_t>(in.gcount()));

    SecretBytes key;
    if (content.size() == keyBytes) {
        key = std::move(content);
    } else {
        while (!content.empty() && (content.back() == '\n' || content.back() == '\r'))
            content.pop_back();
        if (content.size() != keyBytes * 2)
            fail(path, "has neither the raw nor the hex key size");
        auto decoded = hexDecode(asText(content));
        if (!decoded)
            fail(path, "has neither the raw nor the hex key size");
        key = std::move(*decoded);
    }
    if (std::all_of(key.begin(), key.end(), [](std::uint8_t b) { return b == 0; }))
        fail(path, "holds an all-zero key");
    return key;
}

bool createKeyFileIfMissing(const std::filesystem::path &path, std::size_t keyBytes)
{
    std::filesystem::create_directories(path.parent_path());
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return false;
        throw std::runtime_error("cannot create key file " + path.string() + ": " + std::strerror(errno));
    }
    const auto key = randomBytes(keyBytes);
    std::string text = hexEncode(key);
    text += '\n';
    const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
    secureWipe(text.data(), text.size());
    ::close(fd);
    if (!ok) {
        std::filesystem::remove(path);
        throw std::runtime_error("cannot write key file " + path.string());
    }
    return true;
}

} // namespace p2pdesk::syncd::security
