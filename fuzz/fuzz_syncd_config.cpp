// syncd's configuration file parser (config::Config::parse, which Config::load feeds the file to).
#include "FuzzCheck.h"
#include "config/Config.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using p2pdesk::syncd::config::Config;
using p2pdesk::syncd::config::ConfigError;
using p2pdesk::syncd::config::KeyKind;
using p2pdesk::syncd::config::knownKeys;

namespace {

const std::string kSource = "fuzz.conf";

bool isInteger(std::string_view text)
{
    if (!text.empty() && text.front() == '-')
        text.remove_prefix(1);
    return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

// What the file set, written back as a config file of its own.
std::string rewrite(const Config &config)
{
    std::string text;
    for (const auto &spec : knownKeys()) {
        const std::string value = config.string(spec.name);
        if (value != spec.defaultValue)
            text += spec.name + " = " + value + "\n";
    }
    return text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    // Any exception other than ConfigError escapes and is reported as a crash: syncd's command
    // dispatcher only turns ConfigError into a clean "bad configuration" exit.
    try {
        const Config config = Config::parse(text, kSource, {});
        for (const auto &spec : knownKeys()) {
            const std::string value = config.string(spec.name);
            // Values are trimmed and single-line; an integer key holds nothing but the integer.
            FUZZ_REQUIRE(value.find('\n') == std::string::npos);
            FUZZ_REQUIRE(value.empty() || (value.front() != ' ' && value.back() != ' '));
            if (spec.kind == KeyKind::Integer && !value.empty())
                FUZZ_REQUIRE(isInteger(value));
        }
        // The parsed settings are a fixed point: writing them out and reading that gives the same.
        const Config reread = Config::parse(rewrite(config), kSource, {});
        for (const auto &spec : knownKeys())
            FUZZ_REQUIRE(reread.string(spec.name) == config.string(spec.name));
    } catch (const ConfigError &error) {
        // Every refusal of the file's text points at the line: "fuzz.conf:<line>: …".
        FUZZ_REQUIRE(std::string_view(error.what()).substr(0, kSource.size() + 1) == kSource + ":");
    }
    return 0;
}
