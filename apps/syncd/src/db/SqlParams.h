#pragma once

#include <pqxx/binarystring>

#include <optional>
#include <string>

namespace p2pdesk::syncd::db {

// libpqxx 6 has no parameter traits for std::optional; a null `const char *` is sent as SQL NULL.
inline const char *nullable(const std::optional<std::string> &value)
{
    return value ? value->c_str() : nullptr;
}

// bytea parameter (sent in binary, no escaping).
template<typename Bytes> pqxx::binarystring bytea(const Bytes &bytes)
{
    return pqxx::binarystring(bytes.data(), bytes.size());
}

} // namespace p2pdesk::syncd::db
