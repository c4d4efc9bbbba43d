#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace p2pdesk::proto {

// PostgreSQL timestamptz resolution.
using Timestamp = std::chrono::sys_time<std::chrono::microseconds>;

// RFC 3339 in UTC: "2024-05-01T12:00:00Z", with ".123" or ".123456" only when the value has
// sub-second digits, so that one instant has exactly one spelling.
std::string formatTimestamp(Timestamp value);

// Accepts RFC 3339 "YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)", fraction up to 6 digits;
// offsets are converted to UTC. Anything else (including a space instead of 'T') is nullopt.
std::optional<Timestamp> parseTimestamp(std::string_view text);

} // namespace p2pdesk::proto
