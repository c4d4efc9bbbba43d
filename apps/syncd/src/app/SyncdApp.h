#pragma once

#include "app/Services.h"
#include "http/HttpServer.h"
#include "http/Router.h"
#include "security/SelfSignedCertificate.h"
#include "tg/Bridge.h"
#include "workers/WorkerSet.h"

#include <functional>
#include <memory>

namespace p2pdesk::syncd::app {

// The composition root of `syncd serve`: services, routes, TLS, HTTP server, workers. Tests run
// the same object in-process (tests/support/SyncdTestServer).
class SyncdApp final {
public:
    // extraRoutes lets tests mount probe endpoints next to the real ones.
    using RouteHook = std::function<void(http::Router &, Services &)>;

    explicit SyncdApp(config::Config config, RouteHook extraRoutes = {});
    ~SyncdApp();
    SyncdApp(const SyncdApp &) = delete;
    SyncdApp &operator=(const SyncdApp &) = delete;

    // Prepares the certificate (generating it on first start), binds the socket, starts serving
    // and the workers. Does not need the database: syncd starts while it is down.
    void start();
    void stop();

    std::uint16_t port() const;
    // Live connections and what the connection guard refused or closed (zeros before start()).
    http::ConnectionStats connectionStats() const;
    const security::CertificateFiles &certificate() const { return m_cert; }
    std::string certificateFingerprint() const;
    Services &services() { return *m_services; }
    workers::WorkerSet &workers() { return m_workers; }
    // The Telegram bridge; null when telegram.mode is "off".
    tg::Bridge *telegramBridge() { return m_bridge.get(); }
    // Read-only: tests check every registered route against the authorisation matrix.
    const http::Router &router() const { return m_router; }

private:
    std::unique_ptr<Services> m_services;
    RouteHook m_extraRoutes;
    http::Router m_router;
    security::CertificateFiles m_cert;
    std::unique_ptr<http::HttpServer> m_server;
    workers::WorkerSet m_workers;
    std::unique_ptr<tg::Bridge> m_bridge;
    // /metrics: the core's figures and this process's (workers, connections); the bridge adds its own.
    observability::Registry::Registration m_coreMetrics;
    observability::Registry::Registration m_processMetrics;
    bool m_running = false;
};

} // namespace p2pdesk::syncd::app
