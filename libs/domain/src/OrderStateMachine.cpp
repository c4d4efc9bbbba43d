#include "p2pdesk/domain/OrderStateMachine.h"

#include <algorithm>
#include <array>
#include <string>

namespace p2pdesk::domain {

namespace {

using S = OrderStatus;
using P = Performer;
using R = Requirement;

// DESIGN.md's order lifecycle table, one row per (edge, performer). Where the design is loose the
// row encodes this decision:
// - "operator" is any operator (Performer::AnyOperator); the table names the holder where only the
//   holder may act, and every operator action that is not the holder's routine work needs a reason,
//   which lands in order_history.
// - Take: a final rate beyond the hard deviation maximum is refused to operators; a senior may
//   still take it (the reason the deviation asks for is the override's justification). Two rows,
//   so the workstation's buttons and syncd's check read the same rule.
// - ASSIGNED -> AWAITING_CRYPTO is the holder's: it announces the holder's final rate and deadline,
//   so it waits while a risk flag raised at take (on the recomputed amount) holds the order.
// - Cancelling a taken order ends another operator's work and, from USER_MARKED_SENT on, an order
//   whose customer says they paid: only its holder or a senior, with a reason. A NEW order has no
//   holder, so any operator may cancel it (with a reason).
// - The system cancels USER_MARKED_SENT only (no proof within the deadline). OPERATOR_VERIFY_PROOF
//   has a proof by definition, and the desk being slow to verify must never cancel an order whose
//   customer has paid; its holder or a senior can still cancel it with a reason.
// - A customer opening a dispute gives a reason too (the bot asks for it); it alerts the ops chat.
// - A dispute is resolved by any senior, the holder included: the senior role is the safeguard
//   here, and a desk of 1–5 people may have a single senior.
const std::vector<TransitionRule> &rules()
{
    static const std::vector<TransitionRule> table = [] {
        std::vector<TransitionRule> t = {
            {S::New,
             S::Assigned,
             "take",
             P::AnyOperator,
             {R::FinalRate, R::ReasonIfRateDeviates, R::RateWithinHardLimit}},
            {S::New, S::Assigned, "take", P::Senior, {R::FinalRate, R::ReasonIfRateDeviates}},
            {S::Assigned, S::New, "release", P::Holder, {R::Reason}},
            {S::Assigned, S::New, "release", P::Senior, {R::Reason}},
            {S::Assigned, S::AwaitingCrypto, "await_crypto", P::Holder, {R::NotHeld, R::DepositWallet}},
            {S::AwaitingCrypto, S::UserMarkedSent, "mark_sent", P::Customer, {}},
            {S::AwaitingCrypto, S::UserMarkedSent, "mark_sent", P::AnyOperator, {R::Reason}},
            {S::UserMarkedSent, S::OperatorVerifyProof, "attach_proof", P::System, {R::Proof}},
            {S::OperatorVerifyProof, S::UserMarkedSent, "reject_proof", P::AnyOperator, {R::Reason}},
            {S::OperatorVerifyProof, S::PaymentVerified, "verify", P::Holder, {R::VerifyChecklist}},
            {S::PaymentVerified,
             S::ProcessingPayout,
             "start_payout",
             P::Holder,
             {R::RateAgreed, R::ApprovalIfAboveThreshold}},
            {S::ProcessingPayout, S::PaidOut, "mark_paid", P::Holder, {R::PayoutChecklist, R::PayoutReference}},
            {S::PaidOut, S::Completed, "complete", P::Customer, {}},
            {S::PaidOut, S::Completed, "complete", P::AnyOperator, {}},
            {S::PaidOut, S::Completed, "complete", P::System, {}},
        };
        for (S from : {S::New, S::Assigned, S::AwaitingCrypto}) {
            t.push_back({from, S::Cancelled, "cancel", P::Customer, {}});
            if (from == S::New) {
                t.push_back({from, S::Cancelled, "cancel", P::AnyOperator, {R::Reason}});
            } else {
                t.push_back({from, S::Cancelled, "cancel", P::Holder, {R::Reason}});
                t.push_back({from, S::Cancelled, "cancel", P::Senior, {R::Reason}});
            }
            t.push_back({from, S::Cancelled, "cancel", P::System, {}});
        }
        t.push_back({S::UserMarkedSent, S::Cancelled, "cancel", P::Holder, {R::Reason}});
        t.push_back({S::UserMarkedSent, S::Cancelled, "cancel", P::Senior, {R::Reason}});
        t.push_back({S::UserMarkedSent, S::Cancelled, "cancel", P::System, {}});
        t.push_back({S::OperatorVerifyProof, S::Cancelled, "cancel", P::Holder, {R::Reason}});
        t.push_back({S::OperatorVerifyProof, S::Cancelled, "cancel", P::Senior, {R::Reason}});
        for (S from : {S::Assigned, S::AwaitingCrypto, S::UserMarkedSent, S::OperatorVerifyProof, S::PaymentVerified,
                       S::ProcessingPayout, S::PaidOut}) {
            t.push_back({from, S::Dispute, "dispute", P::AnyOperator, {R::Reason}});
            t.push_back({from, S::Dispute, "dispute", P::Customer, {R::Reason}});
        }
        t.push_back({S::Dispute, S::Cancelled, "resolve_dispute", P::Senior, {R::Reason}});
        t.push_back({S::Dispute, S::Completed, "resolve_dispute", P::Senior, {R::Reason}});
        t.push_back({S::Dispute, std::nullopt, "resolve_dispute", P::Senior, {R::Reason}});
        return t;
    }();
    return table;
}

bool admits(Performer performer, const OrderFacts &facts, const Actor &actor)
{
    switch (performer) {
    case Performer::AnyOperator:
        return actor.worksOrders();
    case Performer::Holder:
        return actor.worksOrders() && facts.holderOperatorId && *facts.holderOperatorId == actor.operatorId;
    case Performer::Senior:
        return actor.kind == ActorKind::Operator && actor.hasRole(Role::Senior);
    case Performer::Customer:
        return actor.kind == ActorKind::Customer && actor.customerId == facts.customerId;
    case Performer::System:
        return actor.kind == ActorKind::System;
    }
    return false;
}

bool disputable(OrderStatus status)
{
    return std::any_of(rules().begin(), rules().end(), [status](const TransitionRule &rule) {
        return rule.from == status && rule.to == OrderStatus::Dispute;
    });
}

// The concrete target of a row for this order; nullopt when the row cannot apply: a dispute
// resolution "back" needs a recorded origin from which a dispute could have been opened, so corrupt
// data (origin NEW, DISPUTE, …) cannot open an edge the table does not have.
std::optional<OrderStatus> targetOf(const TransitionRule &rule, const OrderFacts &facts)
{
    if (rule.to)
        return rule.to;
    if (facts.disputedFrom && disputable(*facts.disputedFrom))
        return facts.disputedFrom;
    return std::nullopt;
}

bool isBlank(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); });
}

// Whether a requirement applies at all to this order (the conditional ones may not).
bool applies(Requirement requirement, const OrderFacts &facts)
{
    switch (requirement) {
    case Requirement::ReasonIfRateDeviates:
        // Beyond the hard maximum is beyond the soft one too, whatever the caller computed.
        return facts.rateDeviationAboveLimit || facts.rateDeviationAboveHardLimit;
    case Requirement::RateWithinHardLimit:
        return facts.rateDeviationAboveHardLimit;
    case Requirement::ApprovalIfAboveThreshold:
        return facts.needsApproval;
    default:
        return true;
    }
}

// Whether facts + request satisfy the requirement; request inputs (reason, payout reference) count
// as missing when there is no request.
bool satisfied(Requirement requirement, const OrderFacts &facts, const TransitionRequest *request)
{
    switch (requirement) {
    case Requirement::FinalRate:
        return facts.finalRateSet;
    case Requirement::ReasonIfRateDeviates:
    case Requirement::Reason:
        return request != nullptr && !isBlank(request->reason);
    case Requirement::DepositWallet:
        return facts.depositWalletAvailable;
    case Requirement::Proof:
        return facts.hasProof;
    case Requirement::VerifyChecklist:
        return facts.verifyChecklistComplete;
    case Requirement::ApprovalIfAboveThreshold:
        return facts.hasValidApproval;
    case Requirement::PayoutChecklist:
        return facts.payoutChecklistComplete;
    case Requirement::PayoutReference:
        return request != nullptr && request->hasPayoutReference;
    case Requirement::RateWithinHardLimit:
        return !facts.rateDeviationAboveHardLimit;
    case Requirement::NotHeld:
        return !facts.held;
    case Requirement::RateAgreed:
        return !facts.rateAgreementPending;
    }
    return false;
}

bool fromRequest(Requirement requirement)
{
    return requirement == Requirement::Reason || requirement == Requirement::ReasonIfRateDeviates ||
           requirement == Requirement::PayoutReference;
}

DomainError requirementError(Requirement requirement, const TransitionRule &rule)
{
    const std::string action(rule.action);
    switch (requirement) {
    case Requirement::FinalRate:
        return makeError(ErrorCode::FinalRateRequired, action + ": the final rate must be fixed");
    case Requirement::ReasonIfRateDeviates:
        return makeError(ErrorCode::ReasonRequired,
                         action + ": the final rate deviates from the suggested rate beyond the limit; give a reason");
    case Requirement::Reason:
        return makeError(ErrorCode::ReasonRequired, action + ": a reason is required");
    case Requirement::DepositWallet:
        return makeError(ErrorCode::WalletRequired, action + ": no active deposit wallet for this asset and network");
    case Requirement::Proof:
        return makeError(ErrorCode::ProofRequired, action + ": no proof of payment is attached");
    case Requirement::VerifyChecklist:
        return makeError(ErrorCode::ChecklistIncomplete, action + ": the verify checklist is not complete");
    case Requirement::ApprovalIfAboveThreshold:
        return makeError(ErrorCode::ApprovalRequired,
                         action + ": above the approval threshold; a senior other than the holder must approve "
                                  "this version of the order");
    case Requirement::PayoutChecklist:
        return makeError(ErrorCode::ChecklistIncomplete, action + ": the payout checklist is not complete");
    case Requirement::PayoutReference:
        return makeError(ErrorCode::PayoutReferenceRequired, action + ": the payout reference is required");
    case Requirement::RateWithinHardLimit:
        return makeError(ErrorCode::RateDeviationTooHigh,
                         action + ": the final rate deviates from the suggested rate beyond the hard maximum; only "
                                  "a senior may take it, with a reason");
    case Requirement::NotHeld:
        return makeError(ErrorCode::RiskHold, action + ": a risk flag holds this order until a senior clears it");
    case Requirement::RateAgreed:
        return makeError(ErrorCode::RequotePending,
                         action + ": the customer's payment came in after the rate stopped holding; re-quote "
                                  "(or keep the rate, with a reason) and wait for the customer to accept");
    }
    return makeError(ErrorCode::InvalidTransition, action);
}

std::optional<Requirement> firstUnmet(const TransitionRule &rule, const OrderFacts &facts,
                                      const TransitionRequest *request)
{
    for (Requirement requirement : rule.requirements) {
        if (applies(requirement, facts) && !satisfied(requirement, facts, request))
            return requirement;
    }
    return std::nullopt;
}

} // namespace

Actor Actor::operatorAccount(OperatorId id, std::set<Role> roles)
{
    Actor actor;
    actor.kind = ActorKind::Operator;
    actor.operatorId = id;
    actor.roles = std::move(roles);
    return actor;
}

Actor Actor::customer(CustomerId id)
{
    Actor actor;
    actor.kind = ActorKind::Customer;
    actor.customerId = id;
    return actor;
}

Actor Actor::system()
{
    return Actor{};
}

std::string_view toString(Performer performer) noexcept
{
    switch (performer) {
    case Performer::AnyOperator:
        return "operator";
    case Performer::Holder:
        return "holder";
    case Performer::Senior:
        return "senior";
    case Performer::Customer:
        return "customer";
    case Performer::System:
        return "system";
    }
    return {};
}

std::string_view toString(Requirement requirement) noexcept
{
    switch (requirement) {
    case Requirement::FinalRate:
        return "final_rate";
    case Requirement::ReasonIfRateDeviates:
        return "reason_if_rate_deviates";
    case Requirement::Reason:
        return "reason";
    case Requirement::DepositWallet:
        return "deposit_wallet";
    case Requirement::Proof:
        return "proof";
    case Requirement::VerifyChecklist:
        return "verify_checklist";
    case Requirement::ApprovalIfAboveThreshold:
        return "approval_if_above_threshold";
    case Requirement::PayoutChecklist:
        return "payout_checklist";
    case Requirement::PayoutReference:
        return "payout_reference";
    case Requirement::RateWithinHardLimit:
        return "rate_within_hard_limit";
    case Requirement::NotHeld:
        return "not_held";
    case Requirement::RateAgreed:
        return "rate_agreed";
    }
    return {};
}

std::span<const TransitionRule> transitionTable()
{
    return rules();
}

std::vector<AllowedTransition> allowedTransitions(const OrderFacts &facts, const Actor &actor)
{
    std::vector<AllowedTransition> allowed;
    for (const TransitionRule &rule : rules()) {
        const auto to = targetOf(rule, facts);
        if (rule.from != facts.status || !to || !admits(rule.by, facts, actor))
            continue;
        // One entry per target: when two rows admit the actor (a senior holder releasing), the
        // row asking least wins, the same way checkTransition accepts whichever row passes.
        AllowedTransition entry{*to, rule.action, {}, {}};
        for (Requirement requirement : rule.requirements) {
            if (!applies(requirement, facts))
                continue;
            entry.requirements.push_back(requirement);
            if (!fromRequest(requirement) && !satisfied(requirement, facts, nullptr))
                entry.unmet.push_back(requirement);
        }
        const auto existing = std::find_if(allowed.begin(), allowed.end(),
                                           [&](const AllowedTransition &other) { return other.to == *to; });
        if (existing == allowed.end())
            allowed.push_back(std::move(entry));
        else if (entry.requirements.size() < existing->requirements.size())
            *existing = std::move(entry);
    }
    return allowed;
}

Status checkTransition(const OrderFacts &facts, const Actor &actor, const TransitionRequest &request)
{
    bool edgeExists = false;
    std::optional<DomainError> firstFailure;
    for (const TransitionRule &rule : rules()) {
        if (rule.from != facts.status || targetOf(rule, facts) != request.to)
            continue;
        edgeExists = true;
        if (!admits(rule.by, facts, actor))
            continue;
        const auto unmet = firstUnmet(rule, facts, &request);
        if (!unmet)
            return Ok{};
        if (!firstFailure)
            firstFailure = requirementError(*unmet, rule);
    }
    if (firstFailure)
        return *firstFailure;
    const std::string edge = std::string(toString(facts.status)) + " -> " + std::string(toString(request.to));
    if (!edgeExists)
        return makeError(ErrorCode::InvalidTransition, "no transition " + edge);
    return makeError(ErrorCode::Forbidden, "this actor may not perform " + edge);
}

Status checkProofAttach(const OrderFacts &facts, const Actor &actor, std::string_view reason)
{
    if (admits(Performer::Customer, facts, actor) || admits(Performer::Holder, facts, actor))
        return Ok{};
    if (!admits(Performer::Senior, facts, actor))
        return makeError(ErrorCode::Forbidden, "only the order's holder, or a senior with a reason, attaches proofs");
    if (isBlank(reason))
        return makeError(ErrorCode::ReasonRequired, "attach_proof: a senior attaching a proof to an order held by "
                                                    "someone else gives a reason");
    return Ok{};
}

Status checkRequote(const OrderFacts &facts, const Actor &actor, std::string_view reason)
{
    const bool paid = facts.status == OrderStatus::UserMarkedSent || facts.status == OrderStatus::OperatorVerifyProof ||
                      facts.status == OrderStatus::PaymentVerified;
    if (!paid || !facts.rateAgreementPending)
        return makeError(ErrorCode::InvalidTransition, "requote: no re-quote is due for this order");
    if (!admits(Performer::Holder, facts, actor) && !admits(Performer::Senior, facts, actor))
        return makeError(ErrorCode::Forbidden, "requote: only the holder or a senior re-quotes an order");
    if (isBlank(reason))
        return makeError(ErrorCode::ReasonRequired, "requote: a reason is required");
    return Ok{};
}

std::optional<std::string_view> actionFor(const OrderFacts &facts, OrderStatus to)
{
    for (const TransitionRule &rule : rules()) {
        if (rule.from == facts.status && targetOf(rule, facts) == to)
            return rule.action;
    }
    return std::nullopt;
}

} // namespace p2pdesk::domain
