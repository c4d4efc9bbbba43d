#include "security/PasswordHasher.h"

#include "security/SecureMemory.h"
#include "security/SecureRandom.h"

#include <argon2.h>

#include <charconv>
#include <stdexcept>
#include <string>
#include <vector>

namespace p2pdesk::syncd::security {
namespace {

// Bounds applied to hashes read back from the database (see verify()).
constexpr std::uint32_t kMaxVerifyMemoryKiB = 1024 * 1024;
constexpr std::uint32_t kMaxVerifyIterations = 64;
constexpr std::uint32_t kMaxVerifyParallelism = 16;

constexpr std::uint32_t kMinSaltBytes = 8;
constexpr std::uint32_t kMinHashBytes = 16;

// Reads "<name>=<decimal>" from the front of `text`, consuming it.
bool takeNumber(std::string_view &text, std::string_view name, std::uint32_t &out)
{
    if (text.substr(0, name.size()) != name || text.size() <= name.size() || text[name.size()] != '=')
        return false;
    text.remove_prefix(name.size() + 1);
    if (text.empty() || (text.front() == '0' && text.size() > 1 && text[1] >= '0' && text[1] <= '9'))
        return false;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    if (ec != std::errc{})
        return false;
    text.remove_prefix(static_cast<std::size_t>(end - text.data()));
    return true;
}

bool isBase64NoPad(std::string_view text)
{
    if (text.empty() || text.size() % 4 == 1)
        return false;
    for (char c : text) {
        const bool ok =
            (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
        if (!ok)
            return false;
    }
    return true;
}

std::uint32_t base64DecodedLength(std::string_view text)
{
    return static_cast<std::uint32_t>(text.size() * 6 / 8);
}

void validate(const Argon2Params &p)
{
    if (p.iterations < ARGON2_MIN_TIME || p.parallelism < ARGON2_MIN_LANES || p.parallelism > kMaxVerifyParallelism ||
        p.memoryKiB < 8 * p.parallelism || p.memoryKiB > kMaxVerifyMemoryKiB || p.iterations > kMaxVerifyIterations ||
        p.saltBytes < kMinSaltBytes || p.saltBytes > 64 || p.hashBytes < kMinHashBytes || p.hashBytes > 64)
        throw std::invalid_argument("argon2 parameters out of range");
}

} // namespace

PasswordHasher::PasswordHasher(Argon2Params params)
    : m_params(params)
{
    validate(m_params);
}

std::optional<PasswordError> PasswordHasher::checkPassword(std::string_view password)
{
    if (password.empty())
        return PasswordError::Empty;
    if (password.size() > kMaxPasswordBytes)
        return PasswordError::TooLong;
    return std::nullopt;
}

Expected<std::string, PasswordError> PasswordHasher::hash(std::string_view password) const
{
    if (const auto error = checkPassword(password))
        return *error;
    const SecretBytes salt = randomBytes(m_params.saltBytes);
    const std::size_t encodedLength = argon2_encodedlen(m_params.iterations, m_params.memoryKiB, m_params.parallelism,
                                                        m_params.saltBytes, m_params.hashBytes, Argon2_id);
    std::vector<char> encoded(encodedLength);
    const int rc = argon2id_hash_encoded(m_params.iterations, m_params.memoryKiB, m_params.parallelism, password.data(),
                                         password.size(), salt.data(), salt.size(), m_params.hashBytes, encoded.data(),
                                         encoded.size());
    if (rc != ARGON2_OK)
        throw std::runtime_error(std::string("argon2id hashing failed: ") + argon2_error_message(rc));
    return std::string(encoded.data());
}

bool PasswordHasher::verify(std::string_view password, std::string_view encoded) const
{
    if (checkPassword(password) || !parseEncoded(encoded))
        return false;
    // argon2 wants a NUL-terminated string; parseEncoded() has already rejected embedded NULs.
    const std::string terminated(encoded);
    return argon2id_verify(terminated.c_str(), password.data(), password.size()) == ARGON2_OK;
}

void PasswordHasher::verifyDummy(std::string_view password) const
{
    if (checkPassword(password))
        return;
    // A fixed salt is fine: the output is discarded, only the work matters.
    const std::vector<std::uint8_t> salt(m_params.saltBytes, 0x5A);
    SecretBytes out(m_params.hashBytes);
    argon2id_hash_raw(m_params.iterations, m_params.memoryKiB, m_params.parallelism, password.data(), password.size(),
                      salt.data(), salt.size(), out.data(), out.size());
}

bool PasswordHasher::needsRehash(std::string_view encoded) const
{
    const auto stored = parseEncoded(encoded);
    return !stored || *stored != m_params;
}

std::optional<Argon2Params> PasswordHasher::parseEncoded(std::string_view encoded)
{
    std::string_view rest = encoded;
    constexpr std::string_view kPrefix = "$argon2id$";
    if (rest.substr(0, kPrefix.size()) != kPrefix)
        return std::nullopt;
    rest.remove_prefix(kPrefix.size());

    Argon2Params p;
    std::uint32_t version = 0;
    if (!takeNumber(rest, "v", version) || version != ARGON2_VERSION_13 || rest.empty() || rest.front() != '$')
        return std::nullopt;
    rest.remove_prefix(1);
    if (!takeNumber(rest, "m", p.memoryKiB) || rest.empty() || rest.front() != ',')
        return std::nullopt;
    rest.remove_prefix(1);
    if (!takeNumber(rest, "t", p.iterations) || rest.empty() || rest.front() != ',')
        return std::nullopt;
    rest.remove_prefix(1);
    if (!takeNumber(rest, "p", p.parallelism) || rest.empty() || rest.front() != '$')
        return std::nullopt;
    rest.remove_prefix(1);

    const auto dollar = rest.find('$');
    if (dollar == std::string_view::npos)
        return std::nullopt;
    const std::string_view salt = rest.substr(0, dollar);
    const std::string_view hash = rest.substr(dollar + 1);
    if (!isBase64NoPad(salt) || !isBase64NoPad(hash))
        return std::nullopt;
    p.saltBytes = base64DecodedLength(salt);
    p.hashBytes = base64DecodedLength(hash);
    try {
        validate(p);
    } catch (const std::invalid_argument &) {
        return std::nullopt;
    }
    return p;
}

} // namespace p2pdesk::syncd::security
