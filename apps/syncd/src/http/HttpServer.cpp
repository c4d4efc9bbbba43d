#include "http/HttpServer.h"

#include "http/RequestDispatcher.h"
#include "security/ClientRateLimiter.h"

#include <Poco/Logger.h>
#include <Poco/Net/HTTPServerConnection.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/TCPServerConnection.h>
#include <Poco/Net/TCPServerConnectionFactory.h>

#include <csignal>
#include <utility>

namespace p2pdesk::syncd::http {

namespace {

// What the per-address cap counts: an IPv6 client by its /64 (one host usually owns a whole /64 and
// could otherwise open its cap from each of its addresses), like the login rate limit.
std::string peerHost(const Poco::Net::StreamSocket &socket)
{
    return security::ClientRateLimiter::keyForAddress(socket.peerAddress().host().toString());
}

// Refuses, at accept time, an address that already holds its cap of live connections, before the
// connection could wait in the queue for a thread.
class AddressCapFilter final : public Poco::Net::TCPServerConnectionFilter {
public:
    explicit AddressCapFilter(ConnectionGuard &guard)
        : m_guard(guard)
    {
    }
    bool accept(const Poco::Net::StreamSocket &socket) override
    {
        try {
            return m_guard.admits(peerHost(socket));
        } catch (const Poco::Exception &) {
            return false; // the peer is already gone
        }
    }

private:
    ConnectionGuard &m_guard;
};

// Poco's HTTP connection, run under a lease of the guard. The TLS handshake of an accepted socket
// happens lazily on the first read, i.e. here, inside the lease's head deadline.
class GuardedConnection final : public Poco::Net::TCPServerConnection {
public:
    GuardedConnection(const Poco::Net::StreamSocket &socket, Poco::Net::HTTPServerParams::Ptr params,
                      Poco::Net::HTTPRequestHandlerFactory::Ptr factory, ConnectionGuard &guard)
        : TCPServerConnection(socket)
        , m_params(std::move(params))
        , m_factory(std::move(factory))
        , m_guard(guard)
    {
    }

    void run() override
    {
        std::string address;
        try {
            address = peerHost(socket());
        } catch (const Poco::Exception &) {
            return;
        }
        // Re-checked here: the filter saw the count before this connection waited in the queue.
        ConnectionGuard::Lease lease(m_guard, socket(), address);
        if (!lease.admitted())
            return;
        try {
            Poco::Net::HTTPServerConnection connection(socket(), m_params, m_factory);
            connection.run();
        } catch (const Poco::Exception &e) {
            // Failed handshakes, vanished peers, deadlines: the client's doing, not a server fault.
            Poco::Logger::get("syncd.http").debug(address + " connection ended: " + e.displayText());
        } catch (const std::exception &e) {
            Poco::Logger::get("syncd.http").debug(address + " connection ended: " + e.what());
        }
    }

private:
    Poco::Net::HTTPServerParams::Ptr m_params;
    Poco::Net::HTTPRequestHandlerFactory::Ptr m_factory;
    ConnectionGuard &m_guard;
};

class GuardedConnectionFactory final : public Poco::Net::TCPServerConnectionFactory {
public:
    GuardedConnectionFactory(Poco::Net::HTTPServerParams::Ptr params, Poco::Net::HTTPRequestHandlerFactory::Ptr factory,
                             ConnectionGuard &guard)
        : m_params(std::move(params))
        , m_factory(std::move(factory))
        , m_guard(guard)
    {
    }
    Poco::Net::TCPServerConnection *createConnection(const Poco::Net::StreamSocket &socket) override
    {
        return new GuardedConnection(socket, m_params, m_factory, m_guard);
    }

private:
    Poco::Net::HTTPServerParams::Ptr m_params;
    Poco::Net::HTTPRequestHandlerFactory::Ptr m_factory;
    ConnectionGuard &m_guard;
};

} // namespace

HttpServer::HttpServer(const Router &router, app::Services &services, Poco::Net::Context::Ptr tls,
                       const HttpServerSettings &settings)
    : m_threads("syncd-http", 4, settings.threads)
    , m_socket(std::move(tls))
    , m_guard(settings.limits)
{
    // OpenSSL writes with send() without MSG_NOSIGNAL: a close_notify to a peer that is gone (or
    // to a socket the guard shut down) must fail with EPIPE, not kill the server.
    std::signal(SIGPIPE, SIG_IGN);
    // SO_REUSEADDR (restart while old connections linger in TIME_WAIT) but not SO_REUSEPORT, which
    // Poco's binding constructor also sets: with it a second syncd started on the same port would
    // not fail but silently split connections with the first, each presenting its own certificate.
    m_socket.bind(Poco::Net::SocketAddress(settings.address, settings.port), true, false);
    // Room for bursts of connections (many refused at once by the per-address cap): a full backlog
    // drops SYNs, and a well-behaved client then waits a whole retransmission timeout (1 s).
    m_socket.listen(1024);
    m_port = m_socket.address().port();
    Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(settings.threads);
    params->setMaxQueued(settings.maxQueued);
    // An idle dispatcher thread can miss stop() and only notice it after this idle time, which
    // then delays stop() (observed: 10 s with Poco's default).
    params->setThreadIdleTime(Poco::Timespan(1, 0));
    params->setKeepAlive(true);
    params->setKeepAliveTimeout(
        Poco::Timespan(std::chrono::duration_cast<std::chrono::microseconds>(settings.limits.idleTimeout).count()));
    params->setMaxKeepAliveRequests(1000);
    params->setServerName("syncd");
    params->setSoftwareVersion("");
    Poco::Net::HTTPRequestHandlerFactory::Ptr dispatcher = new RequestDispatcherFactory(router, services);
    m_server = std::make_unique<Poco::Net::TCPServer>(new GuardedConnectionFactory(params, dispatcher, m_guard),
                                                      m_threads, m_socket, params);
    m_server->setConnectionFilter(new AddressCapFilter(m_guard));
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
    // Stops accepting, then closes every connection: blocked reads and writes fail at once, and
    // long-polls were woken by the change listener's stop.
    m_server->stop();
    m_guard.shutdownAll();
    m_threads.joinAll();
    m_socket.close();
}

std::uint16_t HttpServer::port() const
{
    return m_port;
}

} // namespace p2pdesk::syncd::http
