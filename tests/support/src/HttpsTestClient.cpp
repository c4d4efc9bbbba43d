#include "p2pdesk/test/HttpsTestClient.h"

#include "security/TlsContext.h"
#include <unistd.h>

#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/RejectCertificateHandler.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/StreamCopier.h>

#include <cstdlib>
#include <fstream>
#include <mutex>
#include <sstream>

namespace p2pdesk::test {

namespace {

void installRejectingHandler()
{
    static std::once_flag once;
    std::call_once(once, [] {
        syncd::security::initializeTls();
        // Without a handler Poco would consult an application configuration that tests do not
        // have; any certificate failing verification must simply fail the request.
        Poco::SharedPtr<Poco::Net::InvalidCertificateHandler> reject = new Poco::Net::RejectCertificateHandler(false);
        Poco::Net::SSLManager::instance().initializeClient(nullptr, reject, nullptr);
    });
}

// A session over a socket connected from a chosen source address. Poco 1.11's HTTPClientSession
// has no source-address setting, and its socket constructor refuses a connected socket.
class BoundHttpsSession final : public Poco::Net::HTTPSClientSession {
public:
    BoundHttpsSession(const std::string &host, Poco::UInt16 port, Poco::Net::Context::Ptr context,
                      const Poco::Net::SecureStreamSocket &connected)
        : HTTPSClientSession(host, port, std::move(context))
    {
        attachSocket(connected);
    }
};

// With P2PDESK_CONTRACT_LOG_DIR set (CTest sets it for the syncd tests), every response is
// appended to <dir>/<pid>.jsonl; tools/contract-check.mjs then checks them all against the OpenAPI
// document once the tests are done.
void recordForContractCheck(const std::string &method, const std::string &target, const Poco::Net::HTTPResponse &resp,
                            const HttpsResult &result)
{
    static const std::string dir = [] {
        const char *value = std::getenv("P2PDESK_CONTRACT_LOG_DIR");
        return std::string(value ? value : "");
    }();
    if (dir.empty())
        return;
    nlohmann::json line = {{"method", method},
                           {"path", target.substr(0, target.find('?'))},
                           {"status", result.status},
                           {"reason", resp.getReason()},
                           {"content_type", resp.getContentType()},
                           {"body_length", result.body.size()}};
    if (!result.json.is_null())
        line["json"] = result.json;
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    std::ofstream out(dir + "/" + std::to_string(::getpid()) + ".jsonl", std::ios::app);
    out << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

} // namespace

std::string HttpsResult::header(const std::string &name) const
{
    const auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
}

std::string HttpsResult::errorCode() const
{
    if (json.is_object() && json.contains("error") && json["error"].is_object() && json["error"].contains("code"))
        return json["error"]["code"].get<std::string>();
    return {};
}

HttpsTestClient::HttpsTestClient(std::string host, std::uint16_t port, const std::filesystem::path &trustedCertificate)
    : m_host(std::move(host))
    , m_port(port)
{
    installRejectingHandler();
    Poco::Net::Context::Params params;
    params.caLocation = trustedCertificate.string();
    params.verificationMode = Poco::Net::Context::VERIFY_STRICT;
    params.loadDefaultCAs = false;
    m_context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
    m_session = std::make_unique<Poco::Net::HTTPSClientSession>(m_host, m_port, m_context);
    m_session->setKeepAlive(true);
    m_session->setTimeout(Poco::Timespan(60, 0));
}

void HttpsTestClient::connectFrom(const std::string &sourceAddress)
{
    Poco::Net::StreamSocket plain(Poco::Net::SocketAddress::IPv4);
    plain.impl()->bind(Poco::Net::SocketAddress(sourceAddress, 0), false);
    plain.connect(Poco::Net::SocketAddress(m_host, m_port));
    plain.setNoDelay(true);
    const auto secure = Poco::Net::SecureStreamSocket::attach(plain, m_host, m_context);
    m_session = std::make_unique<BoundHttpsSession>(m_host, m_port, m_context, secure);
    m_session->setKeepAlive(true);
    m_session->setTimeout(Poco::Timespan(60, 0));
}

HttpsTestClient::~HttpsTestClient() = default;
HttpsTestClient::HttpsTestClient(HttpsTestClient &&) noexcept = default;

HttpsResult HttpsTestClient::get(const std::string &path, const Headers &headers)
{
    return request("GET", path, {}, {}, headers);
}

HttpsResult HttpsTestClient::post(const std::string &path, const nlohmann::json &body, const Headers &headers)
{
    return request("POST", path, body.dump(), "application/json", headers);
}

HttpsResult HttpsTestClient::request(const std::string &method, const std::string &path, const std::string &body,
                                     const std::string &contentType, const Headers &headers)
{
    Poco::Net::HTTPRequest req(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    req.setKeepAlive(true);
    if (m_token)
        req.set("Authorization", "Bearer " + *m_token);
    for (const auto &[name, value] : headers)
        req.set(name, value);
    if (!body.empty() || method == "POST") {
        if (!contentType.empty())
            req.setContentType(contentType);
        req.setContentLength64(static_cast<Poco::Int64>(body.size()));
    }
    std::ostream &out = m_session->sendRequest(req);
    // Poco writes the header and the body in two sends. With Nagle's algorithm on, the body waits for
    // the header's ACK, which the server delays (it has nothing to answer yet): a 40 ms stall that
    // showed up as bench/take_order's p99. Browsers and Qt disable Nagle for HTTP too.
    if (!m_session->socket().getNoDelay())
        m_session->socket().setNoDelay(true);
    out.write(body.data(), static_cast<std::streamsize>(body.size()));

    Poco::Net::HTTPResponse resp;
    std::istream &in = m_session->receiveResponse(resp);
    HttpsResult result;
    result.status = static_cast<int>(resp.getStatus());
    std::ostringstream buffer;
    Poco::StreamCopier::copyStream(in, buffer);
    result.body = buffer.str();
    for (const auto &[name, value] : resp)
        result.headers[name] = value;
    result.json = nlohmann::json::parse(result.body, nullptr, false);
    if (result.json.is_discarded())
        result.json = nullptr;
    recordForContractCheck(method, path, resp, result);
    return result;
}

} // namespace p2pdesk::test
