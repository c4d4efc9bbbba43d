#pragma once

#include <Poco/Formatter.h>

#include <string>

namespace p2pdesk::syncd::config {

// log.format = json: every log line one JSON object, for a log pipeline (journald → Loki, Elastic,
// …) that should not parse prose. Members: ts (RFC 3339, UTC, milliseconds), level, logger, msg,
// and those of the fields below that the line carries as Poco message parameters (http::RequestLog
// sets them):
//   rid, client_ip, method, route, path  strings
//   operator                             the operator's id, null for an anonymous request
//   status                               number
//   duration_ms                          number
// A text line starts with "rid=<id> " so that grep finds a request's lines; here rid is a member,
// and that prefix is dropped from msg. Invalid UTF-8 in a message is replaced, never a lost line.
class JsonLogFormatter final : public Poco::Formatter {
public:
    void format(const Poco::Message &msg, std::string &text) override;
};

} // namespace p2pdesk::syncd::config
