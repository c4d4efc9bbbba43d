#pragma once

#include "app/SyncdApp.h"

#include "p2pdesk/test/HttpsTestClient.h"
#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/TempDir.h"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace p2pdesk::test {

struct SyncdTestServerOptions {
    // Extra configuration keys (they win over the database's keys and the test defaults).
    std::map<std::string, std::string> config;
    // Probe routes mounted next to the real ones.
    syncd::app::SyncdApp::RouteHook extraRoutes;
    // Reuse a data directory (e.g. to restart with the same certificate); default: a fresh one.
    std::optional<std::filesystem::path> dataDir;
};

// A free port on 127.0.0.1 below the kernel's ephemeral range, for a test that restarts a server on
// the same port (certificate pins are per host:port). Ports handed out by bind(0) and to outgoing
// connections come from the ephemeral range, so tests running at the same time cannot take this one
// while the server is down.
std::uint16_t portOutsideEphemeralRange();

// The real syncd (SyncdApp) serving HTTPS on 127.0.0.1 with an ephemeral port (or
// config["listen.port"]) and a certificate generated in its data directory. Started by the
// constructor, stopped by stop() or the destructor. A stopped server has released its port, so a
// new SyncdTestServer can take it over at once (e.g. to restart with dataDir() or with a new key).
class SyncdTestServer final {
public:
    explicit SyncdTestServer(const PgTestDatabase &db, SyncdTestServerOptions options = {});
    // Without a test database: everything database-related comes from options.config.
    explicit SyncdTestServer(SyncdTestServerOptions options);
    ~SyncdTestServer();
    SyncdTestServer(const SyncdTestServer &) = delete;
    SyncdTestServer &operator=(const SyncdTestServer &) = delete;

    // These stay valid after stop().
    std::uint16_t port() const { return m_port; }
    const std::filesystem::path &certificateFile() const { return m_certificateFile; }
    std::string fingerprint() const { return m_fingerprint; }
    const std::filesystem::path &dataDir() const { return m_dataDir; }
    // Only while running.
    syncd::app::SyncdApp &app() { return *m_app; }
    bool isRunning() const { return m_app != nullptr; }

    // A client trusting exactly this server's certificate.
    HttpsTestClient client() const;
    // Stops serving and closes the listening socket and every connection: clients are refused
    // at once (not left hanging in the backlog) and the port is free for a restart.
    void stop();

private:
    void start(std::map<std::string, std::string> config, SyncdTestServerOptions options);

    std::unique_ptr<TempDir> m_ownedDataDir;
    std::filesystem::path m_dataDir;
    std::uint16_t m_port = 0;
    std::filesystem::path m_certificateFile;
    std::string m_fingerprint;
    std::unique_ptr<syncd::app::SyncdApp> m_app;
};

} // namespace p2pdesk::test
