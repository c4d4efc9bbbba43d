#pragma once

#include <chrono>
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>

namespace Poco::Net {
class HTTPClientSession;
} // namespace Poco::Net

namespace p2pdesk::syncd::outbound {

// The outside service could not be reached, did not answer in time, or answered too much. The
// message says what happened; the caller names the service.
class OutboundError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct HttpAnswer {
    int status = 0;
    std::string body;
    // From Retry-After (seconds; the HTTP-date form is not used by these APIs), clamped to
    // 1 s..1 h so a silly header can neither hammer the service nor silence the desk for days.
    std::optional<std::chrono::seconds> retryAfter;
};

// GET requests to one public JSON API (a price ticker, a block explorer) over one kept-alive
// HTTP(S) session. HTTPS checks the service's certificate against the system's CAs. An answer is
// read up to `maxBody` bytes: a bigger one is an OutboundError, never a buffer that grows with
// whatever a hostile or broken service sends. One request at a time; thread-safe.
class JsonHttpGet final {
public:
    // `baseUrl`: http:// or https:// with an optional path prefix and no query (std::invalid_argument
    // naming `configKey` otherwise).
    JsonHttpGet(const std::string &baseUrl, std::chrono::milliseconds timeout, std::size_t maxBody,
                const std::string &configKey);
    ~JsonHttpGet();
    JsonHttpGet(const JsonHttpGet &) = delete;
    JsonHttpGet &operator=(const JsonHttpGet &) = delete;

    const std::string &host() const { return m_host; }
    // `path` is appended to the base URL's path; `query` parameters are encoded. `label` names the
    // request in error messages ("USDTRUB", "transaction a3f1…").
    HttpAnswer get(const std::string &path, const std::map<std::string, std::string> &query,
                   const std::map<std::string, std::string> &headers, const std::string &label);

private:
    std::string m_scheme;
    std::string m_host;
    unsigned short m_port = 0;
    std::string m_basePath;
    const std::chrono::milliseconds m_timeout;
    const std::size_t m_maxBody;
    std::mutex m_mutex;
    std::unique_ptr<Poco::Net::HTTPClientSession> m_session;
};

} // namespace p2pdesk::syncd::outbound
