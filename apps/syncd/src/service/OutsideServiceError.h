#pragma once

#include <chrono>
#include <optional>
#include <stdexcept>
#include <string>

namespace p2pdesk::syncd::service {

// An outside service the desk reads (a rate provider, a block explorer) could not answer: down,
// refused, too slow, or an answer not in its shape. retryAfter is set when it asked the desk to back
// off (HTTP 429/418 Retry-After); the caller then leaves it alone until then.
class OutsideServiceError : public std::runtime_error {
public:
    explicit OutsideServiceError(const std::string &message,
                                 std::optional<std::chrono::seconds> retryAfter = std::nullopt)
        : std::runtime_error(message)
        , m_retryAfter(retryAfter)
    {
    }
    std::optional<std::chrono::seconds> retryAfter() const { return m_retryAfter; }

private:
    std::optional<std::chrono::seconds> m_retryAfter;
};

} // namespace p2pdesk::syncd::service
