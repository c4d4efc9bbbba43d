#include "DomainTestSupport.h"

#include "p2pdesk/domain/OrderStateMachine.h"

#include <QObject>
#include <QString>
#include <QTest>

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace p2pdesk::domain;

namespace {

// DESIGN.md's order lifecycle table, transcribed by hand for this test (deliberately not derived
// from the production table). One line per (from, to, by); `to` "PREVIOUS" is the status a dispute
// came from. `by`: operator = any operator or senior account, holder = the operator holding the
// order, senior = a senior account, customer = the order's customer, system = workers.
// `needs`: what the transition requires, space-separated.
struct ExpectedRow {
    const char *from;
    const char *to;
    const char *by;
    const char *needs;
};

const ExpectedRow kDesignTable[] = {
    {"NEW", "ASSIGNED", "operator", "final_rate reason_if_deviation rate_within_hard_limit"},
    // Beyond the hard deviation maximum only a senior takes (the deviation still asks a reason).
    {"NEW", "ASSIGNED", "senior", "final_rate reason_if_deviation"},
    {"ASSIGNED", "NEW", "holder", "reason"},
    {"ASSIGNED", "NEW", "senior", "reason"},
    // A risk flag raised at take (recomputed amount) holds the order before the customer is told.
    {"ASSIGNED", "AWAITING_CRYPTO", "holder", "not_held wallet"},
    {"AWAITING_CRYPTO", "USER_MARKED_SENT", "customer", ""},
    {"AWAITING_CRYPTO", "USER_MARKED_SENT", "operator", "reason"},
    {"USER_MARKED_SENT", "OPERATOR_VERIFY_PROOF", "system", "proof"},
    {"OPERATOR_VERIFY_PROOF", "USER_MARKED_SENT", "operator", "reason"},
    {"OPERATOR_VERIFY_PROOF", "PAYMENT_VERIFIED", "holder", "verify_checklist"},
    // Payout waits for the customer to accept a re-quote that came due when they paid late.
    {"PAYMENT_VERIFIED", "PROCESSING_PAYOUT", "holder", "rate_agreed approval_if_above_threshold"},
    {"PROCESSING_PAYOUT", "PAID_OUT", "holder", "payout_reference payout_checklist"},
    {"PAID_OUT", "COMPLETED", "customer", ""},
    {"PAID_OUT", "COMPLETED", "operator", ""},
    {"PAID_OUT", "COMPLETED", "system", ""},
    {"NEW", "CANCELLED", "customer", ""},
    {"NEW", "CANCELLED", "operator", "reason"},
    {"NEW", "CANCELLED", "system", ""},
    {"ASSIGNED", "CANCELLED", "customer", ""},
    // A taken order is cancelled by its holder or a senior only, never by another operator.
    {"ASSIGNED", "CANCELLED", "holder", "reason"},
    {"ASSIGNED", "CANCELLED", "senior", "reason"},
    {"ASSIGNED", "CANCELLED", "system", ""},
    {"AWAITING_CRYPTO", "CANCELLED", "customer", ""},
    {"AWAITING_CRYPTO", "CANCELLED", "holder", "reason"},
    {"AWAITING_CRYPTO", "CANCELLED", "senior", "reason"},
    {"AWAITING_CRYPTO", "CANCELLED", "system", ""},
    {"USER_MARKED_SENT", "CANCELLED", "holder", "reason"},
    {"USER_MARKED_SENT", "CANCELLED", "senior", "reason"},
    {"USER_MARKED_SENT", "CANCELLED", "system", ""},
    // The system never cancels an order whose proof awaits verification (documented decision).
    {"OPERATOR_VERIFY_PROOF", "CANCELLED", "holder", "reason"},
    {"OPERATOR_VERIFY_PROOF", "CANCELLED", "senior", "reason"},
    {"ASSIGNED", "DISPUTE", "operator", "reason"},
    {"ASSIGNED", "DISPUTE", "customer", "reason"},
    {"AWAITING_CRYPTO", "DISPUTE", "operator", "reason"},
    {"AWAITING_CRYPTO", "DISPUTE", "customer", "reason"},
    {"USER_MARKED_SENT", "DISPUTE", "operator", "reason"},
    {"USER_MARKED_SENT", "DISPUTE", "customer", "reason"},
    {"OPERATOR_VERIFY_PROOF", "DISPUTE", "operator", "reason"},
    {"OPERATOR_VERIFY_PROOF", "DISPUTE", "customer", "reason"},
    {"PAYMENT_VERIFIED", "DISPUTE", "operator", "reason"},
    {"PAYMENT_VERIFIED", "DISPUTE", "customer", "reason"},
    {"PROCESSING_PAYOUT", "DISPUTE", "operator", "reason"},
    {"PROCESSING_PAYOUT", "DISPUTE", "customer", "reason"},
    {"PAID_OUT", "DISPUTE", "operator", "reason"},
    {"PAID_OUT", "DISPUTE", "customer", "reason"},
    {"DISPUTE", "CANCELLED", "senior", "reason"},
    {"DISPUTE", "COMPLETED", "senior", "reason"},
    {"DISPUTE", "PREVIOUS", "senior", "reason"},
};

const char *const kDisputable[] = {"ASSIGNED",         "AWAITING_CRYPTO",   "USER_MARKED_SENT", "OPERATOR_VERIFY_PROOF",
                                   "PAYMENT_VERIFIED", "PROCESSING_PAYOUT", "PAID_OUT"};

constexpr OperatorId kHolder = 7;
constexpr CustomerId kCustomer = 100;

// The actors of the sweep, each with the `by` categories it satisfies, written out by hand.
struct ActorCase {
    const char *name;
    Actor actor;
    std::set<std::string> satisfies;
};

std::vector<ActorCase> actorCases()
{
    return {
        {"holder operator", Actor::operatorAccount(kHolder, {Role::Operator}), {"operator", "holder"}},
        {"other operator", Actor::operatorAccount(8, {Role::Operator}), {"operator"}},
        {"senior, not holder", Actor::operatorAccount(9, {Role::Operator, Role::Senior}), {"operator", "senior"}},
        {"senior holder",
         Actor::operatorAccount(kHolder, {Role::Operator, Role::Senior}),
         {"operator", "holder", "senior"}},
        {"senior-only role", Actor::operatorAccount(10, {Role::Senior}), {"operator", "senior"}},
        {"operator+admin holder",
         Actor::operatorAccount(kHolder, {Role::Operator, Role::Admin}),
         {"operator", "holder"}},
        {"admin only", Actor::operatorAccount(11, {Role::Admin}), {}},
        {"admin-only holder", Actor::operatorAccount(kHolder, {Role::Admin}), {}},
        {"operator without roles", Actor::operatorAccount(12, {}), {}},
        {"customer", Actor::customer(kCustomer), {"customer"}},
        {"other customer", Actor::customer(101), {}},
        {"system", Actor::system(), {"system"}},
    };
}

std::set<std::string> words(const char *text)
{
    std::set<std::string> out;
    std::istringstream in(text);
    for (std::string word; in >> word;)
        out.insert(word);
    return out;
}

OrderStatus status(const char *name)
{
    const auto parsed = parseOrderStatus(name);
    if (!parsed)
        qFatal("bad status literal %s", name);
    return *parsed;
}

// Every requirement satisfied, including the conditional ones being in force.
OrderFacts satisfiedFacts(OrderStatus from, std::optional<OrderStatus> disputedFrom)
{
    OrderFacts facts;
    facts.status = from;
    facts.holderOperatorId = kHolder;
    facts.customerId = kCustomer;
    facts.finalRateSet = true;
    facts.disputedFrom = disputedFrom;
    facts.verifyChecklistComplete = true;
    facts.payoutChecklistComplete = true;
    facts.needsApproval = true;
    facts.hasValidApproval = true;
    facts.hasProof = true;
    facts.rateDeviationAboveLimit = true;
    facts.depositWalletAvailable = true;
    return facts;
}

TransitionRequest satisfiedRequest(OrderStatus to)
{
    return TransitionRequest{to, "customer asked by phone", true};
}

// The design rows matching (from, to) for an order whose dispute origin is `disputedFrom`.
std::vector<const ExpectedRow *> rowsFor(const char *from, const char *to, const char *disputedFrom)
{
    std::vector<const ExpectedRow *> rows;
    for (const ExpectedRow &row : kDesignTable) {
        if (std::string(row.from) != from)
            continue;
        const bool previous = std::string(row.to) == "PREVIOUS";
        if ((previous && disputedFrom && std::string(disputedFrom) == to) || (!previous && std::string(row.to) == to))
            rows.push_back(&row);
    }
    return rows;
}

// A single requirement broken, everything else satisfied.
struct Violation {
    const char *name; // the `needs` word it breaks
    ErrorCode code;
    std::function<void(OrderFacts &, TransitionRequest &)> apply;
};

std::vector<Violation> violations()
{
    return {
        {"final_rate", ErrorCode::FinalRateRequired,
         [](OrderFacts &f, TransitionRequest &) { f.finalRateSet = false; }},
        {"reason", ErrorCode::ReasonRequired, [](OrderFacts &, TransitionRequest &r) { r.reason = " \t\n"; }},
        {"wallet", ErrorCode::WalletRequired,
         [](OrderFacts &f, TransitionRequest &) { f.depositWalletAvailable = false; }},
        {"proof", ErrorCode::ProofRequired, [](OrderFacts &f, TransitionRequest &) { f.hasProof = false; }},
        {"verify_checklist", ErrorCode::ChecklistIncomplete,
         [](OrderFacts &f, TransitionRequest &) { f.verifyChecklistComplete = false; }},
        {"payout_checklist", ErrorCode::ChecklistIncomplete,
         [](OrderFacts &f, TransitionRequest &) { f.payoutChecklistComplete = false; }},
        {"approval_if_above_threshold", ErrorCode::ApprovalRequired,
         [](OrderFacts &f, TransitionRequest &) { f.hasValidApproval = false; }},
        {"payout_reference", ErrorCode::PayoutReferenceRequired,
         [](OrderFacts &, TransitionRequest &r) { r.hasPayoutReference = false; }},
        {"rate_within_hard_limit", ErrorCode::RateDeviationTooHigh,
         [](OrderFacts &f, TransitionRequest &) { f.rateDeviationAboveHardLimit = true; }},
        {"not_held", ErrorCode::RiskHold, [](OrderFacts &f, TransitionRequest &) { f.held = true; }},
        {"rate_agreed", ErrorCode::RequotePending,
         [](OrderFacts &f, TransitionRequest &) { f.rateAgreementPending = true; }},
    };
}

bool needs(const ExpectedRow &row, const std::string &requirement)
{
    const auto set = words(row.needs);
    if (requirement == "reason")
        return set.contains("reason") || set.contains("reason_if_deviation");
    return set.contains(requirement);
}

QByteArray describe(const char *from, const char *to, const ActorCase &actor, const char *disputedFrom)
{
    return QByteArray(from) + " -> " + to + " by " + actor.name +
           (disputedFrom ? QByteArray(" (from ") + disputedFrom + ")" : QByteArray());
}

struct SweepPoint {
    const char *from;
    const char *disputedFrom;
};

std::vector<SweepPoint> sweepPoints()
{
    std::vector<SweepPoint> points;
    for (OrderStatus from : kAllOrderStatuses) {
        const char *name = toString(from).data();
        if (from == OrderStatus::Dispute) {
            for (const char *origin : kDisputable)
                points.push_back({name, origin});
        } else {
            points.push_back({name, nullptr});
        }
    }
    return points;
}

std::optional<OrderStatus> optionalStatus(const char *name)
{
    return name ? std::optional<OrderStatus>(status(name)) : std::nullopt;
}

} // namespace

class TestStateMachine final : public QObject {
    Q_OBJECT

private slots:
    void statusNames();
    void errorCodeNames();
    void everyEdgeAndActorAgainstDesign();
    void everyRequirementAgainstDesign();
    void conditionalRequirementsLapse();
    void allowedTransitionsMatchDesign();
    void allowedTransitionsReportUnmet();
    void productionTableHasNoExtraRows();
    void happyPath();
    void disputeGoesBackToOrigin();
    void disputeWithoutValidOrigin();
    void requirementOrder();
    void noHolderMeansNobodyHolds();
    void proofAttachByHolderOrSeniorWithReason();
    void requoteByHolderOrSeniorWhileDue();
};

void TestStateMachine::statusNames()
{
    for (OrderStatus value : kAllOrderStatuses) {
        const auto name = toString(value);
        QVERIFY(!name.empty());
        QCOMPARE(parseOrderStatus(name), std::optional<OrderStatus>(value));
    }
    QCOMPARE(toString(OrderStatus::AwaitingCrypto), std::string_view("AWAITING_CRYPTO"));
    QCOMPARE(toString(OrderStatus::OperatorVerifyProof), std::string_view("OPERATOR_VERIFY_PROOF"));
    QVERIFY(!parseOrderStatus("new"));
    QVERIFY(!parseOrderStatus(""));
    QVERIFY(isTerminal(OrderStatus::Completed));
    QVERIFY(isTerminal(OrderStatus::Cancelled));
    QVERIFY(!isTerminal(OrderStatus::Dispute));
    QVERIFY(!isTerminal(OrderStatus::PaidOut));
    QCOMPARE(parseDirection("sell"), std::optional<Direction>(Direction::Sell));
    QCOMPARE(parseDirection("buy"), std::optional<Direction>(Direction::Buy));
    QCOMPARE(toString(Direction::Buy), std::string_view("buy"));
    QVERIFY(!parseDirection("SELL"));
    for (Role role : {Role::Operator, Role::Senior, Role::Admin})
        QCOMPARE(parseRole(toString(role)), std::optional<Role>(role));
    QVERIFY(!parseRole("root"));
}

void TestStateMachine::errorCodeNames()
{
    const std::map<ErrorCode, std::string> expected = {
        {ErrorCode::InvalidTransition, "invalid_transition"},
        {ErrorCode::Forbidden, "forbidden"},
        {ErrorCode::ReasonRequired, "reason_required"},
        {ErrorCode::ApprovalRequired, "approval_required"},
        {ErrorCode::ChecklistIncomplete, "checklist_incomplete"},
        {ErrorCode::ProofRequired, "proof_required"},
        {ErrorCode::FinalRateRequired, "final_rate_required"},
        {ErrorCode::PayoutReferenceRequired, "payout_reference_required"},
        {ErrorCode::WalletRequired, "wallet_required"},
        {ErrorCode::InvalidAmount, "invalid_amount"},
        {ErrorCode::NegativeAmount, "negative_amount"},
        {ErrorCode::Overflow, "overflow"},
        {ErrorCode::ScaleExceeded, "scale_exceeded"},
        {ErrorCode::InvalidFormat, "invalid_format"},
        {ErrorCode::UnknownAsset, "unknown_asset"},
        {ErrorCode::UnknownFiat, "unknown_fiat"},
        {ErrorCode::RateStale, "rate_stale"},
        {ErrorCode::RateDeviationTooHigh, "rate_deviation_too_high"},
        {ErrorCode::LimitExceeded, "limit_exceeded"},
        {ErrorCode::RiskHold, "risk_hold"},
        {ErrorCode::RequotePending, "requote_pending"},
    };
    for (const auto &[code, name] : expected)
        QCOMPARE(std::string(toString(code)), name);
}

void TestStateMachine::everyEdgeAndActorAgainstDesign()
{
    int checked = 0;
    for (const SweepPoint &point : sweepPoints()) {
        for (OrderStatus toStatus : kAllOrderStatuses) {
            const char *to = toString(toStatus).data();
            const auto rows = rowsFor(point.from, to, point.disputedFrom);
            for (const ActorCase &actor : actorCases()) {
                const bool admitted = std::any_of(rows.begin(), rows.end(), [&](const ExpectedRow *row) {
                    return actor.satisfies.contains(row->by);
                });
                const OrderFacts facts = satisfiedFacts(status(point.from), optionalStatus(point.disputedFrom));
                const Status result = checkTransition(facts, actor.actor, satisfiedRequest(toStatus));
                const QByteArray what = describe(point.from, to, actor, point.disputedFrom);
                if (rows.empty()) {
                    QVERIFY2(!result.ok(), what);
                    QVERIFY2(result.error().code == ErrorCode::InvalidTransition, what);
                } else if (!admitted) {
                    QVERIFY2(!result.ok(), what);
                    QVERIFY2(result.error().code == ErrorCode::Forbidden, what);
                } else {
                    QVERIFY2(result.ok(),
                             QByteArray(what + ": " + (result.ok() ? "" : result.error().message.c_str())));
                    QVERIFY2(actionFor(facts, toStatus).has_value(), what);
                }
                ++checked;
            }
        }
    }
    // 10 plain statuses + 7 dispute origins, × 11 targets × 12 actors.
    QCOMPARE(checked, 17 * 11 * 12);
}

void TestStateMachine::everyRequirementAgainstDesign()
{
    for (const Violation &violation : violations()) {
        for (const SweepPoint &point : sweepPoints()) {
            for (OrderStatus toStatus : kAllOrderStatuses) {
                const char *to = toString(toStatus).data();
                const auto rows = rowsFor(point.from, to, point.disputedFrom);
                for (const ActorCase &actor : actorCases()) {
                    std::vector<const ExpectedRow *> admitted;
                    for (const ExpectedRow *row : rows) {
                        if (actor.satisfies.contains(row->by))
                            admitted.push_back(row);
                    }
                    OrderFacts facts = satisfiedFacts(status(point.from), optionalStatus(point.disputedFrom));
                    TransitionRequest request = satisfiedRequest(toStatus);
                    violation.apply(facts, request);
                    const Status result = checkTransition(facts, actor.actor, request);
                    const QByteArray what =
                        describe(point.from, to, actor, point.disputedFrom) + " without " + violation.name;
                    if (rows.empty()) {
                        QVERIFY2(!result.ok() && result.error().code == ErrorCode::InvalidTransition, what);
                    } else if (admitted.empty()) {
                        QVERIFY2(!result.ok() && result.error().code == ErrorCode::Forbidden, what);
                    } else {
                        // Blocked only if every row that admits the actor needs what is missing.
                        const bool blocked = std::all_of(admitted.begin(), admitted.end(), [&](const ExpectedRow *row) {
                            return needs(*row, violation.name);
                        });
                        if (blocked) {
                            QVERIFY2(!result.ok(), what);
                            QVERIFY2(result.error().code == violation.code,
                                     QByteArray(what + ": got " +
                                                QByteArray(std::string(toString(result.error().code)).c_str())));
                            QVERIFY2(!result.error().message.empty(), what);
                        } else {
                            QVERIFY2(result.ok(),
                                     QByteArray(what + ": " + (result.ok() ? "" : result.error().message.c_str())));
                        }
                    }
                }
            }
        }
    }
}

void TestStateMachine::conditionalRequirementsLapse()
{
    const Actor holder = Actor::operatorAccount(kHolder, {Role::Operator});
    // Take: no reason needed while the final rate is within the deviation limit.
    OrderFacts take = satisfiedFacts(OrderStatus::New, std::nullopt);
    take.rateDeviationAboveLimit = false;
    QVERIFY(checkTransition(take, holder, {OrderStatus::Assigned, "", false}).ok());
    take.rateDeviationAboveLimit = true;
    QCOMPARE_ENUM(checkTransition(take, holder, {OrderStatus::Assigned, "", false}).error().code,
                  ErrorCode::ReasonRequired);
    QVERIFY(checkTransition(take, holder, {OrderStatus::Assigned, "market moved", false}).ok());

    // Beyond the hard maximum: refused to an operator even with a reason; a senior may, with one.
    take.rateDeviationAboveHardLimit = true;
    QCOMPARE_ENUM(checkTransition(take, holder, {OrderStatus::Assigned, "market moved", false}).error().code,
                  ErrorCode::RateDeviationTooHigh);
    const Actor senior = Actor::operatorAccount(9, {Role::Operator, Role::Senior});
    QVERIFY(checkTransition(take, senior, {OrderStatus::Assigned, "customer agreed by phone", false}).ok());
    // The override needs its reason even if the caller forgot to flag the soft deviation.
    take.rateDeviationAboveLimit = false;
    QCOMPARE_ENUM(checkTransition(take, senior, {OrderStatus::Assigned, " ", false}).error().code,
                  ErrorCode::ReasonRequired);
    const auto seniorTake = allowedTransitions(take, senior);
    QCOMPARE(seniorTake.size(), std::size_t(2)); // take, cancel
    QCOMPARE(seniorTake.front().requirements,
             (std::vector<Requirement>{Requirement::FinalRate, Requirement::ReasonIfRateDeviates}));
    const auto operatorTake = allowedTransitions(take, holder);
    QCOMPARE(operatorTake.front().unmet, std::vector<Requirement>{Requirement::RateWithinHardLimit});

    // Await crypto waits while a risk flag holds the taken order.
    OrderFacts assigned = satisfiedFacts(OrderStatus::Assigned, std::nullopt);
    QVERIFY(checkTransition(assigned, holder, {OrderStatus::AwaitingCrypto, "", false}).ok());
    assigned.held = true;
    QCOMPARE_ENUM(checkTransition(assigned, holder, {OrderStatus::AwaitingCrypto, "", false}).error().code,
                  ErrorCode::RiskHold);

    // Start payout: no approval needed below the threshold.
    OrderFacts payout = satisfiedFacts(OrderStatus::PaymentVerified, std::nullopt);
    payout.needsApproval = false;
    payout.hasValidApproval = false;
    QVERIFY(checkTransition(payout, holder, {OrderStatus::ProcessingPayout, "", false}).ok());
    payout.needsApproval = true;
    QCOMPARE_ENUM(checkTransition(payout, holder, {OrderStatus::ProcessingPayout, "", false}).error().code,
                  ErrorCode::ApprovalRequired);
}

void TestStateMachine::allowedTransitionsMatchDesign()
{
    for (const SweepPoint &point : sweepPoints()) {
        const OrderFacts facts = satisfiedFacts(status(point.from), optionalStatus(point.disputedFrom));
        for (const ActorCase &actor : actorCases()) {
            std::set<std::string> expected;
            for (OrderStatus toStatus : kAllOrderStatuses) {
                const char *to = toString(toStatus).data();
                for (const ExpectedRow *row : rowsFor(point.from, to, point.disputedFrom)) {
                    if (actor.satisfies.contains(row->by))
                        expected.insert(to);
                }
            }
            std::set<std::string> actual;
            for (const AllowedTransition &allowed : allowedTransitions(facts, actor.actor)) {
                QVERIFY(actual.insert(std::string(toString(allowed.to))).second); // one entry per target
                QVERIFY(allowed.unmet.empty());
                QVERIFY(!allowed.action.empty());
            }
            QVERIFY2(actual == expected, describe(point.from, "*", actor, point.disputedFrom));
        }
    }
}

void TestStateMachine::allowedTransitionsReportUnmet()
{
    const Actor holder = Actor::operatorAccount(kHolder, {Role::Operator});
    OrderFacts facts = satisfiedFacts(OrderStatus::ProcessingPayout, std::nullopt);
    facts.payoutChecklistComplete = false;
    const auto allowed = allowedTransitions(facts, holder);
    const auto paid = std::find_if(allowed.begin(), allowed.end(),
                                   [](const AllowedTransition &t) { return t.to == OrderStatus::PaidOut; });
    QVERIFY(paid != allowed.end());
    QCOMPARE(paid->action, std::string_view("mark_paid"));
    // The reference is typed into the request, so it is a requirement but never "unmet" here.
    QCOMPARE(paid->requirements,
             (std::vector<Requirement>{Requirement::PayoutChecklist, Requirement::PayoutReference}));
    QCOMPARE(paid->unmet, std::vector<Requirement>{Requirement::PayoutChecklist});

    OrderFacts fresh = satisfiedFacts(OrderStatus::New, std::nullopt);
    fresh.finalRateSet = false;
    fresh.rateDeviationAboveLimit = false;
    const auto take = allowedTransitions(fresh, Actor::operatorAccount(8, {Role::Operator}));
    const auto assigned = std::find_if(take.begin(), take.end(),
                                       [](const AllowedTransition &t) { return t.to == OrderStatus::Assigned; });
    QVERIFY(assigned != take.end());
    QCOMPARE(assigned->action, std::string_view("take"));
    QCOMPARE(assigned->requirements, std::vector<Requirement>{Requirement::FinalRate});
    QCOMPARE(assigned->unmet, std::vector<Requirement>{Requirement::FinalRate});

    // A senior holder releasing matches both the holder and the senior row: listed once.
    const auto senior = allowedTransitions(satisfiedFacts(OrderStatus::Assigned, std::nullopt),
                                           Actor::operatorAccount(kHolder, {Role::Operator, Role::Senior}));
    QCOMPARE(std::count_if(senior.begin(), senior.end(),
                           [](const AllowedTransition &t) { return t.to == OrderStatus::New; }),
             1);

    // The order's customer sees their buttons; another customer sees none.
    const auto own =
        allowedTransitions(satisfiedFacts(OrderStatus::AwaitingCrypto, std::nullopt), Actor::customer(kCustomer));
    QCOMPARE(own.size(), std::size_t(3)); // mark sent, cancel, dispute
    QVERIFY(allowedTransitions(satisfiedFacts(OrderStatus::AwaitingCrypto, std::nullopt), Actor::customer(5)).empty());
    QVERIFY(allowedTransitions(satisfiedFacts(OrderStatus::Completed, std::nullopt), Actor::system()).empty());
}

void TestStateMachine::productionTableHasNoExtraRows()
{
    // Each production row must correspond to a design row with the same performer name.
    for (const TransitionRule &rule : transitionTable()) {
        const std::string from(toString(rule.from));
        const std::string to = rule.to ? std::string(toString(*rule.to)) : std::string("PREVIOUS");
        const std::string by(toString(rule.by));
        const bool found = std::any_of(std::begin(kDesignTable), std::end(kDesignTable), [&](const ExpectedRow &row) {
            return row.from == from && row.to == to && row.by == by;
        });
        QVERIFY2(found, (from + " -> " + to + " by " + by).c_str());
        QVERIFY(!rule.action.empty());
        QVERIFY(std::all_of(rule.action.begin(), rule.action.end(),
                            [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; }));
    }
    QCOMPARE(transitionTable().size(), std::size(kDesignTable));
}

void TestStateMachine::happyPath()
{
    const Actor holder = Actor::operatorAccount(kHolder, {Role::Operator});
    const Actor customer = Actor::customer(kCustomer);
    const Actor system = Actor::system();
    OrderFacts facts;
    facts.customerId = kCustomer;

    const auto step = [&](const Actor &actor, OrderStatus to, const char *action, TransitionRequest request) {
        request.to = to;
        const Status result = checkTransition(facts, actor, request);
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
        QCOMPARE(actionFor(facts, to), std::optional<std::string_view>(action));
        facts.status = to;
    };

    facts.finalRateSet = true;
    step(holder, OrderStatus::Assigned, "take", {});
    facts.holderOperatorId = kHolder;
    facts.depositWalletAvailable = true;
    step(holder, OrderStatus::AwaitingCrypto, "await_crypto", {});
    step(customer, OrderStatus::UserMarkedSent, "mark_sent", {});
    facts.hasProof = true;
    step(system, OrderStatus::OperatorVerifyProof, "attach_proof", {});
    facts.verifyChecklistComplete = true;
    step(holder, OrderStatus::PaymentVerified, "verify", {});
    facts.needsApproval = true;
    facts.hasValidApproval = true;
    step(holder, OrderStatus::ProcessingPayout, "start_payout", {});
    facts.payoutChecklistComplete = true;
    step(holder, OrderStatus::PaidOut, "mark_paid", {OrderStatus::PaidOut, "", true});
    step(customer, OrderStatus::Completed, "complete", {});
    QVERIFY(allowedTransitions(facts, holder).empty());
}

void TestStateMachine::disputeGoesBackToOrigin()
{
    const Actor senior = Actor::operatorAccount(9, {Role::Operator, Role::Senior});
    OrderFacts facts = satisfiedFacts(OrderStatus::Dispute, OrderStatus::ProcessingPayout);
    QVERIFY(checkTransition(facts, senior, {OrderStatus::ProcessingPayout, "payout confirmed by bank", false}).ok());
    QCOMPARE_ENUM(checkTransition(facts, senior, {OrderStatus::PaidOut, "x", false}).error().code,
                  ErrorCode::InvalidTransition);
    QCOMPARE_ENUM(checkTransition(facts, senior, {OrderStatus::ProcessingPayout, "", false}).error().code,
                  ErrorCode::ReasonRequired);
    QCOMPARE(actionFor(facts, OrderStatus::ProcessingPayout), std::optional<std::string_view>("resolve_dispute"));
    const auto allowed = allowedTransitions(facts, senior);
    QCOMPARE(allowed.size(), std::size_t(3));
}

void TestStateMachine::disputeWithoutValidOrigin()
{
    const Actor senior = Actor::operatorAccount(9, {Role::Senior});
    // No recorded origin, or an origin a dispute cannot come from: only CANCELLED / COMPLETED.
    for (std::optional<OrderStatus> origin :
         {std::optional<OrderStatus>(), std::optional(OrderStatus::New), std::optional(OrderStatus::Dispute)}) {
        OrderFacts facts = satisfiedFacts(OrderStatus::Dispute, origin);
        QCOMPARE_ENUM(checkTransition(facts, senior, {OrderStatus::New, "r", false}).error().code,
                      ErrorCode::InvalidTransition);
        QCOMPARE_ENUM(checkTransition(facts, senior, {OrderStatus::Dispute, "r", false}).error().code,
                      ErrorCode::InvalidTransition);
        QVERIFY(checkTransition(facts, senior, {OrderStatus::Cancelled, "r", false}).ok());
        QCOMPARE(allowedTransitions(facts, senior).size(), std::size_t(2));
    }
}

void TestStateMachine::requirementOrder()
{
    const Actor op = Actor::operatorAccount(8, {Role::Operator});
    // Everything missing: the rate is asked for before the reason.
    OrderFacts take;
    take.customerId = kCustomer;
    take.rateDeviationAboveLimit = true;
    QCOMPARE_ENUM(checkTransition(take, op, {OrderStatus::Assigned, "", false}).error().code,
                  ErrorCode::FinalRateRequired);
    // Payout: the checklist before the reference.
    OrderFacts paid;
    paid.status = OrderStatus::ProcessingPayout;
    paid.holderOperatorId = kHolder;
    const Actor holder = Actor::operatorAccount(kHolder, {Role::Operator});
    QCOMPARE_ENUM(checkTransition(paid, holder, {OrderStatus::PaidOut, "", false}).error().code,
                  ErrorCode::ChecklistIncomplete);
    paid.payoutChecklistComplete = true;
    QCOMPARE_ENUM(checkTransition(paid, holder, {OrderStatus::PaidOut, "", false}).error().code,
                  ErrorCode::PayoutReferenceRequired);
    // Permission is judged before requirements: a stranger learns nothing about the checklist.
    paid.payoutChecklistComplete = false;
    QCOMPARE_ENUM(checkTransition(paid, op, {OrderStatus::PaidOut, "", false}).error().code, ErrorCode::Forbidden);
}

void TestStateMachine::noHolderMeansNobodyHolds()
{
    OrderFacts facts = satisfiedFacts(OrderStatus::OperatorVerifyProof, std::nullopt);
    facts.holderOperatorId.reset();
    const Actor op = Actor::operatorAccount(0, {Role::Operator}); // id 0 must not match "no holder"
    QCOMPARE_ENUM(checkTransition(facts, op, {OrderStatus::PaymentVerified, "", false}).error().code,
                  ErrorCode::Forbidden);
}

void TestStateMachine::proofAttachByHolderOrSeniorWithReason()
{
    OrderFacts facts = satisfiedFacts(OrderStatus::UserMarkedSent, std::nullopt);
    const auto code = [&](const Actor &actor, const char *reason) {
        const Status result = checkProofAttach(facts, actor, reason);
        return result.ok() ? QByteArray("ok") : enumName(result.error().code);
    };
    for (const ActorCase &actor : actorCases()) {
        QByteArray expected = "forbidden";
        if (actor.satisfies.contains("holder") || actor.satisfies.contains("customer"))
            expected = "ok";
        else if (actor.satisfies.contains("senior"))
            expected = "reason_required";
        QVERIFY2(code(actor.actor, "") == expected, actor.name);
        QVERIFY2(code(actor.actor, " \t") == expected, actor.name);
        if (actor.satisfies.contains("senior"))
            expected = "ok";
        QVERIFY2(code(actor.actor, "holder on leave") == expected, actor.name);
    }
    // Without a holder nobody holds it: an operator is refused, a senior still needs the reason.
    facts.holderOperatorId.reset();
    QCOMPARE(code(Actor::operatorAccount(0, {Role::Operator}), "x"), QByteArray("forbidden"));
    QCOMPARE(code(Actor::operatorAccount(9, {Role::Senior}), ""), QByteArray("reason_required"));
}

void TestStateMachine::requoteByHolderOrSeniorWhileDue()
{
    const auto code = [](const OrderFacts &facts, const Actor &actor, const char *reason) {
        const Status result = checkRequote(facts, actor, reason);
        return result.ok() ? QByteArray("ok") : enumName(result.error().code);
    };
    for (const auto status :
         {OrderStatus::UserMarkedSent, OrderStatus::OperatorVerifyProof, OrderStatus::PaymentVerified}) {
        OrderFacts facts = satisfiedFacts(status, std::nullopt);
        facts.rateAgreementPending = true;
        for (const ActorCase &actor : actorCases()) {
            const bool may = actor.satisfies.contains("holder") || actor.satisfies.contains("senior");
            QVERIFY2(code(facts, actor.actor, "paid late") == (may ? "ok" : "forbidden"), actor.name);
            QVERIFY2(code(facts, actor.actor, " ") == (may ? "reason_required" : "forbidden"), actor.name);
        }
        // Nothing due: nobody re-quotes.
        facts.rateAgreementPending = false;
        QCOMPARE(code(facts, Actor::operatorAccount(kHolder, {Role::Operator}), "x"), QByteArray("invalid_transition"));
    }
    // Before the payment and once the payout started, a due agreement is not the desk's to re-quote.
    for (const auto status : {OrderStatus::AwaitingCrypto, OrderStatus::ProcessingPayout, OrderStatus::Dispute}) {
        OrderFacts facts = satisfiedFacts(
            status, status == OrderStatus::Dispute ? std::optional(OrderStatus::PaymentVerified) : std::nullopt);
        facts.rateAgreementPending = true;
        QCOMPARE(code(facts, Actor::operatorAccount(9, {Role::Senior}), "x"), QByteArray("invalid_transition"));
    }
}

QTEST_APPLESS_MAIN(TestStateMachine)
#include "tst_statemachine.moc"
