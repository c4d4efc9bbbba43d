#include "p2pdesk/test/HttpsTestClient.h"

#include "security/TlsContext.h"

#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/RejectCertificateHandler.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/StreamCopier.h>

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
    return result;
}

} // namespace p2pdesk::test
