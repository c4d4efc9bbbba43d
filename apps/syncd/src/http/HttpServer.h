#pragma once

#include "http/Router.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/SecureServerSocket.h>
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
    int keepAliveTimeoutSeconds = 65;
};

// The TLS listener and Poco's thread pool. Poco pins a pooled thread to each keep-alive
// connection, so `threads` bounds long-polls + concurrent requests, not just CPU work.
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

private:
    Poco::ThreadPool m_threads;
    // Our handle on the listener, so stop() can close it: Poco's stopAll() stops accepting but keeps
    // the socket open until the server object dies, and clients then hang in the backlog instead of
    // being refused (and a restarted syncd cannot bind the port).
    Poco::Net::SecureServerSocket m_socket;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
    std::uint16_t m_port = 0;
    bool m_running = false;
};

} // namespace p2pdesk::syncd::http
