#pragma once

#include "p2pdesk/proto/Timestamp.h"

#include <pqxx/transaction>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::db {

// One row of `banks`: the directory payout accounts name their bank from.
struct BankRow {
    std::int64_t id = 0;
    std::string code;
    std::string name;
    std::optional<std::string> country;
    std::string fiatCurrency;
    bool active = true;
    std::int64_t version = 1;
    proto::Timestamp createdAt{};
    proto::Timestamp updatedAt{};
};

struct NewBank {
    std::string code;
    std::string name;
    std::optional<std::string> country;
    std::string fiatCurrency;
};

// What an edit may change; code and currency never do.
struct BankEdit {
    std::string name;
    std::optional<std::string> country;
    bool active = true;
};

// `banks`. Takes the caller's transaction, never opens one.
class BankRepository final {
public:
    BankRepository() = delete;

    // By currency, then name; only one currency and/or one active state when given.
    static std::vector<BankRow> list(pqxx::work &work, const std::optional<std::string> &fiat,
                                     std::optional<bool> active);
    static std::optional<BankRow> findById(pqxx::work &work, std::int64_t id);
    static std::optional<BankRow> findByCode(pqxx::work &work, const std::string &code);
    // nullopt when the code is taken (nothing inserted, the transaction stays usable).
    static std::optional<BankRow> insert(pqxx::work &work, const NewBank &bank);
    // Only at `version`: the row with version + 1, or nullopt when the bank is gone or moved on.
    static std::optional<BankRow> update(pqxx::work &work, std::int64_t id, std::int64_t version, const BankEdit &edit);
};

} // namespace p2pdesk::syncd::db
