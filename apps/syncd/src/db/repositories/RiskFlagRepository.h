#pragma once

#include "p2pdesk/domain/RiskRules.h"
#include "p2pdesk/proto/Timestamp.h"

#include <nlohmann/json.hpp>
#include <pqxx/transaction>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace p2pdesk::syncd::db {

struct RiskFlagRow {
    std::int64_t id = 0;
    std::optional<std::int64_t> orderId;
    std::string rule;
    domain::Severity severity = domain::Severity::Info;
    nlohmann::json figures = nlohmann::json::object();
    proto::Timestamp raisedAt{};
    std::optional<proto::Timestamp> clearedAt;
    std::optional<std::int64_t> clearedBy;
    std::optional<std::string> clearedByUsername;
    std::optional<std::string> clearReason;

    bool open() const { return !clearedAt.has_value(); }
};

// A flag of a customer's, with the code of the order it is on.
struct CustomerFlagRow {
    RiskFlagRow flag;
    std::optional<std::string> orderCode;
};

struct OpenFlag {
    std::string rule;
    domain::Severity severity = domain::Severity::Info;
};

// `risk_flags`, plus the admin's `limits` the rules read. Takes the caller's transaction.
class RiskFlagRepository final {
public:
    RiskFlagRepository() = delete;

    static std::int64_t insert(pqxx::work &work, std::int64_t orderId, std::int64_t customerId,
                               const domain::RiskHit &hit);
    // Oldest first.
    static std::vector<RiskFlagRow> listForOrder(pqxx::work &work, std::int64_t orderId);
    static std::optional<RiskFlagRow> find(pqxx::work &work, std::int64_t flagId);
    // Uncleared flags of several orders at once (queue rows).
    static std::map<std::int64_t, std::vector<OpenFlag>> openFlags(pqxx::work &work,
                                                                   const std::vector<std::int64_t> &orderIds);
    // Clears an open flag of the order; false when it was already cleared (or is not the order's).
    static bool clear(pqxx::work &work, std::int64_t flagId, std::int64_t orderId, std::int64_t operatorId,
                      const std::string &reason);
    // An uncleared hold or block flag: the order cannot be taken.
    static bool hasOpenHold(pqxx::work &work, std::int64_t orderId);
    // An uncleared flag of this rule on the order.
    static bool hasOpenFlag(pqxx::work &work, std::int64_t orderId, std::string_view rule);
    // The flags on the customer or any of their orders, cleared ones included, newest first.
    static std::vector<CustomerFlagRow> listForCustomer(pqxx::work &work, std::int64_t customerId, std::size_t limit);

    // The active rows of `limits` over domain::RiskLimits' defaults. Rule names are the domain's rule
    // ids; action flag/hold/block is the severity. Amount rules are per fiat: a fiat with some but not
    // all of them configured gets the missing ones as Info at the largest representable amount, so
    // that a half-configured fiat is never reported as "limits missing" nor blocks by accident.
    static domain::RiskLimits loadLimits(pqxx::work &work);
    // Sets one limit (inserted, or the existing row of rule + fiat replaced and made active).
    // fiat: nullopt for the count rules. threshold: a decimal text; action: flag | hold | block.
    static void saveLimit(pqxx::work &work, const std::string &rule, const std::optional<std::string> &fiat,
                          const std::string &threshold, const std::string &action);
};

} // namespace p2pdesk::syncd::db
