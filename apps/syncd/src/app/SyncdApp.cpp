#include "app/SyncdApp.h"

#include "chain/ExplorerSetup.h"
#include "chain/ScreenerSetup.h"
#include "db/Migrator.h"
#include "http/Routes.h"
#include "mail/EmailOutboxSender.h"
#include "observability/CoreMetrics.h"
#include "observability/WorkerMetrics.h"
#include "ratefeed/RateFeedSetup.h"
#include "security/TlsContext.h"
#include "workers/RateFeedWorker.h"
#include "workers/ReserveSyncWorker.h"

#include <Poco/Logger.h>

#include <algorithm>
#include <cstdint>

namespace p2pdesk::syncd::app {

SyncdApp::SyncdApp(config::Config config, RouteHook extraRoutes)
    : m_services(std::make_unique<Services>(std::move(config)))
    , m_extraRoutes(std::move(extraRoutes))
{
    http::registerRoutes(m_router, *m_services);
    if (m_extraRoutes)
        m_extraRoutes(m_router, *m_services);
    workers::registerWorkers(m_workers, *m_services);
    if (tg::Bridge::mode(*m_services) != "off")
        m_bridge = std::make_unique<tg::Bridge>(*m_services);
    // E-mail rows of the outbox (mail/): delivered only when email.enabled.
    const auto &cfg = m_services->config();
    if (cfg.integer("email.enabled") != 0) {
        auto smtp = std::make_shared<mail::SmtpSender>(mail::SmtpSettings::fromConfig(cfg));
        auto email =
            std::make_shared<mail::EmailOutboxSender>(m_services->pool(), *smtp, &std::chrono::system_clock::now,
                                                      static_cast<int>(cfg.integer("email.max_attempts")));
        m_workers.add("email_outbox", std::chrono::milliseconds(cfg.integer("telegram.worker_interval_ms")) * 5,
                      [smtp, email] { email->runOnce(); });
    }
    // The reference rate feed (ratefeed/): only when a provider is configured.
    if (auto feed = ratefeed::rateFeedSetup(cfg); feed.provider) {
        auto worker = std::make_shared<workers::RateFeedWorker>(m_services->pool(), m_services->rates(), feed.provider);
        m_workers.add("rate_feed", feed.interval, [worker] { worker->runOnce(); });
    }
    // Block explorers (chain/) for on-chain hints (a network without one shows "no explorer") and for
    // recounting crypto reserves from the hot wallets (flag reserve_sync).
    const auto explorers = chain::explorerSetup(cfg);
    for (const auto &[network, explorer] : explorers)
        m_services->chainHints().useExplorer(network, explorer);
    if (!explorers.empty()) {
        auto sync = std::make_shared<workers::ReserveSyncWorker>(
            m_services->pool(), m_services->reserves(), explorers,
            std::chrono::seconds(std::max<std::int64_t>(0, cfg.integer("explorer.reserve_settle_s"))));
        m_workers.add("reserve_sync",
                      std::chrono::seconds(std::max<std::int64_t>(1, cfg.integer("explorer.reserve_sync_interval_s"))),
                      [sync] { sync->runOnce(); });
    }
    // The address-screening provider (chain/): without one, operators type the scores they found.
    if (auto screener = chain::screenerSetup(cfg))
        m_services->screenings().useScreener(std::move(screener));
    m_coreMetrics = observability::addCoreCollector(m_services->metrics(), *m_services);
    m_processMetrics = m_services->metrics().addCollector([this](observability::Exposition &out) {
        observability::addWorkerHealth(out, m_workers.health());
        const auto connections = connectionStats();
        out.gauge("p2pdesk_http_connections", "Live client connections (each holds an HTTP thread).", {},
                  static_cast<double>(connections.live));
        out.counter("p2pdesk_http_connections_refused_total",
                    "Connections refused because their address held http.max_connections_per_address.", {},
                    static_cast<double>(connections.refusedOverCap));
        out.counter("p2pdesk_http_connections_closed_by_deadline_total",
                    "Connections closed for missing a deadline (head, idle keep-alive or transfer).", {},
                    static_cast<double>(connections.closedByDeadline));
    });
}

SyncdApp::~SyncdApp()
{
    stop();
    // Before what they read goes (the workers, the server); a scrape still running finishes first.
    m_processMetrics = {};
    m_coreMetrics = {};
}

void SyncdApp::start()
{
    auto &log = Poco::Logger::get("syncd");
    const auto &cfg = m_services->config();

    if (cfg.integer("db.migrate_on_start") != 0) {
        auto conn = m_services->pool().acquire();
        const auto applied = db::Migrator().migrate(*conn);
        if (!applied.empty())
            log.information("applied %z migration(s)", applied.size());
    }

    if (cfg.isSet("tls.cert_file") != cfg.isSet("tls.key_file"))
        throw config::ConfigError("tls.cert_file and tls.key_file must be set together");
    if (cfg.isSet("tls.cert_file")) {
        m_cert = {cfg.path("tls.cert_file"), cfg.path("tls.key_file"), false};
    } else {
        m_cert = security::ensureSelfSignedCertificate(cfg.path("data_dir"));
        if (m_cert.generated)
            log.notice("generated a self-signed certificate in " + m_cert.certFile.string());
    }
    // Printed on every start: operators compare it with what the workstation shows when pinning.
    log.notice("TLS certificate SHA-256 fingerprint: " + certificateFingerprint());

    http::HttpServerSettings settings;
    settings.address = cfg.string("listen.address");
    settings.port = static_cast<std::uint16_t>(cfg.integer("listen.port"));
    settings.threads = static_cast<int>(cfg.integer("http.threads"));
    settings.maxQueued = static_cast<int>(cfg.integer("http.max_queued"));
    settings.limits.maxPerAddress = static_cast<std::size_t>(cfg.integer("http.max_connections_per_address"));
    settings.limits.headTimeout = std::chrono::milliseconds(cfg.integer("http.head_timeout_ms"));
    settings.limits.idleTimeout = std::chrono::seconds(cfg.integer("http.keep_alive_timeout_s"));
    settings.limits.transferTimeout = std::chrono::milliseconds(cfg.integer("http.transfer_timeout_ms"));
    m_server = std::make_unique<http::HttpServer>(
        m_router, *m_services, security::makeServerContext(m_cert.certFile, m_cert.keyFile), settings);
    m_server->start();
    m_services->changeNotifier().start();
    m_services->changeListener().start();
    m_workers.startAll();
    if (m_bridge)
        m_bridge->start();
    m_running = true;
    log.notice("listening on https://" + settings.address + ":" + std::to_string(m_server->port()));
}

void SyncdApp::stop()
{
    if (!m_running)
        return;
    m_running = false;
    // Wakes every long-poll first, so the server's thread pool can be joined without waiting them out.
    m_services->changeListener().stop();
    m_server->stop();
    if (m_bridge)
        m_bridge->stop();
    m_workers.stopAll();
    m_services->changeNotifier().stop();
}

std::uint16_t SyncdApp::port() const
{
    return m_server ? m_server->port() : 0;
}

http::ConnectionStats SyncdApp::connectionStats() const
{
    return m_server ? m_server->connectionStats() : http::ConnectionStats{};
}

std::string SyncdApp::certificateFingerprint() const
{
    return security::certificateFingerprint(m_cert.certFile);
}

} // namespace p2pdesk::syncd::app
