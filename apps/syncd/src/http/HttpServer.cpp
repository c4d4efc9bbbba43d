#include "http/HttpServer.h"

#include "http/RequestDispatcher.h"

#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/SocketAddress.h>

#include <utility>

namespace p2pdesk::syncd::http {

HttpServer::HttpServer(const Router &router, app::Services &services, Poco::Net::Context::Ptr tls,
                       const HttpServerSettings &settings)
    : m_threads("syncd-http", 4, settings.threads)
    , m_socket(std::move(tls))
{
    // SO_REUSEADDR (restart while old connections linger in TIME_WAIT) but not SO_REUSEPORT, which
    // Poco's binding constructor also sets: with it a second syncd started on the same port would
    // not fail but silently split connections with the first, each presenting its own certificate.
    m_socket.bind(Poco::Net::SocketAddress(settings.address, settings.port), true, false);
    m_socket.listen(128);
    m_port = m_socket.address().port();
    Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(settings.threads);
    params->setMaxQueued(settings.maxQueued);
    params->setKeepAlive(true);
    params->setKeepAliveTimeout(Poco::Timespan(settings.keepAliveTimeoutSeconds, 0));
    params->setMaxKeepAliveRequests(1000);
    params->setServerName("syncd");
    params->setSoftwareVersion("");
    m_server = std::make_unique<Poco::Net::HTTPServer>(new RequestDispatcherFactory(router, services), m_threads,
                                                       m_socket, params);
}

HttpServer::~HttpServer()
{
    stop();
}

void HttpServer::start()
{
    m_server->start();
    m_running = true;
}

void HttpServer::stop()
{
    if (!m_running)
        return;
    m_running = false;
    // Closes the listener and every connection, including long-polls blocked in a handler's wait.
    m_server->stopAll(true);
    m_threads.joinAll();
    m_socket.close();
}

std::uint16_t HttpServer::port() const
{
    return m_port;
}

} // namespace p2pdesk::syncd::http
