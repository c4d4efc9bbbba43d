#pragma once

#include "p2pdesk/proto/Timestamp.h"

#include <nlohmann/json.hpp>
#include <pqxx/transaction>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::syncd::db {

// The audit screen's filters; an absent one matches everything. action: exact, or a prefix when
// it ends in a dot ("order."). from inclusive, to exclusive. beforeSeq: keyset, newest first.
struct AuditFilter {
    std::optional<std::string> actor;
    std::optional<std::string> entity;
    std::optional<std::string> entityId;
    std::optional<std::string> action;
    std::optional<proto::Timestamp> from;
    std::optional<proto::Timestamp> to;
    std::optional<std::int64_t> beforeSeq;
    int limit = 100;
};

struct AuditLogRow {
    std::int64_t seq = 0;
    proto::Timestamp at{};
    std::string actor;
    std::optional<std::int64_t> operatorId; // the operator behind "operator:<id>", when it exists
    std::optional<std::string> operatorUsername;
    std::string action;
    std::string entity;
    std::optional<std::string> entityId;
    std::optional<std::string> reason;
    std::optional<std::string> ip;
    std::optional<std::string> userAgent;
    std::optional<std::string> workstationId;
    nlohmann::json payload = nlohmann::json::object();
    bool sealed = false;
};

struct AuditSealState {
    std::optional<std::int64_t> lastSealedSeq;
    std::int64_t pendingRows = 0;
};

// One row's place in the hash chain; hashHex is empty while the row is not sealed.
struct AuditChainLink {
    std::int64_t seq = 0;
    std::string hashHex;
};

// Reads of `audit_log` for the admin's audit screen (writes go through audit::AuditWriter).
class AuditLogRepository final {
public:
    AuditLogRepository() = delete;

    // Up to filter.limit rows, newest first.
    static std::vector<AuditLogRow> list(pqxx::work &work, const AuditFilter &filter);
    static AuditSealState sealState(pqxx::transaction_base &tx);
    // The newest sealed row: the head an anchor records. nullopt while nothing is sealed.
    static std::optional<AuditChainLink> sealedHead(pqxx::transaction_base &tx);
    static std::optional<AuditChainLink> link(pqxx::transaction_base &tx, std::int64_t seq);
};

} // namespace p2pdesk::syncd::db
