#pragma once

#include "audit/AuditWriter.h"

#include "p2pdesk/domain/OrderStateMachine.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <set>
#include <string>

namespace p2pdesk::syncd::service {

// Who acts on an order, as the state machine, order_history and audit_log each need it: the domain
// actor (kind, roles), the stored actor text ('operator:<id>' / 'system') and where the request came
// from (IP, user agent, workstation id) for audit rows.
struct OrderActor {
    domain::Actor actor;
    std::string name;
    std::optional<std::int64_t> operatorId;
    audit::AuditEntry origin; // actor and request origin pre-filled; action/entity set per row

    static OrderActor system();
    // The order's customer, acting through the bot (origin: the Telegram update).
    static OrderActor forCustomer(std::int64_t customerId);
    static OrderActor forOperator(std::int64_t operatorId, std::set<domain::Role> roles, audit::AuditEntry origin);

    bool isSenior() const { return actor.kind == domain::ActorKind::Operator && actor.hasRole(domain::Role::Senior); }
    // Operator or senior: the accounts that work orders (an admin-only account does not).
    bool worksOrders() const;
    bool holds(const std::optional<std::int64_t> &holderId) const;

    audit::AuditEntry auditEntry(std::string action, std::int64_t orderId, std::optional<std::string> reason,
                                 nlohmann::json payload = nlohmann::json::object()) const;
};

} // namespace p2pdesk::syncd::service
