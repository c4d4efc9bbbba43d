#pragma once

#include "p2pdesk/domain/OrderStatus.h"
#include "p2pdesk/domain/Result.h"

#include <cstdint>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace p2pdesk::domain {

using OperatorId = std::int64_t;
using CustomerId = std::int64_t;

enum class ActorKind { Operator, Customer, System };

// Who asks for a transition. The caller builds it from the authenticated session (operator), the
// bot update (customer) or a worker (system); the state machine trusts it.
struct Actor {
    ActorKind kind = ActorKind::System;
    OperatorId operatorId = 0; // ActorKind::Operator only
    CustomerId customerId = 0; // ActorKind::Customer only
    std::set<Role> roles;      // ActorKind::Operator only

    static Actor operatorAccount(OperatorId id, std::set<Role> roles);
    static Actor customer(CustomerId id);
    static Actor system();

    bool hasRole(Role role) const { return roles.contains(role); }
    // An operator account holding Role::Operator or Role::Senior; an admin-only account manages
    // the desk but works no orders (syncd refuses it the queue and the cards).
    bool worksOrders() const
    {
        return kind == ActorKind::Operator && (hasRole(Role::Operator) || hasRole(Role::Senior));
    }
};

// Who a row of the table admits. "Operator" in DESIGN.md means anyone who works orders: an operator
// account holding Role::Operator or Role::Senior (an admin-only account manages the desk but does
// not work orders). "Holder" is the operator who took the order. "Senior" is any Role::Senior
// account, holder or not. "Customer" is the order's own customer, never another one.
enum class Performer { AnyOperator, Holder, Senior, Customer, System };

// What a transition needs besides the right actor. Conditional ones only apply when the facts say
// so (see each value). Checked in this order; the first unmet one is the error returned.
enum class Requirement {
    FinalRate,                // the order has (or the request fixes) its final rate  -> final_rate_required
    ReasonIfRateDeviates,     // a reason when the final rate deviates above the limit -> reason_required
    RateWithinHardLimit,      // beyond the hard deviation maximum: refused (senior row) -> rate_deviation_too_high
    Reason,                   // a non-blank reason                                    -> reason_required
    DepositWallet,            // an active hot wallet of the asset/network             -> wallet_required
    Proof,                    // a (not rejected) proof is attached                    -> proof_required
    VerifyChecklist,          // the "verify" checklist is complete                     -> checklist_incomplete
    ApprovalIfAboveThreshold, // above the threshold: a valid approval (other senior)   -> approval_required
    PayoutChecklist,          // the "payout" checklist is complete                     -> checklist_incomplete
    PayoutReference,          // the request carries the payout reference               -> payout_reference_required
    NotHeld,                  // no uncleared hold/block risk flag on the order         -> risk_hold
    RateAgreed,               // no re-quote due or awaiting the customer's answer      -> requote_pending
};

std::string_view toString(Performer performer) noexcept;
std::string_view toString(Requirement requirement) noexcept;

// One row of DESIGN.md's lifecycle table, per performer: an edge with several performers is
// several rows, because what it requires may differ (an operator cancelling needs a reason, the
// customer does not).
struct TransitionRule {
    OrderStatus from;
    // nullopt: "the state it came from" (DISPUTE resolution back to OrderFacts::disputedFrom).
    std::optional<OrderStatus> to;
    std::string_view action; // stable snake_case name: "take", "release", ...
    Performer by;
    std::vector<Requirement> requirements;
};

// The whole table, in DESIGN.md's order.
std::span<const TransitionRule> transitionTable();

// A snapshot of the order the caller loaded (inside its transaction) and derived facts it computed
// with the other policies of this library.
struct OrderFacts {
    OrderStatus status = OrderStatus::New;
    std::optional<OperatorId> holderOperatorId;
    CustomerId customerId = 0;
    bool finalRateSet = false;               // for "take": true when the request carries the rate
    std::optional<OrderStatus> disputedFrom; // set while in DISPUTE
    bool verifyChecklistComplete = false;
    bool payoutChecklistComplete = false;
    bool needsApproval = false;           // ApprovalPolicy::needsApproval
    bool hasValidApproval = false;        // ApprovalPolicy::approvalValid for the current version
    bool hasProof = false;                // a proof attached and not rejected
    bool rateDeviationAboveLimit = false; // RateQuote deviation check of the final rate
    // The same check against the hard maximum (a setting >= the "needs a reason" one).
    bool rateDeviationAboveHardLimit = false;
    bool held = false;                   // an uncleared hold/block risk flag (orders.hold)
    bool depositWalletAvailable = false; // an active hot wallet of the asset/network exists
    bool rateAgreementPending = false;   // RateAgreement Due or Offered (RateAgreement.h)
};

struct TransitionRequest {
    OrderStatus to = OrderStatus::New;
    std::string reason; // blank (only whitespace) counts as none
    bool hasPayoutReference = false;
};

// An edge this actor may take now, with the requirements that apply to it (conditional ones
// resolved against the facts) and those of them the facts do not satisfy yet. Reason and payout
// reference come with the request, so they are listed in `requirements` only: the UI asks for them.
struct AllowedTransition {
    OrderStatus to;
    std::string_view action;
    std::vector<Requirement> requirements;
    std::vector<Requirement> unmet;
};

// Every edge out of facts.status this actor may perform (possibly still blocked by `unmet`).
std::vector<AllowedTransition> allowedTransitions(const OrderFacts &facts, const Actor &actor);

// Ok, or: invalid_transition (no edge from the current status to request.to), forbidden (an edge
// but not for this actor), or the first unmet requirement's error.
Status checkTransition(const OrderFacts &facts, const Actor &actor, const TransitionRequest &request);

// Who may attach a proof of payment to the order. Attaching one moves USER_MARKED_SENT ->
// OPERATOR_VERIFY_PROOF (the system row above), so it is the holder's work: the order's customer and
// its holder may; a senior may with a reason (another operator's order); anyone else is Forbidden,
// a senior without a reason ReasonRequired. Which statuses take proofs is the caller's check.
Status checkProofAttach(const OrderFacts &facts, const Actor &actor, std::string_view reason);

// Who may re-quote the order (offer the customer a new rate, or keep the old one) and when: while
// facts.rateAgreementPending and the customer has paid but the desk has not started paying out
// (USER_MARKED_SENT, OPERATOR_VERIFY_PROOF, PAYMENT_VERIFIED), else InvalidTransition; its holder
// or a senior (Forbidden for anyone else); always with a reason (ReasonRequired), since it is the
// customer's money either way. Not an edge of the table: the status does not change.
Status checkRequote(const OrderFacts &facts, const Actor &actor, std::string_view reason);

// The action name of the edge facts.status -> to, if there is one (for history and audit rows).
std::optional<std::string_view> actionFor(const OrderFacts &facts, OrderStatus to);

} // namespace p2pdesk::domain
