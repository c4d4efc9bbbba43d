#pragma once

#include "p2pdesk/domain/KycLevel.h"
#include "p2pdesk/proto/Timestamp.h"

#include <pqxx/transaction>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::db {

// A directory search as the service prepared it: the text as typed, and what it could be beyond a
// part of a name (each absent when the text cannot be one).
struct CustomerSearch {
    std::optional<std::string> text;              // trimmed, non-empty
    std::optional<std::int64_t> telegramId;       // the text is a whole number
    std::optional<std::string> requisitesHashHex; // the text as full payout requisites
    std::optional<std::string> accountTail;       // the text is four digits: a masked account's last four
    std::optional<bool> blocked;
    std::int64_t offset = 0;
    std::int64_t limit = 100;
};

// What the search matched, strongest first; the numbers are the query's ranks.
enum class CustomerMatchRank { TelegramId = 1, OrderCode = 2, Username = 3, Name = 4, PayoutAccount = 5 };

struct CustomerDirectoryRow {
    std::int64_t id = 0;
    std::int64_t telegramId = 0;
    std::optional<std::string> username;
    std::optional<std::string> firstName;
    std::string language;
    bool unreachable = false;
    bool blocked = false;
    std::optional<std::string> blockedReason;
    proto::Timestamp createdAt{};
    std::optional<proto::Timestamp> blockedAt; // the newest 'customer.block' audit row while blocked
    std::optional<std::int64_t> blockedById;
    std::optional<std::string> blockedByUsername;
    std::int64_t ordersTotal = 0;
    std::int64_t ordersOpen = 0; // not completed, not cancelled
    std::int64_t openFlags = 0;  // uncleared, on the customer or any of their open orders
    std::optional<proto::Timestamp> lastOrderAt;
    std::optional<CustomerMatchRank> matched; // with a search text only
    domain::KycLevel kycLevel = domain::KycLevel::Unverified;
};

// The customers directory: one query that finds, counts and orders (the most recently active
// first: the last order, else the first contact). Takes the caller's transaction.
class CustomerDirectoryRepository final {
public:
    CustomerDirectoryRepository() = delete;

    // At most search.limit + 1 rows: the extra one says another page follows.
    static std::vector<CustomerDirectoryRow> search(pqxx::work &work, const CustomerSearch &search);
};

} // namespace p2pdesk::syncd::db
