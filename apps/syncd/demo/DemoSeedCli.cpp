#include "DemoSeedCli.h"

#include "DemoSeed.h"
#include "app/Services.h"
#include "config/Logging.h"
#include "http/ApiError.h"
#include "security/SelfSignedCertificate.h"

#include <filesystem>
#include <optional>
#include <ostream>

namespace p2pdesk::syncd::demo {

void StopSignal::request()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_cv.notify_all();
}

bool StopSignal::requested() const
{
    const std::lock_guard lock(m_mutex);
    return m_stop;
}

bool StopSignal::waitFor(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    return m_cv.wait_for(lock, timeout, [this] { return m_stop; });
}

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

void usage(std::ostream &err)
{
    err << "usage: syncd-demo-seed [--config FILE] init\n"
        << "       syncd-demo-seed [--config FILE] trickle --every SECONDS\n"
        << "Reads syncd's configuration (file and P2PDESK_* environment). Demo desks only.\n";
}

// The certificate syncd serves, when it exists already (never generated here: syncd owns it).
void printFingerprint(std::ostream &out, const config::Config &cfg)
{
    const std::filesystem::path cert =
        cfg.isSet("tls.cert_file") ? cfg.path("tls.cert_file") : cfg.path("data_dir") / "tls" / "syncd.crt";
    if (std::filesystem::exists(cert))
        out << "Server certificate SHA-256 fingerprint: " << security::certificateFingerprint(cert) << "\n";
}

int trickle(DemoSeed &seed, int everySeconds, std::ostream &out, std::ostream &err, StopSignal &stop)
{
    out << "trickle: a new order every " << everySeconds << " s (Ctrl-C stops)" << std::endl;
    while (!stop.waitFor(std::chrono::seconds(everySeconds))) {
        try {
            const auto id = seed.createTrickleOrder();
            out << "trickle: new order " << id << std::endl;
        } catch (const http::ApiError &e) {
            // A refusal (e.g. the desk's admin removed a rate) is worth a line, not the end of the demo.
            err << "trickle: order refused: " << e.body().message << std::endl;
        }
    }
    out << "trickle: stopped" << std::endl;
    return kExitOk;
}

} // namespace

int runDemoSeed(const std::vector<std::string> &argv, std::ostream &out, std::ostream &err,
                const config::Config::Environment &env, StopSignal &stop)
{
    std::optional<std::filesystem::path> configFile;
    if (const auto it = env.find("P2PDESK_CONFIG"); it != env.end() && !it->second.empty())
        configFile = it->second;
    std::string command;
    std::optional<int> every;
    for (std::size_t i = 1; i < argv.size(); ++i) {
        const std::string &a = argv[i];
        if ((a == "--config" || a == "-c") && i + 1 < argv.size()) {
            configFile = argv[++i];
        } else if (a == "--every" && i + 1 < argv.size()) {
            try {
                every = std::stoi(argv[++i]);
            } catch (const std::exception &) {
                every = 0;
            }
        } else if ((a == "init" || a == "trickle") && command.empty()) {
            command = a;
        } else {
            usage(err);
            return kExitUsage;
        }
    }
    if (command.empty() || (command == "trickle" && (!every || *every < 1)) || (command == "init" && every)) {
        usage(err);
        return kExitUsage;
    }

    try {
        const auto cfg = config::Config::load(configFile, env);
        config::setupLogging(cfg.string("log.level"));
        app::Services services(cfg);
        DemoSeed seed(services,
                      static_cast<std::uint32_t>(std::chrono::steady_clock::now().time_since_epoch().count()));
        if (command == "init") {
            printCredentials(out, seed.init());
            printFingerprint(out, cfg);
            return kExitOk;
        }
        return trickle(seed, *every, out, err, stop);
    } catch (const config::ConfigError &e) {
        err << "syncd-demo-seed: configuration error: " << e.what() << "\n";
        return kExitUsage;
    } catch (const http::ApiError &e) {
        err << "syncd-demo-seed " << command << ": " << e.body().message << "\n";
        return kExitFailure;
    } catch (const std::exception &e) {
        err << "syncd-demo-seed " << command << ": " << e.what() << "\n";
        return kExitFailure;
    }
}

} // namespace p2pdesk::syncd::demo
