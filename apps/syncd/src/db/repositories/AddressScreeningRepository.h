#pragma once

#include <pqxx/transaction>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::db {

// One row of `address_screenings` (0018): a risk score of a sender address of a txid proof.
struct AddressScreeningRow {
    std::int64_t id = 0;
    std::int64_t attachmentId = 0;
    std::int64_t orderId = 0;
    std::string network;
    std::string address;
    int score = 0;
    bool manual = false;                  // entered by an operator, not the provider's answer
    std::optional<std::string> provider;  // present exactly when !manual
    std::optional<std::string> riskLevel; // the provider's own word for the score
    std::vector<std::string> labels;      // the provider's reasons ("Sanctioned Entity", …)
    bool senderChecked = false;
    std::int64_t operatorId = 0;
    std::string operatorUsername;
    std::string reason;
    std::chrono::system_clock::time_point screenedAt{};
    std::optional<std::int64_t> flagId; // the hold flag it raised
};

// `address_screenings`: written once, never updated. Takes the caller's transaction.
class AddressScreeningRepository final {
public:
    AddressScreeningRepository() = delete;

    // `row.id`, `operatorUsername` and `screenedAt` are ignored; the stored row is returned.
    static AddressScreeningRow insert(pqxx::work &work, const AddressScreeningRow &row);
    // Newest first.
    static std::vector<AddressScreeningRow> listForAttachment(pqxx::work &work, std::int64_t attachmentId);
};

} // namespace p2pdesk::syncd::db
