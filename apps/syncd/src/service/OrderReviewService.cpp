#include "service/OrderReviewService.h"

#include "db/repositories/ApprovalRepository.h"
#include "db/repositories/OrderChecklistRepository.h"
#include "db/repositories/OrderRepository.h"
#include "db/repositories/RiskFlagRepository.h"
#include "service/OrderPolicies.h"
#include "service/ServiceError.h"

#include "p2pdesk/proto/Changes.h"

namespace p2pdesk::syncd::service {

namespace {

using proto::ApiErrorCode;

db::OrderRow lockOrder(pqxx::work &work, std::int64_t orderId)
{
    auto order = db::OrderRepository::findForUpdate(work, orderId);
    if (!order)
        throw ServiceError(ApiErrorCode::NotFound, "no such order");
    return std::move(*order);
}

} // namespace

void OrderReviewService::decide(db::Transaction &tx, std::int64_t orderId, const OrderActor &actor,
                                const proto::ApprovalRequest &request)
{
    auto &work = tx.work();
    const auto order = lockOrder(work, orderId);
    const auto policies = OrderPolicies::load(work);
    if (const auto allowed = policies.approvals.checkApprover(actor.actor, order.holderId); !allowed.ok())
        throw ServiceError::fromDomain(allowed.error());
    if (request.version != order.version)
        throw ServiceError(ApiErrorCode::VersionConflict, "the order changed since you reviewed it; review it again",
                           {{"current_version", order.version}});
    if (order.status != domain::OrderStatus::PaymentVerified)
        throw ServiceError(ApiErrorCode::InvalidTransition, "payouts are approved while the order is PAYMENT_VERIFIED");

    const bool approve = request.decision == proto::ApprovalDecision::Approve;
    const auto approvalId =
        db::ApprovalRepository::insert(work, orderId, order.version, *actor.operatorId, approve, request.reason);
    OrderEvent event;
    event.orderId = orderId;
    event.feedKind = proto::change_kind::kApprovalAdded;
    event.auditAction = approve ? "order.approve" : "order.approval_reject";
    event.reason = request.reason;
    event.details = {
        {"action", approve ? "approve" : "reject"}, {"approval_id", approvalId}, {"order_version", order.version}};
    m_journal.record(tx, actor, event);
}

void OrderReviewService::tickChecklist(db::Transaction &tx, std::int64_t orderId, const OrderActor &actor,
                                       const proto::ChecklistItemUpdate &update)
{
    auto &work = tx.work();
    const auto order = lockOrder(work, orderId);
    if (!actor.holds(order.holderId))
        throw ServiceError(ApiErrorCode::Forbidden, "only the order's holder ticks its checklists");
    if (domain::isTerminal(order.status) || order.status == domain::OrderStatus::New)
        throw ServiceError(ApiErrorCode::InvalidTransition, "the order is not being worked");
    const auto stage = db::OrderChecklistRepository::stageOfItem(work, update.itemId);
    if (!stage)
        throw ServiceError(ApiErrorCode::ValidationFailed, "no such active checklist item",
                           {{"field", "item_id"}, {"kind", "invalid"}});
    db::OrderChecklistRepository::set(work, orderId, update.itemId, update.done, *actor.operatorId);
    const auto version = db::OrderRepository::bumpVersion(work, orderId);

    OrderEvent event;
    event.orderId = orderId;
    event.feedKind = proto::change_kind::kChecklistUpdated;
    event.auditAction = "order.checklist";
    event.details = {{"action", "checklist"},
                     {"item_id", update.itemId},
                     {"stage", *stage == db::ChecklistStage::Verify ? "verify" : "payout"},
                     {"done", update.done},
                     {"order_version", version}};
    m_journal.record(tx, actor, event);
}

void OrderReviewService::clearRiskFlag(db::Transaction &tx, std::int64_t orderId, std::int64_t flagId,
                                       const OrderActor &actor, const std::string &reason)
{
    if (!actor.isSenior())
        throw ServiceError(ApiErrorCode::Forbidden, "only a senior clears risk flags");
    auto &work = tx.work();
    const auto order = lockOrder(work, orderId);
    const auto flag = db::RiskFlagRepository::find(work, flagId);
    if (!flag || flag->orderId != orderId)
        throw ServiceError(ApiErrorCode::NotFound, "no such risk flag on this order");
    if (!db::RiskFlagRepository::clear(work, flagId, orderId, *actor.operatorId, reason))
        throw ServiceError(ApiErrorCode::Conflict, "the risk flag is already cleared");
    const bool stillHeld = db::RiskFlagRepository::hasOpenHold(work, orderId);
    if (stillHeld != order.hold)
        db::OrderRepository::setHold(work, orderId, stillHeld);
    const auto version = db::OrderRepository::bumpVersion(work, orderId);

    OrderEvent event;
    event.orderId = orderId;
    event.feedKind = proto::change_kind::kRiskFlagCleared;
    event.auditAction = "order.risk_flag_clear";
    event.reason = reason;
    event.details = {{"action", "clear_risk_flag"}, {"flag_id", flagId},
                     {"rule", flag->rule},          {"severity", std::string(domain::toString(flag->severity))},
                     {"hold", stillHeld},           {"order_version", version}};
    m_journal.record(tx, actor, event);
}

std::int64_t OrderReviewService::raiseRiskFlag(db::Transaction &tx, std::int64_t orderId, const OrderActor &actor,
                                               const domain::RiskHit &hit, const std::string &reason)
{
    auto &work = tx.work();
    const auto order = lockOrder(work, orderId);
    const auto flagId = db::RiskFlagRepository::insert(work, orderId, order.customerId, hit);
    const bool hold = hit.severity != domain::Severity::Info;
    if (hold && !order.hold)
        db::OrderRepository::setHold(work, orderId, true);
    const auto version = db::OrderRepository::bumpVersion(work, orderId);

    OrderEvent event;
    event.orderId = orderId;
    event.feedKind = proto::change_kind::kRiskFlagRaised;
    event.auditAction = "order.risk_flag_raise";
    event.reason = reason;
    event.details = {{"action", "raise_risk_flag"}, {"flag_id", flagId},
                     {"rule", hit.ruleId},          {"severity", std::string(domain::toString(hit.severity))},
                     {"observed", hit.observed},    {"limit", hit.limit},
                     {"hold", hold || order.hold},  {"order_version", version}};
    m_journal.record(tx, actor, event);
    return flagId;
}

} // namespace p2pdesk::syncd::service
