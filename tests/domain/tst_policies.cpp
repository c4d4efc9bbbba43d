#include "DomainTestSupport.h"

#include "p2pdesk/domain/ApprovalPolicy.h"
#include "p2pdesk/domain/Clock.h"
#include "p2pdesk/domain/OrderStateMachine.h"
#include "p2pdesk/domain/ProofImagePolicy.h"
#include "p2pdesk/domain/TimeoutPolicy.h"

#include <QObject>
#include <QTest>

#include <chrono>

using namespace p2pdesk::domain;
using domaintest::dec;
using namespace std::chrono_literals;

namespace {

ApprovalPolicy approvals()
{
    return ApprovalPolicy({{"RUB", dec("100000.00")}, {"USD", dec("1000.00")}});
}

const Clock::TimePoint kStart{1'700'000'000s};

} // namespace

class TestPolicies final : public QObject {
    Q_OBJECT

private slots:
    void approvalThreshold();
    void approverMustBeOtherSenior();
    void approvalBoundToVersion();
    void approvalFeedsStateMachine();
    void defaultDeadlines();
    void halfwayWarningWithClock();
    void customDeadlines();
    void timeoutTargetsAreSystemEdges();
    void clocks();
    void proofImageDimensions();
};

void TestPolicies::approvalThreshold()
{
    const ApprovalPolicy policy = approvals();
    QVERIFY(!policy.needsApproval("RUB", dec("99999.99")));
    QVERIFY(policy.needsApproval("RUB", dec("100000.00"))); // >= threshold
    QVERIFY(policy.needsApproval("RUB", dec("100000")));
    QVERIFY(policy.needsApproval("RUB", dec("250000.50")));
    QVERIFY(!policy.needsApproval("USD", dec("999.99")));
    QVERIFY(policy.needsApproval("USD", dec("1000.00")));
    // No threshold configured: fail safe.
    QVERIFY(policy.needsApproval("EUR", dec("0.01")));
    QVERIFY(ApprovalPolicy().needsApproval("RUB", dec("1.00")));
    QCOMPARE(policy.threshold("RUB"), std::optional<Decimal>(dec("100000.00")));
    QVERIFY(!policy.threshold("EUR"));
}

void TestPolicies::approverMustBeOtherSenior()
{
    const ApprovalPolicy policy = approvals();
    const OperatorId holder = 7;
    QVERIFY(policy.checkApprover(Actor::operatorAccount(9, {Role::Operator, Role::Senior}), holder).ok());
    QVERIFY(policy.checkApprover(Actor::operatorAccount(9, {Role::Senior}), holder).ok());
    QCOMPARE_ENUM(policy.checkApprover(Actor::operatorAccount(7, {Role::Operator, Role::Senior}), holder).error().code,
                  ErrorCode::Forbidden);
    QCOMPARE_ENUM(policy.checkApprover(Actor::operatorAccount(9, {Role::Operator}), holder).error().code,
                  ErrorCode::Forbidden);
    QCOMPARE_ENUM(policy.checkApprover(Actor::operatorAccount(9, {Role::Admin}), holder).error().code,
                  ErrorCode::Forbidden);
    QCOMPARE_ENUM(policy.checkApprover(Actor::customer(9), holder).error().code, ErrorCode::Forbidden);
    QCOMPARE_ENUM(policy.checkApprover(Actor::system(), holder).error().code, ErrorCode::Forbidden);
}

void TestPolicies::approvalBoundToVersion()
{
    const ApprovalPolicy policy = approvals();
    const Approval approval{9, {Role::Senior}, 12};
    QVERIFY(policy.approvalValid(approval, OperatorId{7}, 12));
    QVERIFY(!policy.approvalValid(approval, OperatorId{7}, 13)); // the order changed since
    QVERIFY(!policy.approvalValid(approval, OperatorId{7}, 11));
    QVERIFY(!policy.approvalValid(approval, OperatorId{9}, 12)); // the approver now holds the order
    QVERIFY(!policy.approvalValid(Approval{9, {Role::Operator}, 12}, OperatorId{7}, 12)); // senior role revoked
}

void TestPolicies::approvalFeedsStateMachine()
{
    // The intended composition: policy figures go into OrderFacts, the state machine decides.
    const ApprovalPolicy policy = approvals();
    const Actor holder = Actor::operatorAccount(7, {Role::Operator});
    OrderFacts facts;
    facts.status = OrderStatus::PaymentVerified;
    facts.holderOperatorId = 7;
    facts.needsApproval = policy.needsApproval("RUB", dec("120000.00"));
    facts.hasValidApproval = policy.approvalValid(Approval{9, {Role::Senior}, 4}, facts.holderOperatorId, 5);
    QCOMPARE_ENUM(checkTransition(facts, holder, {OrderStatus::ProcessingPayout, "", false}).error().code,
                  ErrorCode::ApprovalRequired);
    facts.hasValidApproval = policy.approvalValid(Approval{9, {Role::Senior}, 5}, facts.holderOperatorId, 5);
    QVERIFY(checkTransition(facts, holder, {OrderStatus::ProcessingPayout, "", false}).ok());
}

void TestPolicies::defaultDeadlines()
{
    const TimeoutPolicy policy;
    const struct {
        OrderStatus status;
        std::chrono::seconds duration;
        std::optional<OrderStatus> onExpiry;
    } expected[] = {
        {OrderStatus::New, 60min, OrderStatus::Cancelled},
        {OrderStatus::Assigned, 30min, OrderStatus::Cancelled},
        {OrderStatus::AwaitingCrypto, 60min, OrderStatus::Cancelled},
        {OrderStatus::UserMarkedSent, 2h, OrderStatus::Cancelled},
        {OrderStatus::OperatorVerifyProof, 30min, std::nullopt},
        {OrderStatus::ProcessingPayout, 60min, std::nullopt},
        {OrderStatus::PaidOut, 24h, OrderStatus::Completed},
    };
    for (const auto &row : expected) {
        const auto deadline = policy.deadlineFor(row.status, kStart);
        QVERIFY(deadline);
        QVERIFY(deadline->status == row.status);
        QVERIFY(deadline->expiresAt == kStart + row.duration);
        QVERIFY(deadline->warnAt == kStart + row.duration / 2);
        QVERIFY(deadline->onExpiry == row.onExpiry);
    }
    for (OrderStatus none :
         {OrderStatus::PaymentVerified, OrderStatus::Completed, OrderStatus::Cancelled, OrderStatus::Dispute})
        QVERIFY(!policy.deadlineFor(none, kStart));
}

void TestPolicies::halfwayWarningWithClock()
{
    FixedClock clock(kStart);
    const auto deadline = *TimeoutPolicy().deadlineFor(OrderStatus::Assigned, clock.now());
    QVERIFY(TimeoutPolicy::state(deadline, clock) == DeadlineState::Running);
    clock.advance(15min - 1s);
    QVERIFY(TimeoutPolicy::state(deadline, clock) == DeadlineState::Running);
    clock.advance(1s);
    QVERIFY(TimeoutPolicy::state(deadline, clock) == DeadlineState::Warning);
    clock.advance(15min - 1s);
    QVERIFY(TimeoutPolicy::state(deadline, clock) == DeadlineState::Warning);
    clock.advance(1s);
    QVERIFY(TimeoutPolicy::state(deadline, clock) == DeadlineState::Expired);
    clock.set(kStart + 48h);
    QVERIFY(TimeoutPolicy::stateAt(deadline, clock.now()) == DeadlineState::Expired);
}

void TestPolicies::customDeadlines()
{
    TimeoutConfig config;
    config.durations[OrderStatus::AwaitingCrypto] = 90min;
    const auto policy = TimeoutPolicy::create(config);
    QVERIFY(policy.ok());
    QVERIFY(policy->deadlineFor(OrderStatus::AwaitingCrypto, kStart)->expiresAt == kStart + 90min);
    QVERIFY(policy->deadlineFor(OrderStatus::AwaitingCrypto, kStart)->warnAt == kStart + 45min);
    QVERIFY(!policy->deadlineFor(OrderStatus::Assigned, kStart)); // not configured: no deadline

    config.durations[OrderStatus::Assigned] = 0s;
    QCOMPARE_ENUM(TimeoutPolicy::create(config).error().code, ErrorCode::InvalidAmount);
    config.durations[OrderStatus::Assigned] = -5s;
    QCOMPARE_ENUM(TimeoutPolicy::create(config).error().code, ErrorCode::InvalidAmount);
    // A deadline on a terminal status is meaningless and ignored.
    TimeoutConfig terminal;
    terminal.durations[OrderStatus::Completed] = 1h;
    QVERIFY(!TimeoutPolicy::create(terminal)->deadlineFor(OrderStatus::Completed, kStart));
}

void TestPolicies::timeoutTargetsAreSystemEdges()
{
    // Every automatic transition the policy can ask for must be one the state machine lets the
    // system perform; and no other status has one.
    int targets = 0;
    for (OrderStatus status : kAllOrderStatuses) {
        const auto target = TimeoutPolicy::timeoutTarget(status);
        if (!target)
            continue;
        ++targets;
        OrderFacts facts;
        facts.status = status;
        facts.holderOperatorId = 7;
        const Status allowed = checkTransition(facts, Actor::system(), {*target, "", false});
        QVERIFY2(allowed.ok(), toString(status).data());
    }
    QCOMPARE(targets, 5);
    QVERIFY(!TimeoutPolicy::timeoutTarget(OrderStatus::OperatorVerifyProof));
    QVERIFY(TimeoutPolicy::timeoutTarget(OrderStatus::PaidOut) == OrderStatus::Completed);
}

void TestPolicies::clocks()
{
    const SystemClock system;
    const auto before = std::chrono::system_clock::now();
    const auto now = system.now();
    QVERIFY(now >= before);
    FixedClock fixed(kStart);
    const Clock &asClock = fixed;
    QVERIFY(asClock.now() == kStart);
    fixed.advance(1h);
    QVERIFY(asClock.now() == kStart + 1h);
}

void TestPolicies::proofImageDimensions()
{
    using namespace p2pdesk::domain;
    const auto limits = ImageLimits::defaults();
    QVERIFY(checkImageDimensions(1440, 3200, limits).ok());
    // Both limits are inclusive.
    QVERIFY(checkImageDimensions(limits.maxSide, 1, limits).ok());
    QVERIFY(checkImageDimensions(10000, 5000, limits).ok());
    QCOMPARE_ENUM(checkImageDimensions(limits.maxSide + 1, 1, limits).error().code, ErrorCode::LimitExceeded);
    QCOMPARE_ENUM(checkImageDimensions(1, limits.maxSide + 1, limits).error().code, ErrorCode::LimitExceeded);
    QCOMPARE_ENUM(checkImageDimensions(10000, 5001, limits).error().code, ErrorCode::LimitExceeded);
    QCOMPARE_ENUM(checkImageDimensions(0, 10, limits).error().code, ErrorCode::InvalidFormat);
    QCOMPARE_ENUM(checkImageDimensions(10, 0, limits).error().code, ErrorCode::InvalidFormat);
    // The largest sides any header can hold do not overflow the pixel count.
    const ImageLimits wide{0xFFFFFFFFU, 0xFFFFFFFFULL * 0xFFFFFFFFULL};
    QVERIFY(checkImageDimensions(0xFFFFFFFFU, 0xFFFFFFFFU, wide).ok());
    QCOMPARE_ENUM(checkImageDimensions(0xFFFFFFFFU, 0xFFFFFFFFU, {0xFFFFFFFFU, 1}).error().code,
                  ErrorCode::LimitExceeded);
    // The message names the size and the limit, for the uploader.
    const auto refused = checkImageDimensions(20000, 20000, limits);
    QVERIFY(QString::fromStdString(refused.error().message).contains(QStringLiteral("20000 x 20000")));
    QVERIFY(QString::fromStdString(refused.error().message).contains(QString::number(limits.maxSide)));
}

QTEST_APPLESS_MAIN(TestPolicies)
#include "tst_policies.moc"
