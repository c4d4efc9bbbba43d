#pragma once

#include <pqxx/binarystring>

#include <cstdint>
#include <optional>
#include <string>

namespace p2pdesk::syncd::db {

// libpqxx 6 has no parameter traits for std::optional; a null `const char *` is sent as SQL NULL.
inline const char *nullable(const std::optional<std::string> &value)
{
    return value ? value->c_str() : nullptr;
}

// An optional integer as nullable() text (PostgreSQL casts it to the column's type). The temporary
// lives until the end of the full expression, i.e. across the exec call it is written in.
inline std::optional<std::string> asText(const std::optional<std::int64_t> &value)
{
    return value ? std::optional(std::to_string(*value)) : std::nullopt;
}

// bytea parameter (sent in binary, no escaping).
template<typename Bytes> pqxx::binarystring bytea(const Bytes &bytes)
{
    return pqxx::binarystring(bytes.data(), bytes.size());
}

} // namespace p2pdesk::syncd::db
