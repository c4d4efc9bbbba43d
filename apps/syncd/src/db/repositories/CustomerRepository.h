#pragma once

#include <pqxx/transaction>

#include <cstdint>
#include <optional>
#include <string>

namespace p2pdesk::syncd::db {

struct CustomerRow {
    std::int64_t id = 0;
    std::int64_t telegramId = 0;
    std::optional<std::string> username;
    bool blocked = false;
};

// `customers`. Takes the caller's transaction, never opens one.
class CustomerRepository final {
public:
    CustomerRepository() = delete;

    // Creates the customer on first contact; a known one keeps its row (and gets the username when
    // one is given, since Telegram usernames change).
    static CustomerRow upsert(pqxx::work &work, std::int64_t telegramId, const std::optional<std::string> &username);
};

} // namespace p2pdesk::syncd::db
