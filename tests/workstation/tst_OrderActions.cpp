#include "FakeOrderBackend.h"
#include "Orders.h"
#include "core/ApiReply.h"
#include "core/OrderActions.h"

#include "p2pdesk/proto/Changes.h"
#include "p2pdesk/proto/Decoded.h"

#include <QSignalSpy>
#include <QTest>

using namespace p2pdesk;
using namespace p2pdesk::workstation;
using namespace p2pdesk::workstation::test;

Q_DECLARE_METATYPE(p2pdesk::domain::OrderStatus)

namespace {

using S = domain::OrderStatus;
using A = OrderAction;

const proto::OperatorRef kAlice{7, "alice"}; // operator
const proto::OperatorRef kBob{8, "bob"};     // operator
const proto::OperatorRef kCarol{9, "carol"}; // senior

proto::OperatorInfo info(const proto::OperatorRef &who, std::vector<domain::Role> roles)
{
    return proto::OperatorInfo{who.id, who.username, std::move(roles)};
}

QStringList enabledNames(const OrderActions &actions)
{
    QStringList names;
    for (const OrderActionState &state : actions.actionStates()) {
        if (state.enabled())
            names << OrderActions::actionName(state.action);
    }
    names.sort();
    return names;
}

QStringList names(std::initializer_list<A> list)
{
    QStringList result;
    for (A action : list)
        result << OrderActions::actionName(action);
    result.sort();
    return result;
}

QString kindOf(std::string_view kind)
{
    return QString::fromLatin1(kind.data(), static_cast<qsizetype>(kind.size()));
}

template<typename T> T decodeBody(const QByteArray &bytes)
{
    auto decoded = proto::parse<T>(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    if (!decoded)
        qFatal("request body does not decode: %s", bytes.constData());
    return std::move(decoded).value();
}

} // namespace

// The card's service: which actions libs/domain allows this operator now (the same table syncd
// enforces), and the calls it makes for them against a fake syncd.
class TestOrderActions : public QObject {
    Q_OBJECT

private slots:
    void enabledActionsFollowTheDomain_data();
    void enabledActionsFollowTheDomain();
    void verifyWaitsForTheWholeChecklist();
    void heldOrderWaitsBeforeTheDepositAddress();
    void payoutWaitsForAnApprovalOfThisVersion();
    void approvingOwnHeldOrderIsNotOffered();
    void disputeResolutionOffersTheOrigin();
    void takePostsRateReasonAndVersion();
    void transitionCarriesReasonAndPayoutReference();
    void conflictRequestsARefreshAndReloads();
    void serverErrorsAreInPlainWords();
    void customerHistoryExcludesThisOrder();
    void settingsAreUsedWhenReadable();
    void approvalEventRefreshesTheOpenOrder();
    void ownVersionEchoDoesNotReload_data();
    void ownVersionEchoDoesNotReload();
    void eventDuringALoadReReadsAfterIt();
};

void TestOrderActions::enabledActionsFollowTheDomain_data()
{
    QTest::addColumn<S>("status");
    QTest::addColumn<int>("holder"); // 0 none, else operator id
    QTest::addColumn<int>("me");     // 7 alice (operator), 8 bob (operator), 9 carol (senior)
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("new, anyone may take or cancel") << S::New << 0 << 8 << names({A::Take, A::Cancel});
    QTest::newRow("assigned, holder") << S::Assigned << 7 << 7
                                      << names({A::Release, A::AwaitCrypto, A::Cancel, A::Dispute});
    // A taken order is cancelled by its holder or a senior, never by another operator.
    QTest::newRow("assigned, other operator") << S::Assigned << 7 << 8 << names({A::Dispute});
    QTest::newRow("assigned, senior may release")
        << S::Assigned << 7 << 9 << names({A::Release, A::Cancel, A::Dispute});
    QTest::newRow("awaiting crypto, holder")
        << S::AwaitingCrypto << 7 << 7 << names({A::MarkSent, A::Cancel, A::Dispute});
    // The verify checklist is not ticked yet: verify stays blocked.
    QTest::newRow("verify proof, holder")
        << S::OperatorVerifyProof << 7 << 7 << names({A::RejectProof, A::Cancel, A::Dispute});
    QTest::newRow("verify proof, other") << S::OperatorVerifyProof << 7 << 8 << names({A::RejectProof, A::Dispute});
    QTest::newRow("verify proof, other senior")
        << S::OperatorVerifyProof << 7 << 9 << names({A::RejectProof, A::Cancel, A::Dispute});
    QTest::newRow("payment verified, holder") << S::PaymentVerified << 7 << 7 << names({A::StartPayout, A::Dispute});
    QTest::newRow("payment verified, other operator") << S::PaymentVerified << 7 << 8 << names({A::Dispute});
    QTest::newRow("payment verified, other senior")
        << S::PaymentVerified << 7 << 9 << names({A::Dispute, A::Approve, A::RejectApproval});
    // The payout checklist is not ticked yet: mark paid stays blocked.
    QTest::newRow("processing payout, holder") << S::ProcessingPayout << 7 << 7 << names({A::Dispute});
    QTest::newRow("paid out, anyone completes") << S::PaidOut << 7 << 8 << names({A::Complete, A::Dispute});
    QTest::newRow("completed: nothing") << S::Completed << 7 << 7 << QStringList();
    QTest::newRow("dispute, operator: nothing") << S::Dispute << 7 << 7 << QStringList();
    QTest::newRow("dispute, senior resolves")
        << S::Dispute << 7 << 9 << names({A::ResolveBack, A::ResolveComplete, A::ResolveCancel});
}

void TestOrderActions::enabledActionsFollowTheDomain()
{
    QFETCH(S, status);
    QFETCH(int, holder);
    QFETCH(int, me);
    QFETCH(QStringList, expected);
    const proto::OperatorRef &who = me == 7 ? kAlice : me == 8 ? kBob : kCarol;
    const proto::OperatorRef &holderRef = holder == 7 ? kAlice : holder == 8 ? kBob : kCarol;

    OrderActions actions(nullptr);
    actions.setOperator(info(who, {me == 9 ? domain::Role::Senior : domain::Role::Operator}));
    actions.setDetail(makeDetail(1, status, holder ? std::optional(holderRef) : std::nullopt));
    QCOMPARE(enabledNames(actions), expected);
}

void TestOrderActions::verifyWaitsForTheWholeChecklist()
{
    OrderActions actions(nullptr);
    actions.setOperator(info(kAlice, {domain::Role::Operator}));
    proto::OrderDetail detail = makeDetail(1, S::OperatorVerifyProof, kAlice);
    detail.checklist.verify[0].done = true;
    actions.setDetail(detail);
    OrderActionState verify = actions.state(A::Verify);
    QVERIFY(verify.offered);
    QVERIFY(verify.allowed);
    QVERIFY(!verify.enabled());
    QCOMPARE(verify.unmet, QStringList{OrderActions::requirementText(domain::Requirement::VerifyChecklist)});
    QVERIFY(!actions.nextStep().has_value());

    detail.checklist.verify[1].done = true;
    actions.setDetail(detail);
    QVERIFY(actions.state(A::Verify).enabled());
    QCOMPARE(actions.nextStep(), std::optional(A::Verify));
}

void TestOrderActions::heldOrderWaitsBeforeTheDepositAddress()
{
    // A risk flag raised at take (on the amount at the final rate) holds the taken order: the
    // holder sees why "send deposit address" is blocked instead of a refusal from syncd.
    OrderActions actions(nullptr);
    actions.setOperator(info(kAlice, {domain::Role::Operator}));
    proto::OrderDetail detail = makeDetail(1, S::Assigned, kAlice);
    proto::RiskFlag flag;
    flag.id = 1;
    flag.rule = "single_order_max";
    flag.severity = proto::RiskSeverity::Hold;
    detail.riskFlags.push_back(flag);
    actions.setDetail(detail);
    OrderActionState await = actions.state(A::AwaitCrypto);
    QVERIFY(await.allowed);
    QVERIFY(!await.enabled());
    QCOMPARE(await.unmet, QStringList{OrderActions::requirementText(domain::Requirement::NotHeld)});
    QVERIFY(actions.state(A::Release).enabled()); // the holder may still hand it back

    detail.riskFlags.front().clearedAt = proto::Timestamp{};
    actions.setDetail(detail);
    QVERIFY(actions.state(A::AwaitCrypto).enabled());
}

void TestOrderActions::payoutWaitsForAnApprovalOfThisVersion()
{
    OrderActions actions(nullptr);
    actions.setOperator(info(kAlice, {domain::Role::Operator}));
    proto::Settings settings;
    settings.approvalThresholds["RUB"] = domain::Decimal::parse("5000.00").value();
    settings.maxRateDeviationPercent = domain::Decimal::parse("2.5").value();
    actions.setSettings(settings);

    proto::OrderDetail detail = makeDetail(1, S::PaymentVerified, kAlice, "9050.00");
    actions.setDetail(detail);
    QCOMPARE(actions.needsApproval(), std::optional(true));
    QVERIFY(!actions.state(A::StartPayout).enabled());

    proto::Approval stale;
    stale.approver = kCarol;
    stale.decision = proto::ApprovalDecision::Approve;
    stale.orderVersion = detail.summary.version - 1;
    detail.approvals.push_back(stale);
    actions.setDetail(detail);
    QVERIFY2(!actions.state(A::StartPayout).enabled(), "an approval of an older version does not count");

    proto::Approval current = stale;
    current.orderVersion = detail.summary.version;
    current.at = stale.at + std::chrono::seconds(5);
    detail.approvals.push_back(current);
    actions.setDetail(detail);
    QVERIFY(actions.state(A::StartPayout).enabled());

    // Below the threshold no approval is needed at all.
    actions.setDetail(makeDetail(2, S::PaymentVerified, kAlice, "4999.99"));
    QCOMPARE(actions.needsApproval(), std::optional(false));
    QVERIFY(actions.state(A::StartPayout).enabled());
}

void TestOrderActions::approvingOwnHeldOrderIsNotOffered()
{
    OrderActions actions(nullptr);
    actions.setOperator(info(kCarol, {domain::Role::Senior}));
    actions.setDetail(makeDetail(1, S::PaymentVerified, kCarol));
    QVERIFY(actions.state(A::Approve).offered);
    QVERIFY(!actions.state(A::Approve).allowed);
    QVERIFY(!actions.state(A::RejectApproval).enabled());
    QVERIFY(actions.state(A::StartPayout).enabled()); // a senior holder still works the order
}

void TestOrderActions::disputeResolutionOffersTheOrigin()
{
    OrderActions actions(nullptr);
    actions.setOperator(info(kCarol, {domain::Role::Senior}));
    actions.setDetail(makeDetail(1, S::Dispute, kAlice));
    QCOMPARE(statusName(OrderActions::targetOf(A::ResolveBack, actions.detail())), statusName(S::Assigned));
    QVERIFY(actions.state(A::ResolveBack).needsReason);
}

void TestOrderActions::takePostsRateReasonAndVersion()
{
    OrderTestHarness h;
    QVERIFY(h.ok());
    h.backend.put(makeDetail(1, S::New, std::nullopt));
    OrderActions actions(h.api.get());
    actions.setOperator(info(kAlice, {domain::Role::Operator}));
    QSignalSpy changed(&actions, &OrderActions::orderChanged);
    actions.load(1);
    QTRY_VERIFY(actions.hasOrder());
    QVERIFY(actions.state(A::Take).needsRate);

    QSignalSpy succeeded(&actions, &OrderActions::actionSucceeded);
    actions.take(domain::Decimal::parse("93.10").value(), QStringLiteral("  regular customer  "));
    QTRY_COMPARE(succeeded.count(), 1);
    const auto posts = h.backend.postsTo(QStringLiteral("/take"));
    QCOMPARE(posts.size(), 1);
    QVERIFY(!posts[0].headers.value("idempotency-key").isEmpty());
    const auto take = decodeBody<proto::TakeRequest>(posts[0].body);
    QCOMPARE(QString::fromStdString(take.finalRate.toString()), QStringLiteral("93.10"));
    QCOMPARE(take.reason, std::optional<std::string>("regular customer"));
    QCOMPARE(take.version, std::optional<std::int64_t>(3));
    // The answer is the updated order: no extra GET needed.
    QCOMPARE(statusName(actions.detail().summary.status), statusName(S::Assigned));
    QCOMPARE(h.backend.getsOf(1), 1);
}

void TestOrderActions::transitionCarriesReasonAndPayoutReference()
{
    OrderTestHarness h;
    QVERIFY(h.ok());
    proto::OrderDetail detail = makeDetail(1, S::ProcessingPayout, kAlice);
    detail.checklist.payout[0].done = true;
    h.backend.put(detail);
    OrderActions actions(h.api.get());
    actions.setOperator(info(kAlice, {domain::Role::Operator}));
    actions.load(1);
    QTRY_VERIFY(actions.hasOrder());
    QVERIFY(actions.state(A::MarkPaid).needsPayoutReference);
    QVERIFY(actions.state(A::MarkPaid).enabled());

    QSignalSpy succeeded(&actions, &OrderActions::actionSucceeded);
    actions.perform(A::MarkPaid, {}, QStringLiteral("SBP-123456"));
    QTRY_COMPARE(succeeded.count(), 1);
    auto request = decodeBody<proto::TransitionRequest>(h.backend.postsTo(QStringLiteral("/transitions")).at(0).body);
    QCOMPARE(statusName(request.to), statusName(S::PaidOut));
    QCOMPARE(request.version, 3);
    QCOMPARE(request.payoutReference, std::optional<std::string>("SBP-123456"));
    QCOMPARE(actions.detail().payoutReference, std::optional<std::string>("SBP-123456"));

    actions.perform(A::Dispute, QStringLiteral("customer says short paid"));
    QTRY_COMPARE(succeeded.count(), 2);
    request = decodeBody<proto::TransitionRequest>(h.backend.postsTo(QStringLiteral("/transitions")).at(1).body);
    QCOMPARE(statusName(request.to), statusName(S::Dispute));
    QCOMPARE(request.version, 4);
    QCOMPARE(request.reason, std::optional<std::string>("customer says short paid"));
}

void TestOrderActions::conflictRequestsARefreshAndReloads()
{
    OrderTestHarness h;
    QVERIFY(h.ok());
    h.backend.put(makeDetail(1, S::Assigned, kAlice));
    OrderActions actions(h.api.get());
    actions.setOperator(info(kAlice, {domain::Role::Operator}));
    actions.load(1);
    QTRY_VERIFY(actions.hasOrder());
    h.backend.bumpVersion(1); // someone else changed it

    QSignalSpy refresh(&actions, &OrderActions::refreshRequested);
    QSignalSpy failed(&actions, &OrderActions::failed);
    actions.perform(A::AwaitCrypto);
    QTRY_COMPARE(refresh.count(), 1);
    QCOMPARE(refresh.at(0).at(0).toLongLong(), 1);
    QVERIFY(!failed.at(0).at(1).toString().contains(QStringLiteral("version_conflict")));
    QCOMPARE(failed.at(0).at(2).value<ApiError>().code, QStringLiteral("version_conflict"));
    QTRY_COMPARE(h.backend.getsOf(1), 2);
    QTRY_COMPARE(actions.detail().summary.version, 4);
}

void TestOrderActions::serverErrorsAreInPlainWords()
{
    OrderTestHarness h;
    QVERIFY(h.ok());
    h.backend.put(makeDetail(1, S::Assigned, kAlice));
    OrderActions actions(h.api.get());
    actions.setOperator(info(kAlice, {domain::Role::Operator}));
    actions.load(1);
    QTRY_VERIFY(actions.hasOrder());
    h.backend.failNextPost(422, QStringLiteral("wallet_required"));
    QSignalSpy failed(&actions, &OrderActions::actionFailed);
    QSignalSpy text(&actions, &OrderActions::failed);
    actions.perform(A::AwaitCrypto);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<OrderAction>(), A::AwaitCrypto);
    // The sentence for the operator; the code travels with the error (for the tooltip and the log).
    QCOMPARE(text.at(0).at(1).toString(), QStringLiteral("No active hot wallet for this asset and network."));
    QCOMPARE(text.at(0).at(2).value<ApiError>().code, QStringLiteral("wallet_required"));
    QCOMPARE(statusName(actions.detail().summary.status), statusName(S::Assigned));
}

void TestOrderActions::customerHistoryExcludesThisOrder()
{
    OrderTestHarness h;
    QVERIFY(h.ok());
    proto::OrderDetail detail = makeDetail(1, S::Assigned, kAlice);
    h.backend.put(detail);
    proto::OrderSummary earlier = makeOrder(50, S::Completed, "1000.00");
    earlier.customer = detail.summary.customer;
    h.backend.putHistory(earlier);
    proto::OrderSummary stranger = makeOrder(51, S::Completed, "2000.00"); // another customer
    h.backend.putHistory(stranger);

    OrderActions actions(h.api.get());
    actions.setOperator(info(kAlice, {domain::Role::Operator}));
    QSignalSpy history(&actions, &OrderActions::customerHistoryChanged);
    actions.load(1);
    QTRY_COMPARE(history.count(), 1);
    QCOMPARE(actions.customerHistory().size(), std::size_t(1));
    QCOMPARE(actions.customerHistory()[0].id, 50);
    const auto lists = h.server.requestsTo(QStringLiteral("/api/v1/orders"));
    QCOMPARE(lists.size(), 1);
    QCOMPARE(lists[0].query.queryItemValue(QStringLiteral("customer")),
             QString::number(detail.summary.customer.telegramId));
}

void TestOrderActions::settingsAreUsedWhenReadable()
{
    OrderTestHarness h;
    QVERIFY(h.ok());
    OrderActions forbidden(h.api.get());
    QSignalSpy forbiddenLoaded(&forbidden, &OrderActions::referenceDataChanged);
    forbidden.loadReferenceData();
    QTRY_COMPARE(h.server.requestsTo(QStringLiteral("/api/v1/settings")).size(), 1);

    proto::Settings settings;
    settings.maxRateDeviationPercent = domain::Decimal::parse("2.5").value();
    h.backend.setSettings(settings);
    OrderActions admin(h.api.get());
    QSignalSpy loaded(&admin, &OrderActions::referenceDataChanged);
    admin.loadReferenceData();
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(QString::fromStdString(admin.maxRateDeviationPercent()->toString()), QStringLiteral("2.5"));
    // The non-admin's 403 was answered before: it left the limit unknown.
    QCOMPARE(forbiddenLoaded.count(), 0);
    QVERIFY(!forbidden.maxRateDeviationPercent().has_value());
}

void TestOrderActions::approvalEventRefreshesTheOpenOrder()
{
    OrderTestHarness h;
    QVERIFY(h.ok());
    proto::Settings settings;
    settings.approvalThresholds["RUB"] = domain::Decimal::parse("5000.00").value();
    settings.maxRateDeviationPercent = domain::Decimal::parse("2.5").value();
    h.backend.setSettings(settings);
    h.backend.put(makeDetail(1, S::PaymentVerified, kAlice, "9050.00"));
    OrderActions actions(h.api.get());
    actions.setOperator(info(kAlice, {domain::Role::Operator}));
    actions.loadReferenceData();
    actions.load(1);
    QTRY_VERIFY(actions.hasOrder() && actions.settings().has_value() && !actions.isBusy());
    QVERIFY(!actions.state(A::StartPayout).enabled());

    // Another senior approves elsewhere; the version does not move.
    const std::int64_t version = h.backend.order(1).summary.version;
    proto::Approval approval;
    approval.approver = kCarol;
    approval.decision = proto::ApprovalDecision::Approve;
    approval.orderVersion = version;
    approval.reason = "receipt checked";
    approval.id = 1;
    approval.at = timestampFromMsecs(1'700'000'500'000LL);
    h.backend.order(1).approvals.push_back(approval);

    const int gets = h.backend.getsOf(1);
    QVERIFY(!actions.state(A::StartPayout).enabled());

    // Events about other orders are not ours: no re-read starts.
    actions.onOrderEvent(2, kindOf(proto::change_kind::kApprovalAdded), version);
    QVERIFY(!actions.isBusy());

    // The feed's approval.added (same version) re-reads the order once and unblocks the payout.
    actions.onOrderEvent(1, kindOf(proto::change_kind::kApprovalAdded), version);
    QTRY_VERIFY(actions.state(A::StartPayout).enabled());
    QCOMPARE(h.backend.getsOf(1), gets + 1);
    QCOMPARE(actions.detail().approvals.size(), std::size_t(1));
}

void TestOrderActions::ownVersionEchoDoesNotReload_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("versionDelta"); // the event's version relative to the card's
    QTest::addColumn<bool>("reloads");
    QTest::newRow("transition echo") << kindOf(proto::change_kind::kOrderTransitioned) << 0 << false;
    QTest::newRow("checklist echo") << kindOf(proto::change_kind::kChecklistUpdated) << 0 << false;
    QTest::newRow("older transition") << kindOf(proto::change_kind::kOrderUpdated) << -1 << false;
    QTest::newRow("newer transition") << kindOf(proto::change_kind::kOrderTransitioned) << 1 << true;
    QTest::newRow("proof added") << kindOf(proto::change_kind::kProofAdded) << 0 << true;
    QTest::newRow("annotation added") << kindOf(proto::change_kind::kAnnotationAdded) << 0 << true;
    QTest::newRow("risk flag raised") << kindOf(proto::change_kind::kRiskFlagRaised) << 0 << true;
    QTest::newRow("unknown kind") << QStringLiteral("order.something_new") << 0 << true;
}

void TestOrderActions::ownVersionEchoDoesNotReload()
{
    QFETCH(QString, kind);
    QFETCH(int, versionDelta);
    QFETCH(bool, reloads);
    OrderTestHarness h;
    QVERIFY(h.ok());
    h.backend.put(makeDetail(1, S::OperatorVerifyProof, kAlice, "1000.00"));
    OrderActions actions(h.api.get());
    actions.setOperator(info(kAlice, {domain::Role::Operator}));
    actions.load(1);
    QTRY_VERIFY(actions.hasOrder() && !actions.isBusy());
    const int gets = h.backend.getsOf(1);
    QSignalSpy changed(&actions, &OrderActions::orderChanged);
    actions.onOrderEvent(1, kind, actions.detail().summary.version + versionDelta);
    QCOMPARE(actions.isBusy(), reloads); // a re-read starts at once or not at all
    if (reloads) {
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(h.backend.getsOf(1), gets + 1);
    } else {
        QVERIFY(!actions.isBusy());
        QCOMPARE(h.backend.getsOf(1), gets);
    }
}

void TestOrderActions::eventDuringALoadReReadsAfterIt()
{
    OrderTestHarness h;
    QVERIFY(h.ok());
    h.backend.put(makeDetail(1, S::OperatorVerifyProof, kAlice, "1000.00"));
    OrderActions actions(h.api.get());
    actions.setOperator(info(kAlice, {domain::Role::Operator}));
    actions.load(1);
    QVERIFY(actions.isBusy());
    // The first read may have been answered before this proof existed: read again after it.
    actions.onOrderEvent(1, kindOf(proto::change_kind::kProofAdded), std::nullopt);
    QTRY_VERIFY(actions.hasOrder() && !actions.isBusy());
    QTRY_COMPARE(h.backend.getsOf(1), 2);
    QTRY_VERIFY(!actions.isBusy());
    QCOMPARE(h.backend.getsOf(1), 2); // once, not in a loop
}

QTEST_GUILESS_MAIN(TestOrderActions)
#include "tst_OrderActions.moc"
