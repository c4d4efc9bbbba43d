#pragma once

#include "p2pdesk/proto/Timestamp.h"

#include <pqxx/transaction>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace p2pdesk::syncd::db {

struct CustomerNoteRow {
    std::int64_t id = 0;
    std::string text;
    std::int64_t authorId = 0;
    std::string authorUsername;
    proto::Timestamp createdAt{};
};

// `customer_notes`: append-only (no update, no delete here or anywhere). Takes the caller's
// transaction.
class CustomerNoteRepository final {
public:
    CustomerNoteRepository() = delete;

    static CustomerNoteRow append(pqxx::work &work, std::int64_t customerId, std::int64_t authorId,
                                  const std::string &text);
    // Newest first.
    static std::vector<CustomerNoteRow> listForCustomer(pqxx::work &work, std::int64_t customerId, std::size_t limit);
};

} // namespace p2pdesk::syncd::db
