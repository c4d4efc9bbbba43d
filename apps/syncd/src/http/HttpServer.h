#pragma once

#include "http/ConnectionGuard.h"
#include "http/Router.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/TCPServer.h>
#include <Poco/ThreadPool.h>

#include <cstdint>
#include <memory>
#include <string>

namespace p2pdesk::syncd::app {
class Services;
}

namespace p2pdesk::syncd::http {

struct HttpServerSettings {
    std::string address = "127.0.0.1";
    std::uint16_t port = 0;
    int threads = 128;
    int maxQueued = 256;
    ConnectionLimits limits;
};

// The TLS listener and the thread pool. Poco serves each connection on one pooled thread for the
// connection's whole life (handshake, every keep-alive request, idle gaps), so `threads` bounds
// long-polls + concurrent requests + idle connections; the ConnectionGuard keeps clients from
// holding threads longer than their deadlines and one address from holding more than its cap.
class HttpServer final {
public:
    HttpServer(const Router &router, app::Services &services, Poco::Net::Context::Ptr tls,
               const HttpServerSettings &settings);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    void start();
    void stop();
    // The bound port (useful with port 0).
    std::uint16_t port() const;
    ConnectionStats connectionStats() const { return m_guard.stats(); }

private:
    Poco::ThreadPool m_threads;
    // Our handle on the listener, so stop() can close it: Poco's stop() stops accepting but keeps
    // the socket open until the server object dies, and clients then hang in the backlog instead of
    // being refused (and a restarted syncd cannot bind the port).
    Poco::Net::SecureServerSocket m_socket;
    ConnectionGuard m_guard;
    std::unique_ptr<Poco::Net::TCPServer> m_server;
    std::uint16_t m_port = 0;
    bool m_running = false;
};

} // namespace p2pdesk::syncd::http
