#pragma once

#include <string>

namespace p2pdesk::syncd::config {

// Routes the Poco::Logger hierarchy (syncd, syncd.http, syncd.db, syncd.workers, …) to stderr.
// format "text": timestamp, level, logger name and message on one line; request-scoped lines carry
// `rid=` themselves (see RequestLog). format "json": one JSON object per line (JsonLogFormatter).
// Any other format is a ConfigError.
void setupLogging(const std::string &level, const std::string &format = "text");

} // namespace p2pdesk::syncd::config
