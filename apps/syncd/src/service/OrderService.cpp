#include "service/OrderService.h"

#include "db/repositories/ApprovalRepository.h"
#include "db/repositories/AttachmentRepository.h"
#include "db/repositories/OrderChecklistRepository.h"
#include "db/repositories/OrderHistoryRepository.h"
#include "db/repositories/OrderRepository.h"
#include "db/repositories/RiskFlagRepository.h"
#include "db/repositories/WalletRepository.h"
#include "service/OrderPolicies.h"
#include "service/RateAgreements.h"
#include "service/ReserveService.h"
#include "service/ServiceError.h"

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/domain/Fiat.h"
#include "p2pdesk/domain/RateQuote.h"
#include "p2pdesk/domain/RiskRules.h"
#include "p2pdesk/proto/Changes.h"

#include <algorithm>

namespace p2pdesk::syncd::service {

namespace {

using domain::OrderStatus;
using proto::ApiErrorCode;

bool isBlank(const std::string &text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); });
}

std::optional<std::string> reasonOrNone(const std::string &reason)
{
    return isBlank(reason) ? std::nullopt : std::optional(reason);
}

void check(const domain::Status &status)
{
    if (!status.ok())
        throw ServiceError::fromDomain(status.error());
}

// A proof counts when it was attached after the last "reject proof" (the customer was asked for a
// new one) and its file was not purged.
bool hasCurrentProof(pqxx::work &work, std::int64_t orderId)
{
    const auto rejectedAt = db::OrderHistoryRepository::lastProofRejection(work, orderId);
    const auto attachments = db::AttachmentRepository::listForOrder(work, orderId);
    return std::any_of(attachments.begin(), attachments.end(), [&](const db::AttachmentRow &a) {
        const bool proof = a.kind == db::AttachmentKind::ProofFile || a.kind == db::AttachmentKind::ProofTxid;
        return proof && !a.purged && (!rejectedAt || a.createdAt > *rejectedAt);
    });
}

// The deposit wallet for ASSIGNED -> AWAITING_CRYPTO: the requested one if it is an active hot wallet
// of the order's asset and network, else the repository's stable pick.
std::optional<db::WalletRow> depositWallet(pqxx::work &work, const db::OrderRow &order,
                                           const std::optional<std::int64_t> &requested)
{
    if (!requested)
        return db::WalletRepository::findActiveHotWallet(work, order.asset, order.network);
    auto wallet = db::WalletRepository::findById(work, *requested);
    if (!wallet || !wallet->active || wallet->kind != db::WalletKind::Hot || wallet->asset != order.asset ||
        wallet->network != order.network)
        return std::nullopt;
    return wallet;
}

// The order's figures repriced from rate `from` to rate `to` (domain::requoteAtFinalRate: the crypto
// amount stays, the fiat amount follows with the direction's rounding rule, the fee is kept).
domain::Result<domain::Quote> repriced(const db::OrderRow &order, const domain::Decimal &from,
                                       const domain::Decimal &to)
{
    const auto asset = domain::findAsset(order.asset, order.network);
    if (!asset)
        return domain::makeError(domain::ErrorCode::UnknownAsset, "the order's asset is not supported any more");
    const auto fiat = domain::fiat(order.fiatCurrency);
    if (!fiat)
        return fiat.error();
    return domain::requoteAtFinalRate(order.direction, from, to, order.amountCrypto, order.amountFiat, *asset, *fiat);
}

// The amount rules on the recomputed fiat amount, with the customer's figures as they stood when the
// order was created (the count rules judged the order then and it has not changed).
std::vector<domain::RiskHit> amountRiskHits(pqxx::work &work, const db::OrderRow &order,
                                            const domain::Decimal &amountFiat)
{
    const auto prior = db::OrderRepository::priorAmountFigures(work, order.id);
    domain::OrderRiskInput risk;
    risk.fiatCode = order.fiatCurrency;
    risk.amountFiat = amountFiat;
    risk.customerVolumePrior24h = prior.customerVolume24h;
    risk.firstOrderOfCustomer = prior.firstOrderOfCustomer;
    risk.payoutAccountNeverPaid = prior.payoutAccountNeverPaid;
    risk.customerCompletedOrders = prior.customerCompletedOrders;
    risk.customerMedianAmount = prior.customerMedianAmount;
    risk.customerVolumePrior30d = prior.customerVolume30d;
    risk.kycLevel = prior.kycLevel;
    return domain::evaluateAmountRules(risk, db::RiskFlagRepository::loadLimits(work));
}

} // namespace

proto::Timestamp OrderService::now() const
{
    return toTimestamp(m_clock.now());
}

TransitionOutcome OrderService::take(db::Transaction &tx, std::int64_t orderId, const OrderActor &actor,
                                     const TakeInput &input)
{
    auto &work = tx.work();
    const auto order = db::OrderRepository::find(work, orderId);
    if (!order)
        throw ServiceError(ApiErrorCode::NotFound, "no such order");

    const auto rate = checkedFinalRate(input.finalRate);

    // Refusals that do not depend on the actor first: a taken order is "already taken" for everyone.
    if (order->status != OrderStatus::New) {
        if (order->holderId)
            throw ServiceError(ApiErrorCode::AlreadyTaken, "another operator took this order",
                               {{"holder", order->holderUsername.value_or("")}});
        throw ServiceError(ApiErrorCode::InvalidTransition,
                           "the order is " + std::string(domain::toString(order->status)) + ", it cannot be taken");
    }
    if (order->hold)
        throw ServiceError(ApiErrorCode::RiskHold, "a risk flag holds this order until a senior clears it");

    const auto policies = OrderPolicies::load(work);
    // The suggestion the final rate is measured against: the customer's quote while it holds, else
    // (quote lock expired, desk's rate moved) the desk's rate now, which the take dialog proposes.
    // A quote that stopped holding while the desk's rate is stale cannot be re-priced at all.
    const auto currentRate = RateAgreements::currentSuggestedRate(work, *order, policies.settings, m_clock.now());
    const auto requote = RateAgreements::due(*order, policies.settings, m_clock.now(), currentRate);
    if (requote && !currentRate)
        throw ServiceError(ApiErrorCode::RateStale,
                           "the customer's quote no longer holds and the desk's rate is stale; update the rate first");
    const domain::Decimal reference = requote ? *currentRate : order->suggestedRate;
    // An error (suggested rate zero) counts as deviating: fail towards the reason and the senior.
    const auto deviates = domain::deviationExceeds(rate, reference, policies.settings.maxRateDeviationPercent);
    const auto beyondHard = domain::deviationExceeds(rate, reference, policies.settings.maxRateHardDeviationPercent);
    domain::OrderFacts facts;
    facts.status = OrderStatus::New;
    facts.customerId = order->customerId;
    facts.finalRateSet = true;
    facts.rateDeviationAboveLimit = !deviates.ok() || deviates.value();
    facts.rateDeviationAboveHardLimit = !beyondHard.ok() || beyondHard.value();
    check(domain::checkTransition(facts, actor.actor,
                                  domain::TransitionRequest{OrderStatus::Assigned, input.reason.value_or(""), false}));
    if (input.expectedVersion && *input.expectedVersion != order->version)
        throw ServiceError::versionConflict(order->version);

    // The fiat amount follows the final rate; approval and the amount risk rules judge that figure.
    const auto priced = repriced(*order, order->suggestedRate, rate);
    if (!priced.ok())
        throw ServiceError(ApiErrorCode::ValidationFailed, "final_rate: " + priced.error().message,
                           {{"field", "final_rate"}, {"kind", "invalid"}});
    const bool amountChanged = !(priced->amountFiat == order->amountFiat);
    // A better rate for the customer pays more out of the reserve than the quote committed.
    if (amountChanged) {
        domain::Quote before = priced.value();
        before.amountCrypto = order->amountCrypto;
        before.amountFiat = order->amountFiat;
        ReserveService::checkRepricedPayout(work, before, priced.value(), order->asset, order->network,
                                            order->fiatCurrency);
    }
    const auto hits = amountChanged ? amountRiskHits(work, *order, priced->amountFiat) : std::vector<domain::RiskHit>{};
    const auto worst = domain::worstSeverity(hits);
    const bool hold = worst && *worst != domain::Severity::Info;

    const auto enteredAt = now();
    db::TakeChange change;
    change.orderId = orderId;
    change.operatorId = *actor.operatorId;
    change.finalRate = rate;
    change.amountFiat = priced->amountFiat;
    change.hold = hold;
    change.rateReference = reference;
    change.expectedVersion = input.expectedVersion;
    change.enteredAt = enteredAt;
    change.deadline = policies.deadline(OrderStatus::Assigned, enteredAt);
    const auto newVersion = db::OrderRepository::take(work, change);
    if (!newVersion) {
        // Lost the race (or the row changed between the read above and the update): say why.
        const auto current = db::OrderRepository::find(work, orderId);
        if (current && current->status != OrderStatus::New)
            throw ServiceError(ApiErrorCode::AlreadyTaken, "another operator took this order",
                               {{"holder", current->holderUsername.value_or("")}});
        if (current && current->hold)
            throw ServiceError(ApiErrorCode::RiskHold, "a risk flag holds this order until a senior clears it");
        throw ServiceError::versionConflict(current ? current->version : 0);
    }

    nlohmann::json flags = nlohmann::json::array();
    for (const auto &hit : hits) {
        db::RiskFlagRepository::insert(work, orderId, order->customerId, hit);
        flags.push_back({{"rule", hit.ruleId},
                         {"severity", std::string(domain::toString(hit.severity))},
                         {"observed", hit.observed},
                         {"limit", hit.limit}});
    }
    nlohmann::json details = {
        {"action", "take"},
        {"final_rate", rate.toString()},
        {"suggested_rate", order->suggestedRate.toString()},
        {"reference_rate", reference.toString()},
        {"amount_crypto", priced->amountCrypto.toString()},
        {"amount_fiat_before", order->amountFiat.toString()},
        {"amount_fiat", priced->amountFiat.toString()},
        {"fee", priced->fee.toString()},
        {"needs_approval", policies.approvals.needsApproval(order->fiatCurrency, priced->amountFiat)},
        {"risk_flags", flags},
        {"hold", hold}};
    if (const auto deviation = domain::deviationPercent(rate, reference); deviation.ok())
        details["deviation_percent"] = deviation.value().toString();
    if (requote)
        details["requote_due"] = std::string(domain::toString(*requote));
    if (facts.rateDeviationAboveHardLimit) {
        // Only the senior row of the table lets this through: the override, with its reason.
        details["senior_override"] = true;
        details["hard_limit_percent"] = policies.settings.maxRateHardDeviationPercent.toString();
    }
    OrderEvent event;
    event.orderId = orderId;
    event.feedKind = proto::change_kind::kOrderTransitioned;
    event.auditAction = "order.take";
    event.reason = input.reason ? reasonOrNone(*input.reason) : std::nullopt;
    event.details = std::move(details);
    event.transition = true;
    event.from = OrderStatus::New;
    event.to = OrderStatus::Assigned;
    event.newVersion = *newVersion;
    auto summary = m_journal.record(tx, actor, event);
    return {orderId, OrderStatus::New, OrderStatus::Assigned, *newVersion, "take", std::move(summary)};
}

TransitionOutcome OrderService::applyTransition(db::Transaction &tx, std::int64_t orderId, const OrderActor &actor,
                                                const TransitionInput &input)
{
    auto &work = tx.work();
    const auto order = db::OrderRepository::findForUpdate(work, orderId);
    if (!order)
        throw ServiceError(ApiErrorCode::NotFound, "no such order");
    if (input.expectedVersion && *input.expectedVersion != order->version)
        throw ServiceError::versionConflict(order->version);
    if (order->status == OrderStatus::New && input.to == OrderStatus::Assigned)
        throw ServiceError(ApiErrorCode::InvalidTransition, "an order is taken with POST /api/v1/orders/{id}/take");

    const auto policies = OrderPolicies::load(work);
    domain::OrderFacts facts;
    facts.status = order->status;
    facts.holderOperatorId = order->holderId;
    facts.customerId = order->customerId;
    facts.finalRateSet = order->finalRate.has_value();
    facts.disputedFrom = order->disputedFrom;
    facts.held = order->hold;
    // Only the facts the edge out of this status can need are read.
    std::optional<db::WalletRow> wallet;
    switch (order->status) {
    case OrderStatus::Assigned:
        if (input.to == OrderStatus::AwaitingCrypto) {
            wallet = depositWallet(work, *order, input.walletId);
            facts.depositWalletAvailable = wallet.has_value();
        }
        break;
    case OrderStatus::UserMarkedSent:
        facts.hasProof = hasCurrentProof(work, orderId);
        break;
    case OrderStatus::OperatorVerifyProof:
        facts.verifyChecklistComplete =
            db::OrderChecklistRepository::complete(work, orderId, db::ChecklistStage::Verify);
        break;
    case OrderStatus::PaymentVerified:
        facts.rateAgreementPending = order->rateAgreement != domain::RateAgreement::Agreed;
        facts.needsApproval = policies.approvals.needsApproval(order->fiatCurrency, order->amountFiat);
        facts.hasValidApproval = facts.needsApproval && payoutApprovalValid(work, policies, *order);
        break;
    case OrderStatus::ProcessingPayout:
        facts.payoutChecklistComplete =
            db::OrderChecklistRepository::complete(work, orderId, db::ChecklistStage::Payout);
        break;
    default:
        break;
    }
    const bool hasPayoutReference = input.payoutReference && !isBlank(*input.payoutReference);
    check(domain::checkTransition(facts, actor.actor,
                                  domain::TransitionRequest{input.to, input.reason, hasPayoutReference}));
    const std::string action(domain::actionFor(facts, input.to).value_or("transition"));

    const auto enteredAt = now();
    db::StatusChange change;
    change.orderId = orderId;
    change.from = order->status;
    change.to = input.to;
    change.expectedVersion = order->version;
    change.enteredAt = enteredAt;
    change.deadline = policies.deadline(input.to, enteredAt);
    change.release = order->status == OrderStatus::Assigned && input.to == OrderStatus::New;
    std::optional<domain::Quote> restored;
    if (change.release && order->finalRate) {
        // Back in the queue the order is priced at its suggested rate again, for the next taker.
        const auto back = repriced(*order, *order->finalRate, order->suggestedRate);
        if (back.ok()) {
            restored = back.value();
            change.amountFiat = back->amountFiat;
        }
    }
    if (wallet && input.to == OrderStatus::AwaitingCrypto)
        change.depositWalletId = wallet->id;
    if (input.to == OrderStatus::PaidOut && hasPayoutReference)
        change.payoutReference = input.payoutReference;
    if (input.to == OrderStatus::Dispute)
        change.disputedFrom = order->status;
    // The payment instructions state the final rate: it holds for the quote lock from then on. A
    // payment announced after that, or after the desk's rate moved too far, needs a re-quote the
    // customer accepts before payout (RequoteService).
    if (order->status == OrderStatus::Assigned && input.to == OrderStatus::AwaitingCrypto)
        change.quoteLockedUntil = enteredAt + std::chrono::minutes(policies.settings.quoteLockMinutes);
    if (order->status == OrderStatus::AwaitingCrypto && input.to == OrderStatus::UserMarkedSent &&
        order->rateAgreement == domain::RateAgreement::Agreed) {
        const auto at = std::chrono::time_point_cast<std::chrono::system_clock::duration>(enteredAt);
        change.requoteDue = RateAgreements::due(
            *order, policies.settings, at, RateAgreements::currentSuggestedRate(work, *order, policies.settings, at));
    }
    const auto newVersion = db::OrderRepository::changeStatus(work, change);
    if (!newVersion)
        throw ServiceError::versionConflict(order->version); // unreachable while the row lock is held; kept as a guard

    nlohmann::json details = input.meta.is_object() ? input.meta : nlohmann::json::object();
    details["action"] = action;
    if (change.depositWalletId)
        details["deposit_wallet_id"] = *change.depositWalletId;
    if (change.payoutReference)
        details["payout_reference"] = *change.payoutReference;
    if (change.disputedFrom)
        details["disputed_from"] = std::string(domain::toString(*change.disputedFrom));
    if (change.quoteLockedUntil)
        details["quote_locked_until"] = proto::formatTimestamp(*change.quoteLockedUntil);
    if (change.requoteDue)
        details["requote_due"] = std::string(domain::toString(*change.requoteDue));
    if (change.release && order->finalRate)
        details["released_final_rate"] = order->finalRate->toString();
    if (restored) {
        details["amount_fiat_before"] = order->amountFiat.toString();
        details["amount_fiat"] = restored->amountFiat.toString();
    }

    OrderEvent event;
    event.orderId = orderId;
    event.feedKind = proto::change_kind::kOrderTransitioned;
    event.auditAction = "order." + action;
    event.reason = reasonOrNone(input.reason);
    event.details = std::move(details);
    event.transition = true;
    event.from = order->status;
    event.to = input.to;
    event.newVersion = *newVersion;
    auto summary = m_journal.record(tx, actor, event);
    return {orderId, order->status, input.to, *newVersion, action, std::move(summary)};
}

} // namespace p2pdesk::syncd::service
