#pragma once

#include <nlohmann/json.hpp>
#include <pqxx/transaction>

#include <cstdint>
#include <optional>
#include <string>

namespace p2pdesk::syncd::audit {

struct AuditEntry {
    std::string actor;  // 'operator:<id>', 'customer:<id>', 'system'
    std::string action; // e.g. 'order.take', 'operator.deactivate'
    std::string entity; // e.g. 'order'
    std::optional<std::string> entityId;
    std::optional<std::string> reason;
    std::optional<std::string> ip;
    std::optional<std::string> userAgent;
    std::optional<std::string> workstationId;
    nlohmann::json payload = nlohmann::json::object(); // never secrets, never full requisites
};

// Appends an unsealed row inside the caller's transaction. It does not read the previous hash, so
// concurrent writers never wait on each other; AuditSealer chains the rows after they commit.
class AuditWriter final {
public:
    // Returns the row's seq.
    static std::int64_t append(pqxx::work &work, const AuditEntry &entry);
};

} // namespace p2pdesk::syncd::audit
