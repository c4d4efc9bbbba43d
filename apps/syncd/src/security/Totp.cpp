#include "security/Totp.h"

#include "security/Encoding.h"
#include "security/SecureRandom.h"

#include <oath.h>

#include <array>
#include <ctime>
#include <stdexcept>

namespace p2pdesk::syncd::security {
namespace {

constexpr std::string_view kIssuer = "p2pdesk";

void ensureOathInitialised()
{
    // oath_init() is not documented as reentrant; a function-local static runs it exactly once.
    static const int rc = oath_init();
    if (rc != OATH_OK)
        throw std::runtime_error("liboath initialisation failed");
}

const char *secretChars(ByteView secret)
{
    return reinterpret_cast<const char *>(secret.data());
}

bool isSixDigits(std::string_view code)
{
    if (code.size() != kTotpDigits)
        return false;
    for (char c : code) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// liboath's own validator compares with strcmp; this keeps the comparison constant time.
int constantTimeOtpCompare(void *handle, const char *candidate)
{
    const auto *expected = static_cast<const std::string_view *>(handle);
    return constantTimeEquals(*expected, std::string_view(candidate)) ? 0 : 1;
}

std::string percentEncode(std::string_view text)
{
    constexpr std::string_view kHex = "0123456789ABCDEF";
    std::string out;
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                                c == '-' || c == '.' || c == '_' || c == '~';
        if (unreserved) {
            out.push_back(c);
        } else {
            out.push_back('%');
            out.push_back(kHex[byte >> 4]);
            out.push_back(kHex[byte & 0x0F]);
        }
    }
    return out;
}

} // namespace

SecretBytes generateTotpSecret()
{
    return randomBytes(kTotpSecretBytes);
}

std::string totpProvisioningUri(std::string_view username, ByteView secret)
{
    if (username.empty())
        throw std::invalid_argument("TOTP URI needs a username");
    if (secret.empty())
        throw std::invalid_argument("TOTP URI needs a secret");
    std::string uri = "otpauth://totp/";
    uri += kIssuer;
    uri += ':';
    uri += percentEncode(username);
    uri += "?secret=";
    uri += base32Encode(secret);
    uri += "&issuer=";
    uri += kIssuer;
    uri += "&algorithm=SHA1&digits=6&period=30";
    return uri;
}

std::int64_t totpStep(std::chrono::sys_seconds time)
{
    const std::int64_t seconds = time.time_since_epoch().count();
    const std::int64_t period = kTotpPeriod.count();
    // Floor division, so times before the epoch do not round towards step 0.
    return seconds >= 0 ? seconds / period : -((-seconds + period - 1) / period);
}

std::string totpCodeAt(ByteView secret, std::chrono::sys_seconds time)
{
    ensureOathInitialised();
    std::array<char, kTotpDigits + 1> code{};
    const int rc = oath_totp_generate(
        secretChars(secret), secret.size(), static_cast<std::time_t>(time.time_since_epoch().count()),
        static_cast<unsigned>(kTotpPeriod.count()), OATH_TOTP_DEFAULT_START_TIME, kTotpDigits, code.data());
    if (rc != OATH_OK)
        throw std::runtime_error("TOTP generation failed");
    return std::string(code.data(), kTotpDigits);
}

std::optional<std::int64_t> matchTotp(ByteView secret, std::string_view code, std::chrono::sys_seconds now)
{
    if (secret.empty() || !isSixDigits(code) || now.time_since_epoch().count() < 0)
        return std::nullopt;
    ensureOathInitialised();
    int position = 0;
    std::uint64_t counter = 0;
    const int rc = oath_totp_validate3_callback(
        secretChars(secret), secret.size(), static_cast<std::time_t>(now.time_since_epoch().count()),
        static_cast<unsigned>(kTotpPeriod.count()), OATH_TOTP_DEFAULT_START_TIME, kTotpDigits, kTotpWindowSteps,
        &position, &counter, &constantTimeOtpCompare, &code);
    if (rc < 0)
        return std::nullopt;
    return static_cast<std::int64_t>(counter);
}

std::optional<std::int64_t> acceptTotp(ByteView secret, std::string_view code, std::chrono::sys_seconds now,
                                       std::optional<std::int64_t> lastUsedStep)
{
    const auto step = matchTotp(secret, code, now);
    if (!step || (lastUsedStep && *step <= *lastUsedStep))
        return std::nullopt;
    return step;
}

} // namespace p2pdesk::syncd::security
