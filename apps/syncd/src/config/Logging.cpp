#include "config/Logging.h"

#include "config/Config.h"
#include "config/JsonLogFormatter.h"

#include <Poco/AutoPtr.h>
#include <Poco/ConsoleChannel.h>
#include <Poco/FormattingChannel.h>
#include <Poco/Logger.h>
#include <Poco/PatternFormatter.h>

namespace p2pdesk::syncd::config {

void setupLogging(const std::string &level, const std::string &format)
{
    Poco::AutoPtr<Poco::Formatter> formatter;
    if (format == "text")
        formatter = new Poco::PatternFormatter("%Y-%m-%dT%H:%M:%S.%iZ %q %s: %t");
    else if (format == "json")
        formatter = new JsonLogFormatter;
    else
        throw ConfigError("log.format must be text or json, not " + format);
    Poco::AutoPtr<Poco::ConsoleChannel> console(new Poco::ConsoleChannel);
    Poco::AutoPtr<Poco::FormattingChannel> channel(new Poco::FormattingChannel(formatter, console));
    Poco::Logger::root().setChannel(channel);
    Poco::Logger::root().setLevel(level);
    // Loggers created before this call keep their old settings unless updated explicitly.
    Poco::Logger::setChannel("", channel);
    Poco::Logger::setLevel("", Poco::Logger::parseLevel(level));
}

} // namespace p2pdesk::syncd::config
