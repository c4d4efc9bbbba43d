#pragma once

#include "db/repositories/OrderRepository.h"
#include "db/repositories/SettingsRepository.h"

#include "p2pdesk/domain/ApprovalPolicy.h"
#include "p2pdesk/domain/OrderStatus.h"
#include "p2pdesk/domain/TimeoutPolicy.h"
#include "p2pdesk/proto/Timestamp.h"

#include <optional>

namespace p2pdesk::syncd::service {

// The admin's settings turned into libs/domain policies, read inside the caller's transaction so a
// decision and the settings it used are one snapshot.
struct OrderPolicies {
    db::Settings settings;
    domain::TimeoutPolicy timeouts;
    domain::ApprovalPolicy approvals;

    static OrderPolicies load(pqxx::work &work);

    // When an order entering `status` at `enteredAt` expires, if the status has a deadline.
    std::optional<proto::Timestamp> deadline(domain::OrderStatus status, proto::Timestamp enteredAt) const;
};

// Whether the order (PAYMENT_VERIFIED) carries an approval that still counts: the latest decision
// for its current version is "approve" and the approver may approve it (domain::ApprovalPolicy).
bool payoutApprovalValid(pqxx::work &work, const OrderPolicies &policies, const db::OrderRow &order);

proto::Timestamp toTimestamp(std::chrono::system_clock::time_point at);

// A final rate as an operator may fix it (take, re-quote): positive, at most domain::kRateScale
// decimals; else ServiceError validation_failed on field final_rate.
domain::Decimal checkedFinalRate(const domain::Decimal &rate);

} // namespace p2pdesk::syncd::service
