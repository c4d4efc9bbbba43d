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

// The real syncd (SyncdApp) serving HTTPS on 127.0.0.1 with an ephemeral port and a certificate
// generated in its data directory. Started by the constructor, stopped by the destructor.
class SyncdTestServer final {
public:
    explicit SyncdTestServer(const PgTestDatabase &db, SyncdTestServerOptions options = {});
    // Without a test database: everything database-related comes from options.config.
    explicit SyncdTestServer(SyncdTestServerOptions options);
    ~SyncdTestServer();
    SyncdTestServer(const SyncdTestServer &) = delete;
    SyncdTestServer &operator=(const SyncdTestServer &) = delete;

    std::uint16_t port() const { return m_app->port(); }
    const std::filesystem::path &certificateFile() const { return m_app->certificate().certFile; }
    std::string fingerprint() const { return m_app->certificateFingerprint(); }
    const std::filesystem::path &dataDir() const { return m_dataDir; }
    syncd::app::SyncdApp &app() { return *m_app; }

    // A client trusting exactly this server's certificate.
    HttpsTestClient client() const;
    void stop();

private:
    void start(std::map<std::string, std::string> config, SyncdTestServerOptions options);

    std::unique_ptr<TempDir> m_ownedDataDir;
    std::filesystem::path m_dataDir;
    std::unique_ptr<syncd::app::SyncdApp> m_app;
};

} // namespace p2pdesk::test
