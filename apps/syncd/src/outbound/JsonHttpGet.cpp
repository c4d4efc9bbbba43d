#include "outbound/JsonHttpGet.h"

#include "security/TlsContext.h"

#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/NumberParser.h>
#include <Poco/URI.h>

#include <algorithm>

namespace p2pdesk::syncd::outbound {

namespace {

std::optional<std::chrono::seconds> retryAfter(const Poco::Net::HTTPResponse &answer)
{
    if (!answer.has("Retry-After"))
        return std::nullopt;
    int seconds = 60;
    Poco::NumberParser::tryParse(answer.get("Retry-After"), seconds);
    return std::chrono::seconds(std::clamp(seconds, 1, 3600));
}

} // namespace

JsonHttpGet::JsonHttpGet(const std::string &baseUrl, std::chrono::milliseconds timeout, std::size_t maxBody,
                         const std::string &configKey)
    : m_timeout(timeout)
    , m_maxBody(maxBody)
{
    const Poco::URI uri(baseUrl);
    m_scheme = uri.getScheme();
    if (m_scheme != "http" && m_scheme != "https")
        throw std::invalid_argument(configKey + " must be an http:// or https:// URL");
    if (!uri.getQuery().empty())
        throw std::invalid_argument(configKey + " must not carry a query");
    m_host = uri.getHost();
    m_port = uri.getPort();
    m_basePath = uri.getPath();
    while (!m_basePath.empty() && m_basePath.back() == '/')
        m_basePath.pop_back();
}

JsonHttpGet::~JsonHttpGet() = default;

HttpAnswer JsonHttpGet::get(const std::string &path, const std::map<std::string, std::string> &query,
                            const std::map<std::string, std::string> &headers, const std::string &label)
{
    HttpAnswer out;
    Poco::Net::HTTPResponse answer;
    std::lock_guard lock(m_mutex);
    try {
        if (!m_session) {
            if (m_scheme == "https")
                m_session =
                    std::make_unique<Poco::Net::HTTPSClientSession>(m_host, m_port, security::publicClientContext());
            else
                m_session = std::make_unique<Poco::Net::HTTPClientSession>(m_host, m_port);
            m_session->setKeepAlive(true);
        }
        m_session->setTimeout(Poco::Timespan(static_cast<Poco::Timespan::TimeDiff>(m_timeout.count()) * 1000));
        const std::string fullPath = m_basePath + path;
        Poco::URI target(fullPath.empty() ? std::string("/") : fullPath);
        for (const auto &[name, value] : query)
            target.addQueryParameter(name, value);
        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, target.getPathAndQuery(),
                                       Poco::Net::HTTPMessage::HTTP_1_1);
        request.setKeepAlive(true);
        request.set("Accept", "application/json");
        for (const auto &[name, value] : headers)
            request.set(name, value);
        m_session->sendRequest(request);
        auto &in = m_session->receiveResponse(answer);
        out.status = static_cast<int>(answer.getStatus());
        char buffer[4096];
        while (in) {
            in.read(buffer, sizeof buffer);
            out.body.append(buffer, static_cast<std::size_t>(in.gcount()));
            if (out.body.size() > m_maxBody) {
                m_session.reset();
                throw OutboundError("the answer for " + label + " is over " + std::to_string(m_maxBody) + " bytes");
            }
        }
    } catch (const Poco::TimeoutException &) {
        m_session.reset();
        throw OutboundError("no answer for " + label + " within " + std::to_string(m_timeout.count()) + " ms");
    } catch (const Poco::Exception &e) {
        m_session.reset();
        throw OutboundError(e.displayText());
    }
    out.retryAfter = retryAfter(answer);
    return out;
}

} // namespace p2pdesk::syncd::outbound
