#include "p2pdesk/test/SyncdTestServer.h"

#include <Poco/Exception.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>

#include <algorithm>
#include <fstream>
#include <random>
#include <stdexcept>

namespace p2pdesk::test {

std::uint16_t portOutsideEphemeralRange()
{
    int ephemeralLow = 32768;
    if (std::ifstream range("/proc/sys/net/ipv4/ip_local_port_range"); range)
        range >> ephemeralLow;
    const int high = std::clamp(ephemeralLow, 2048, 65535);
    const int low = std::max(1024, high - 10000);
    std::random_device random;
    const int span = high - low;
    const int start = static_cast<int>(random() % static_cast<unsigned>(span));
    for (int i = 0; i < span; ++i) {
        const auto port = static_cast<std::uint16_t>(low + (start + i) % span);
        try {
            Poco::Net::ServerSocket probe;
            probe.bind(Poco::Net::SocketAddress("127.0.0.1", port), false, false);
            return port;
        } catch (const Poco::Exception &) {
            continue; // taken
        }
    }
    throw std::runtime_error("no free port below the ephemeral range");
}

SyncdTestServer::SyncdTestServer(const PgTestDatabase &db, SyncdTestServerOptions options)
{
    start(db.configOverrides(), std::move(options));
}

SyncdTestServer::SyncdTestServer(SyncdTestServerOptions options)
{
    start({}, std::move(options));
}

void SyncdTestServer::start(std::map<std::string, std::string> config, SyncdTestServerOptions options)
{
    if (options.dataDir) {
        m_dataDir = *options.dataDir;
    } else {
        m_ownedDataDir = std::make_unique<TempDir>();
        m_dataDir = m_ownedDataDir->path();
    }
    config["listen.address"] = "127.0.0.1";
    config["listen.port"] = "0";
    config["data_dir"] = m_dataDir.string();
    config["http.threads"] = "32";
    config["audit.seal_interval_ms"] = "50";
    config["db.acquire_timeout_ms"] = "1000";
    config["db.connect_timeout_s"] = "2";
    for (auto &[key, value] : options.config)
        config[key] = value;
    // The environment of the test process must not leak into the server under test.
    m_app = std::make_unique<syncd::app::SyncdApp>(syncd::config::Config::load(std::nullopt, {}, config),
                                                   std::move(options.extraRoutes));
    m_app->start();
    m_port = m_app->port();
    m_certificateFile = m_app->certificate().certFile;
    m_fingerprint = m_app->certificateFingerprint();
}

SyncdTestServer::~SyncdTestServer()
{
    stop();
}

void SyncdTestServer::stop()
{
    if (!m_app)
        return;
    m_app->stop();
    // Gone, not just stopped: nothing of the old instance (workers, pool) may outlive a "restart".
    m_app.reset();
}

HttpsTestClient SyncdTestServer::client() const
{
    return HttpsTestClient("127.0.0.1", port(), certificateFile());
}

} // namespace p2pdesk::test
