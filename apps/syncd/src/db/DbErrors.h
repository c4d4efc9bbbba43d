#pragma once

#include <exception>
#include <stdexcept>

namespace p2pdesk::syncd::db {

// The database cannot be reached (connect failed, pool exhausted past its timeout, connection lost
// mid-request). Always mapped to 503 db_unavailable.
class DbUnavailable final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// True for exceptions that mean "the database is unreachable" rather than "this query is wrong".
bool isConnectionFailure(const std::exception &e) noexcept;

} // namespace p2pdesk::syncd::db
