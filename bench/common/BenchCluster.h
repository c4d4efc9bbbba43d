#pragma once

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace p2pdesk::bench {

// Starts a throw-away PostgreSQL cluster through the project's own script (scripts/pg-cluster.sh)
// unless P2PDESK_TEST_PGHOST_FILE already names a running one, and removes it afterwards. Every
// bench target defines P2PDESK_SOURCE_DIR (bench/CMakeLists.txt).
class BenchCluster final {
public:
    BenchCluster()
    {
        if (std::getenv("P2PDESK_TEST_PGHOST_FILE"))
            return;
        m_hostFile = std::filesystem::temp_directory_path() / ("p2pdesk-bench-" + std::to_string(::getpid()));
        const std::string script = std::string(P2PDESK_SOURCE_DIR) + "/scripts/pg-cluster.sh";
        const std::string cmd = "bash '" + script + "' start-temp '" + m_hostFile.string() + "' >/dev/null";
        if (std::system(cmd.c_str()) != 0)
            throw std::runtime_error("could not start a PostgreSQL cluster (" + script + ")");
        ::setenv("P2PDESK_TEST_PGHOST_FILE", m_hostFile.c_str(), 1);
    }
    ~BenchCluster()
    {
        if (m_hostFile.empty())
            return;
        const std::string cmd = "bash '" + std::string(P2PDESK_SOURCE_DIR) + "/scripts/pg-cluster.sh' stop-temp '" +
                                m_hostFile.string() + "' >/dev/null";
        [[maybe_unused]] const int rc = std::system(cmd.c_str());
    }
    BenchCluster(const BenchCluster &) = delete;
    BenchCluster &operator=(const BenchCluster &) = delete;

private:
    std::filesystem::path m_hostFile;
};

} // namespace p2pdesk::bench
