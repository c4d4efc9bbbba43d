#pragma once

#include <string>

namespace p2pdesk::syncd::config {

// Routes the Poco::Logger hierarchy (syncd, syncd.http, syncd.db, syncd.workers, …) to stderr with
// timestamps and the logger name; request-scoped lines carry `rid=` themselves (see RequestLog).
void setupLogging(const std::string &level);

} // namespace p2pdesk::syncd::config
