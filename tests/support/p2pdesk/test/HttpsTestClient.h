#pragma once

#include <Poco/Net/Context.h>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace Poco::Net {
class HTTPSClientSession;
}

namespace p2pdesk::test {

struct HttpsResult {
    int status = 0;
    std::string body;
    nlohmann::json json; // null when the body is not JSON
    std::map<std::string, std::string> headers;

    std::string header(const std::string &name) const;
    // error.code of an error body, or "" when there is none.
    std::string errorCode() const;
};

using Headers = std::map<std::string, std::string>;

// HTTPS client for tests: trusts exactly one certificate (the server's PEM) and verifies the host
// name against it. One keep-alive connection per client; use one client per thread.
class HttpsTestClient final {
public:
    HttpsTestClient(std::string host, std::uint16_t port, const std::filesystem::path &trustedCertificate);
    ~HttpsTestClient();
    HttpsTestClient(HttpsTestClient &&) noexcept;
    HttpsTestClient(const HttpsTestClient &) = delete;
    HttpsTestClient &operator=(const HttpsTestClient &) = delete;

    void setBearerToken(std::optional<std::string> token) { m_token = std::move(token); }
    // Reconnects from another loopback address (e.g. "127.0.0.2"), so that the server sees another
    // client. Lasts while the connection does: a reconnect after the server closed it comes from the
    // default address again.
    void connectFrom(const std::string &sourceAddress);

    HttpsResult get(const std::string &path, const Headers &headers = {});
    HttpsResult post(const std::string &path, const nlohmann::json &body, const Headers &headers = {});
    HttpsResult request(const std::string &method, const std::string &path, const std::string &body,
                        const std::string &contentType, const Headers &headers = {});

private:
    std::string m_host;
    std::uint16_t m_port;
    Poco::Net::Context::Ptr m_context;
    std::unique_ptr<Poco::Net::HTTPSClientSession> m_session;
    std::optional<std::string> m_token;
};

} // namespace p2pdesk::test
