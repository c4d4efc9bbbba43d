#pragma once

#include <pqxx/transaction_base>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace p2pdesk::syncd::db {

// Questions the customer bot asks about the desk and a customer's orders. Takes the caller's
// transaction.
class DeskRepository final {
public:
    DeskRepository() = delete;

    // An active account that works orders has switched "on duty" on.
    static bool anyOperatorOnDuty(pqxx::transaction_base &tx);
    // Those accounts, as (id, username), by username.
    static std::vector<std::pair<std::int64_t, std::string>> operatorsOnDuty(pqxx::transaction_base &tx);
    // The customer's orders that are not finished (not COMPLETED/CANCELLED), newest first.
    static std::vector<std::int64_t> openOrdersOfCustomer(pqxx::transaction_base &tx, std::int64_t customerId,
                                                          int limit = 20);
};

} // namespace p2pdesk::syncd::db
