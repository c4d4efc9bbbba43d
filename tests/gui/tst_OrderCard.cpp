#include "FakeOrderBackend.h"
#include "Orders.h"
#include "Screenshot.h"
#include "app/LanguageSettings.h"
#include "core/OrderActions.h"
#include "models/OrderQueueModel.h"
#include "models/RiskFlagModel.h"
#include "ui/actions/PayoutReferenceDialog.h"
#include "ui/actions/ReasonDialog.h"
#include "ui/actions/RequoteDialog.h"
#include "ui/actions/TakeRateDialog.h"
#include "ui/approvals/ApprovalsInbox.h"
#include "ui/order/OrderCardWidget.h"

#include "p2pdesk/proto/Decoded.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrl>

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
const proto::OperatorRef kDave{10, "dave"};  // senior

const proto::OperatorRef &ref(int id)
{
    switch (id) {
    case 7:
        return kAlice;
    case 8:
        return kBob;
    case 9:
        return kCarol;
    default:
        return kDave;
    }
}

proto::OperatorInfo info(int id)
{
    return proto::OperatorInfo{id, ref(id).username, {id >= 9 ? domain::Role::Senior : domain::Role::Operator}};
}

template<typename T> T *child(QWidget *parent, const QString &name)
{
    auto *widget = parent->findChild<T *>(name);
    if (!widget)
        qFatal("no child %s", qPrintable(name));
    return widget;
}

// The button that performs `name` ("verify", …): the primary button when it is the card's next
// step, else its own button in the action bar or the danger zone.
QAbstractButton *button(OrderCardWidget *card, const char *name)
{
    if (const auto primary = card->primaryAction();
        primary && card->action(*primary)->objectName() == QLatin1String(name) + QStringLiteral("Action"))
        return child<QPushButton>(card, QStringLiteral("primaryButton"));
    return child<QToolButton>(card, QLatin1String(name) + QStringLiteral("Button"));
}

bool inActionBar(const QWidget *b)
{
    const QString panel = b->parentWidget()->objectName();
    return b->objectName().endsWith(QStringLiteral("Button")) && (panel == u"actionsPanel" || panel == u"dangerPanel");
}

// Names of the actions the card shows (`enabledOnly`: and enables), sorted; the primary button
// counts as its action.
QStringList actionButtons(OrderCardWidget *card, bool enabledOnly)
{
    QStringList names;
    for (QToolButton *b : card->findChildren<QToolButton *>()) {
        if (inActionBar(b) && !b->isHidden() && (!enabledOnly || b->isEnabled()))
            names << b->objectName().chopped(6);
    }
    if (const auto primary = card->primaryAction()) {
        if (!enabledOnly || child<QPushButton>(card, QStringLiteral("primaryButton"))->isEnabled())
            names << card->action(*primary)->objectName().chopped(6);
    }
    names.sort();
    return names;
}

QStringList enabledButtons(OrderCardWidget *card)
{
    return actionButtons(card, true);
}

// A re-quote due because the customer paid after the lock; the desk's rate now is `currentRate`.
proto::RateAgreementView lockExpired(const char *currentRate,
                                     proto::Timestamp lockedUntil = timestampFromMsecs(1'700'000'000'000LL))
{
    proto::RateAgreementView due;
    due.state = domain::RateAgreement::Due;
    due.reason = domain::RequoteReason::LockExpired;
    due.quoteLockedUntil = lockedUntil;
    due.currentRate = domain::Decimal::parse(currentRate).value();
    return due;
}

template<typename T> T decodeBody(const QByteArray &bytes)
{
    auto decoded = proto::parse<T>(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    if (!decoded)
        qFatal("request body does not decode: %s", bytes.constData());
    return std::move(decoded).value();
}

} // namespace

// The order card against a fake syncd: buttons exactly as libs/domain allows, checklist gating,
// reason / rate / reference dialogs, plain-word errors, 409 → refresh, and the keyboard.
class TestOrderCard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void buttonsFollowTheDomain_data();
    void buttonsFollowTheDomain();
    void offlineDisablesEverything();
    void checklistGatesVerifyAndIsKeyboardDriven();
    void payoutChecklistGatesMarkPaidWhichAsksForTheReference();
    void reasonIsRequiredForCancel();
    void conflictRefreshesTheCard();
    void errorsAreShownInPlainWordsWithTheCode();
    void takeShowsDeviationAndWarnsAboveTheLimit();
    void takeWarnsWhileTheDeskRateIsStale();
    void syncdAskingForAReasonReopensTheTakeDialog();
    void approvalIsImpossibleForTheHolderAndWorksForAnotherSenior();
    void approvalsInboxShowsOthersOrdersAndApproves();
    void summaryHistoryAndProofs();
    void revealedRequisitesSurviveActionsOnTheOrder();
    void approvalLineSaysWhatIsTrueNow();
    void takeAndSendDepositIsOneAction();
    void refusedDepositStepIsSaidClearly();
    void proofsAreAttachedByFileDropPasteAndTxid();
    void cardLayoutFitsAndScreenshots_data();
    void cardLayoutFitsAndScreenshots();
    void aDueRequoteIsTheNextStepAndOffersTheDesksRate();
    void takeOfAnExpiredQuoteProposesTheDesksRate();

private:
    std::unique_ptr<OrderCardWidget> openCard(OrderTestHarness &h, int me, std::int64_t orderId);
};

std::unique_ptr<OrderCardWidget> TestOrderCard::openCard(OrderTestHarness &h, int me, std::int64_t orderId)
{
    auto *actions = new OrderActions(h.api.get());
    auto card = std::make_unique<OrderCardWidget>(actions);
    actions->setParent(card.get());
    actions->setOperator(info(me));
    actions->loadReferenceData();
    actions->load(orderId);
    card->show();
    if (!QTest::qWaitForWindowExposed(card.get()))
        return nullptr;
    QApplication::setActiveWindow(card.get());
    child<QTableView>(card.get(), QStringLiteral("timelineView"))->setFocus();
    if (!QTest::qWaitFor([&] { return actions->hasOrder() && !actions->isBusy(); }, 5000))
        return nullptr;
    return card;
}

void TestOrderCard::buttonsFollowTheDomain_data()
{
    QTest::addColumn<S>("status");
    QTest::addColumn<int>("holder");
    QTest::addColumn<int>("me");
    QTest::addColumn<QStringList>("enabled");
    QTest::addColumn<QStringList>("shown");

    const auto list = [](std::initializer_list<const char *> names) {
        QStringList result;
        for (const char *name : names)
            result << QLatin1String(name);
        result.sort();
        return result;
    };
    QTest::newRow("new, operator") << S::New << 0 << 8 << list({"take", "cancel"}) << list({"take", "cancel"});
    QTest::newRow("assigned, holder") << S::Assigned << 7 << 7 << list({"release", "awaitCrypto", "cancel", "dispute"})
                                      << list({"release", "awaitCrypto", "cancel", "dispute"});
    QTest::newRow("assigned, non-holder")
        << S::Assigned << 7 << 8 << list({"dispute"}) << list({"release", "awaitCrypto", "cancel", "dispute"});
    QTest::newRow("assigned, senior non-holder") << S::Assigned << 7 << 9 << list({"release", "cancel", "dispute"})
                                                 << list({"release", "awaitCrypto", "cancel", "dispute"});
    QTest::newRow("verify proof, holder, checklist open")
        << S::OperatorVerifyProof << 7 << 7 << list({"rejectProof", "cancel", "dispute"})
        << list({"rejectProof", "verify", "cancel", "dispute"});
    QTest::newRow("verify proof, non-holder") << S::OperatorVerifyProof << 7 << 8 << list({"rejectProof", "dispute"})
                                              << list({"rejectProof", "verify", "cancel", "dispute"});
    QTest::newRow("payment verified, holder") << S::PaymentVerified << 7 << 7 << list({"startPayout", "dispute"})
                                              << list({"startPayout", "dispute", "approve", "rejectApproval"});
    QTest::newRow("payment verified, senior non-holder")
        << S::PaymentVerified << 7 << 9 << list({"dispute", "approve", "rejectApproval"})
        << list({"startPayout", "dispute", "approve", "rejectApproval"});
    QTest::newRow("payment verified, senior holder") << S::PaymentVerified << 9 << 9 << list({"startPayout", "dispute"})
                                                     << list({"startPayout", "dispute", "approve", "rejectApproval"});
    QTest::newRow("paid out, non-holder")
        << S::PaidOut << 7 << 8 << list({"complete", "dispute"}) << list({"complete", "dispute"});
    QTest::newRow("dispute, operator") << S::Dispute << 7 << 7 << QStringList()
                                       << list({"resolveBack", "resolveComplete", "resolveCancel"});
    QTest::newRow("dispute, senior") << S::Dispute << 7 << 9
                                     << list({"resolveBack", "resolveComplete", "resolveCancel"})
                                     << list({"resolveBack", "resolveComplete", "resolveCancel"});
    QTest::newRow("cancelled: nothing") << S::Cancelled << 7 << 7 << QStringList() << QStringList();
}

void TestOrderCard::buttonsFollowTheDomain()
{
    QFETCH(S, status);
    QFETCH(int, holder);
    QFETCH(int, me);
    QFETCH(QStringList, enabled);
    QFETCH(QStringList, shown);

    OrderActions actions(nullptr);
    actions.setOperator(info(me));
    OrderCardWidget card(&actions);
    actions.setDetail(makeDetail(1, status, holder ? std::optional(ref(holder)) : std::nullopt));
    QCOMPARE(enabledButtons(&card), enabled);
    QCOMPARE(actionButtons(&card, false), shown);
    // One primary step at most, never also a second button; cancel and dispute stay in the danger zone.
    if (const auto primary = card.primaryAction())
        QVERIFY(child<QToolButton>(&card, card.action(*primary)->objectName().chopped(6) + QStringLiteral("Button"))
                    ->isHidden());
    for (const char *danger : {"cancel", "dispute"})
        QCOMPARE(
            child<QToolButton>(&card, QLatin1String(danger) + QStringLiteral("Button"))->parentWidget()->objectName(),
            QStringLiteral("dangerPanel"));
    // The shortcut-driven next step agrees with the buttons.
    const auto primary = card.primaryAction();
    QCOMPARE(card.nextStepAction()->isEnabled(), primary && actions.state(*primary).enabled());
    if (actions.nextStep())
        QCOMPARE(primary, actions.nextStep());
}

void TestOrderCard::offlineDisablesEverything()
{
    OrderActions actions(nullptr);
    actions.setOperator(info(7));
    OrderCardWidget card(&actions);
    actions.setDetail(makeDetail(1, S::Assigned, kAlice));
    QVERIFY(!enabledButtons(&card).isEmpty());
    card.setOnline(false);
    QVERIFY(enabledButtons(&card).isEmpty());
    QVERIFY(!card.nextStepAction()->isEnabled());
    card.setOnline(true);
    QCOMPARE(enabledButtons(&card).size(), 4);
}

void TestOrderCard::checklistGatesVerifyAndIsKeyboardDriven()
{
    OrderTestHarness h;
    QVERIFY(h.ok());
    h.backend.put(makeDetail(1, S::OperatorVerifyProof, kAlice));
    auto card = openCard(h, 7, 1);
    QVERIFY(card);
    QVERIFY(!child<QLabel>(card.get(), QStringLiteral("payoutBankLabel"))->isVisibleTo(card.get())); // no bank named
    // Verify is the step this order waits for: the primary button names it, disabled, and says why.
    QAbstractButton *verify = button(card.get(), "verify");
    QCOMPARE(verify->objectName(), QStringLiteral("primaryButton"));
    QVERIFY(!verify->isHidden());
    QVERIFY(!verify->isEnabled());
    QVERIFY(verify->text().startsWith(OrderActions::actionName(A::Verify)));
    QVERIFY(card->action(A::Verify)->toolTip().contains(
        OrderActions::requirementText(domain::Requirement::VerifyChecklist)));

    // Alt+V jumps to the verify checklist; Space ticks, Down moves on.
    QTest::keyClick(card.get(), Qt::Key_V, Qt::AltModifier);
    auto *view = child<QTableView>(card.get(), QStringLiteral("verifyChecklistView"));
    QTRY_VERIFY(view->hasFocus());
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Space);
    QTRY_COMPARE(h.backend.postsTo(QStringLiteral("/checklist")).size(), 1);
    QTRY_VERIFY(!card->orderActions()->isBusy());
    QVERIFY(!verify->isEnabled());
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Space);
    QTRY_COMPARE(h.backend.postsTo(QStringLiteral("/checklist")).size(), 2);
    const auto tick = decodeBody<proto::ChecklistItemUpdate>(h.backend.postsTo(QStringLiteral("/checklist"))[1].body);
    QCOMPARE(tick.itemId, 12);
    QVERIFY(tick.done);
    QTRY_VERIFY(verify->isEnabled());
    QVERIFY(h.backend.order(1).checklist.verify[1].done);

    // Ctrl+Enter: the next step is verify.
    QTest::keyClick(card.get(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(statusName(card->orderActions()->detail().summary.status), statusName(S::PaymentVerified));
    QCOMPARE(child<QLabel>(card.get(), QStringLiteral("statusLabel"))->text(),
             OrderQueueModel::statusText(S::PaymentVerified));
    QCOMPARE(child<QLabel>(card.get(), QStringLiteral("titleLabel"))->text(), QStringLiteral("P-1001"));
}

void TestOrderCard::payoutChecklistGatesMarkPaidWhichAsksForTheReference()
{
    OrderTestHarness h;
    QVERIFY(h.ok());
    h.backend.put(makeDetail(1, S::ProcessingPayout, kAlice));
    auto card = openCard(h, 7, 1);
    QVERIFY(card);
    QAbstractButton *markPaid = button(card.get(), "markPaid");
    QVERIFY(!markPaid->isEnabled());
    QTest::keyClick(card.get(), Qt::Key_P, Qt::ControlModifier);
    QVERIFY2(!card->pendingDialog(), "a blocked action opens nothing");

    auto *view = child<QTableView>(card.get(), QStringLiteral("payoutChecklistView"));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, 0)).center());
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Space);
    QTRY_VERIFY(markPaid->isEnabled());

    QTest::keyClick(card.get(), Qt::Key_P, Qt::ControlModifier);
    auto *dialog = qobject_cast<PayoutReferenceDialog *>(card->pendingDialog());
    QVERIFY(dialog);
    auto *ok = child<QPushButton>(dialog, QStringLiteral("okButton"));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("payoutReferenceLineEdit")), QStringLiteral("SBP-777"));
    QTest::keyClick(child<QLineEdit>(dialog, QStringLiteral("payoutReferenceLineEdit")), Qt::Key_Return);
    QTRY_COMPARE(statusName(card->orderActions()->detail().summary.status), statusName(S::PaidOut));
    const auto request =
        decodeBody<proto::TransitionRequest>(h.backend.postsTo(QStringLiteral("/transitions")).at(0).body);
    QCOMPARE(request.payoutReference, std::optional<std::string>("SBP-777"));
    QCOMPARE(child<QLabel>(card.get(), QStringLiteral("payoutReferenceLabel"))->text(), QStringLiteral("SBP-777"));
}

void TestOrderCard::reasonIsRequiredForCancel()
{
    OrderTestHarness h;
    QVERIFY(h.ok());
    h.backend.put(makeDetail(1, S::Assigned, kAlice));
    auto card = openCard(h, 7, 1);
    QVERIFY(card);
    QTest::keyClick(card.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = qobject_cast<ReasonDialog *>(card->pendingDialog());
    QVERIFY(dialog);
    auto *ok = child<QPushButton>(dialog, QStringLiteral("okButton"));
    QVERIFY(!ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(h.backend.postsTo(QStringLiteral("/transitions")).size(), 0);
    QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("reasonTextEdit")), QStringLiteral("customer left"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE(h.backend.postsTo(QStringLiteral("/transitions")).size(), 1);
    const auto request =
        decodeBody<proto::TransitionRequest>(h.backend.postsTo(QStringLiteral("/transitions"))[0].body);
    QCOMPARE(statusName(request.to), statusName(S::Cancelled));
    QCOMPARE(request.reason, std::optional<std::string>("customer left"));
    QTRY_COMPARE(statusName(card->orderActions()->detail().summary.status), statusName(S::Cancelled));
    QVERIFY(enabledButtons(card.get()).isEmpty());
    // The timeline shows the new row with its reason.
    auto *timeline = child<QTableView>(card.get(), QStringLiteral("timelineView"));
    const int last = timeline->model()->rowCount() - 1;
    QCOMPARE(timeline->model()->index(last, 4).data().toString(), QStringLiteral("customer left"));
}

void TestOrderCard::conflictRefreshesTheCard()
{
    OrderTestHarness h;
    QVERIFY(h.ok());
    h.backend.put(makeDetail(1, S::Assigned, kAlice));
    auto card = openCard(h, 7, 1);
    QVERIFY(card);
    QSignalSpy refresh(card->orderActions(), &OrderActions::refreshRequested);
    h.backend.bumpVersion(1);
    QTest::keyClick(card.get(), Qt::Key_G, Qt::ControlModifier); // send the deposit address
    QTRY_COMPARE(refresh.count(), 1);
    QTRY_COMPARE(h.backend.getsOf(1), 2);
    QTRY_COMPARE(card->orderActions()->detail().summary.version, 4);
    QVERIFY(!card->errorText().contains(QStringLiteral("version_conflict")));
    QVERIFY(child<QLabel>(card.get(), QStringLiteral("errorLabel"))
                ->toolTip()
                .contains(QStringLiteral("version_conflict")));
    QVERIFY(child<QLabel>(card.get(), QStringLiteral("statusLabel"))->toolTip().contains(QStringLiteral("4")));
    // After the refresh the same action goes through with the new version.
    QTRY_VERIFY(button(card.get(), "awaitCrypto")->isEnabled());
    QTest::mouseClick(button(card.get(), "awaitCrypto"), Qt::LeftButton);
    QTRY_COMPARE(statusName(card->orderActions()->detail().summary.status), statusName(S::AwaitingCrypto));
    QVERIFY(card->errorText().isEmpty());
}

void TestOrderCard::errorsAreShownInPlainWordsWithTheCode()
{
    OrderTestHarness h;
    QVERIFY(h.ok());
    h.backend.put(makeDetail(1, S::Assigned, kAlice));
    auto card = openCard(h, 7, 1);
    QVERIFY(card);
    h.backend.failNextPost(422, QStringLiteral("wallet_required"));
    QTest::mouseClick(button(card.get(), "awaitCrypto"), Qt::LeftButton);
    // A sentence for people; the code only in the tooltip, for support.
    QTRY_COMPARE(card->errorText(), QStringLiteral("No active hot wallet for this asset and network."));
    QVERIFY(!child<QLabel>(card.get(), QStringLiteral("errorLabel"))->isHidden());
    QVERIFY(
        child<QLabel>(card.get(), QStringLiteral("errorLabel"))->toolTip().contains(QStringLiteral("wallet_required")));
}

void TestOrderCard::takeShowsDeviationAndWarnsAboveTheLimit()
{
    OrderTestHarness h;
    QVERIFY(h.ok());
    proto::Settings settings;
    settings.maxRateDeviationPercent = domain::Decimal::parse("2.5").value();
    h.backend.setSettings(settings);
    h.backend.put(makeDetail(1, S::New, std::nullopt));
    auto card = openCard(h, 7, 1);
    QVERIFY(card);
    QTRY_VERIFY(card->orderActions()->maxRateDeviationPercent().has_value());
    QTest::keyClick(card.get(), Qt::Key_T, Qt::ControlModifier);
    auto *dialog = qobject_cast<TakeRateDialog *>(card->pendingDialog());
    QVERIFY(dialog);
    auto *rate = child<QLineEdit>(dialog, QStringLiteral("rateLineEdit"));
    rate->selectAll();
    QTest::keyClicks(rate, QStringLiteral("95"));
    QVERIFY(child<QLabel>(dialog, QStringLiteral("deviationLabel"))->text().startsWith(QStringLiteral("4.9724 %")));
    QVERIFY(!child<QLabel>(dialog, QStringLiteral("warningLabel"))->isHidden());
    QTest::keyClick(rate, Qt::Key_Return);
    QVERIFY2(dialog->isVisible(), "above the limit Enter does nothing without a reason");
    QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("reasonTextEdit")), QStringLiteral("VIP"));
    child<QCheckBox>(dialog, QStringLiteral("sendDepositCheckBox"))->setChecked(false); // take only
    QTest::keyClick(rate, Qt::Key_Return);
    QTRY_COMPARE(statusName(card->orderActions()->detail().summary.status), statusName(S::Assigned));
    const auto take = decodeBody<proto::TakeRequest>(h.backend.postsTo(QStringLiteral("/take")).at(0).body);
    QCOMPARE(QString::fromStdString(take.finalRate.toString()), QStringLiteral("95"));
    QCOMPARE(take.reason, std::optional<std::string>("VIP"));
    QVERIFY2(child<QLabel>(card.get(), QStringLiteral("ratesLabel"))
                 ->text()
                 .startsWith(QStringLiteral("95.00 RUB per USDT")),
             qPrintable(child<QLabel>(card.get(), QStringLiteral("ratesLabel"))->text()));
}

void TestOrderCard::takeWarnsWhileTheDeskRateIsStale()
{
    OrderTestHarness h;
    QVERIFY(h.ok());
    const proto::OrderDetail detail = makeDetail(1, S::New, std::nullopt);
    proto::RateDto rate;
    rate.id = 1;
    rate.direction = detail.summary.direction;
    rate.asset = detail.summary.asset;
    rate.network = detail.summary.network;
    rate.fiatCurrency = detail.summary.fiatCurrency;
    rate.baseRate = domain::Decimal::parse("92.00").value();
    rate.suggestedRate = domain::Decimal::parse("91.080000").value();
    rate.stale = false;
    proto::RateList rates;
    rates.items.push_back(rate);
    h.backend.setRates(rates);
    h.backend.put(detail);
    auto card = openCard(h, 7, 1);
    QVERIFY(card);

    // Fresh: the dialog asks, hears "fresh" and says nothing.
    QSignalSpy answers(card->orderActions(), &OrderActions::rateFreshness);
    QTest::keyClick(card.get(), Qt::Key_T, Qt::ControlModifier);
    auto *fresh = qobject_cast<TakeRateDialog *>(card->pendingDialog());
    QVERIFY(fresh);
    QTRY_COMPARE(answers.count(), 1);
    QCOMPARE(answers.at(0).at(1).toBool(), false);
    QCOMPARE(h.backend.getsOfPath(QStringLiteral("/api/v1/rates")), 1);
    QVERIFY(!fresh->showsRateStale());
    fresh->reject();

    // The feed stopped: the take dialog warns before the operator fixes a rate.
    rates.items[0].stale = true;
    h.backend.setRates(rates);
    proto::OrderDetail second = makeDetail(2, S::New, std::nullopt);
    h.backend.put(second);
    auto staleCard = openCard(h, 7, 2);
    QVERIFY(staleCard);
    QTest::keyClick(staleCard.get(), Qt::Key_T, Qt::ControlModifier);
    auto *stale = qobject_cast<TakeRateDialog *>(staleCard->pendingDialog());
    QVERIFY(stale);
    QTRY_VERIFY(stale->showsRateStale());
    QVERIFY(child<QLabel>(stale, QStringLiteral("rateStaleLabel"))->text().contains(QStringLiteral("stale")));
    stale->reject();
}

void TestOrderCard::syncdAskingForAReasonReopensTheTakeDialog()
{
    OrderTestHarness h;
    QVERIFY(h.ok());
    h.backend.put(makeDetail(1, S::New, std::nullopt));
    auto card = openCard(h, 7, 1); // settings are 403 here: the limit is unknown
    QVERIFY(card);
    h.backend.failNextPost(422, QStringLiteral("reason_required"));
    QTest::mouseClick(button(card.get(), "take"), Qt::LeftButton);
    auto *dialog = qobject_cast<TakeRateDialog *>(card->pendingDialog());
    QVERIFY(dialog);
    dialog->setRateText(QStringLiteral("99.5"));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(card->pendingDialog() && card->pendingDialog() != dialog);
    auto *again = qobject_cast<TakeRateDialog *>(card->pendingDialog());
    QVERIFY(again);
    QVERIFY(again->reasonRequired());
    QCOMPARE(child<QLineEdit>(again, QStringLiteral("rateLineEdit"))->text(), QStringLiteral("99.5"));
    QVERIFY(
        child<QLabel>(card.get(), QStringLiteral("errorLabel"))->toolTip().contains(QStringLiteral("reason_required")));
    QVERIFY(!child<QPushButton>(again, QStringLiteral("okButton"))->isEnabled());
}

void TestOrderCard::approvalIsImpossibleForTheHolderAndWorksForAnotherSenior()
{
    OrderTestHarness h;
    QVERIFY(h.ok());
    h.backend.put(makeDetail(1, S::PaymentVerified, kCarol));
    {
        auto own = openCard(h, 9, 1);
        QVERIFY(own);
        QVERIFY(!button(own.get(), "approve")->isEnabled());
        QTest::keyClick(own.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!own->pendingDialog());
    }
    h.backend.setTaker(kDave);
    auto other = openCard(h, 10, 1);
    QVERIFY(other);
    QVERIFY(button(other.get(), "approve")->isEnabled());
    QTest::keyClick(other.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = qobject_cast<ReasonDialog *>(other->pendingDialog());
    QVERIFY(dialog);
    auto *edit = child<QPlainTextEdit>(dialog, QStringLiteral("reasonTextEdit"));
    QTest::keyClicks(edit, QStringLiteral("checked the receipt"));
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(h.backend.order(1).approvals.size(), std::size_t(1));
    const auto request = decodeBody<proto::ApprovalRequest>(h.backend.postsTo(QStringLiteral("/approvals"))[0].body);
    QCOMPARE(request.version, 3);
    QCOMPARE(request.reason, std::string("checked the receipt"));
    QTRY_VERIFY(!button(other.get(), "approve")->isEnabled()); // already approved for this version
    QCOMPARE(child<QTableView>(other.get(), QStringLiteral("approvalsView"))->model()->rowCount(), 1);
}

void TestOrderCard::approvalsInboxShowsOthersOrdersAndApproves()
{
    OrderTestHarness h;
    QVERIFY(h.ok());
    h.backend.put(makeDetail(1, S::PaymentVerified, kAlice));
    h.backend.put(makeDetail(2, S::PaymentVerified, kCarol));
    h.backend.setTaker(kCarol);
    OrderQueueModel orders;
    orders.upsertMany({h.backend.order(1).summary, h.backend.order(2).summary});
    OrderActions actions(h.api.get());
    actions.setOperator(info(9));
    ApprovalsInbox inbox(&orders, &actions);
    inbox.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inbox));
    QApplication::setActiveWindow(&inbox);
    auto *view = child<QTableView>(&inbox, QStringLiteral("approvalsTableView"));
    QCOMPARE(view->model()->rowCount(), 1); // carol's own order 2 is not offered
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    QTRY_VERIFY(view->currentIndex().isValid());
    QCOMPARE(view->currentIndex().data(OrderQueueModel::OrderIdRole).toLongLong(), 1);
    QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = qobject_cast<ReasonDialog *>(inbox.pendingDialog());
    QVERIFY(dialog);
    QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("reasonTextEdit")), QStringLiteral("ok"));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_COMPARE(h.backend.order(1).approvals.size(), std::size_t(1));
    QVERIFY(h.backend.order(1).approvals[0].decision == proto::ApprovalDecision::Approve);
    QTRY_VERIFY(child<QLabel>(&inbox, QStringLiteral("messageLabel"))->text().contains(QStringLiteral("approved")));
}

void TestOrderCard::summaryHistoryAndProofs()
{
    OrderTestHarness h;
    QVERIFY(h.ok());
    proto::OrderDetail detail = makeDetail(1, S::OperatorVerifyProof, kAlice);
    detail.riskFlags.push_back(proto::RiskFlag{5, "first_order_above", proto::RiskSeverity::Info,
                                               proto::Json{{"amount_fiat", "9050.00"}, {"limit", "5000.00"}},
                                               timestampFromMsecs(1'700'000'000'000LL), std::nullopt, std::nullopt,
                                               std::nullopt});
    detail.depositWallet = proto::DepositWalletRef{3, "USDT", "TRON", "TXyz"};
    h.backend.put(detail);
    for (auto [id, status, fiat] : {std::tuple{50, S::Completed, "1000.00"}, std::tuple{51, S::Completed, "250.50"},
                                    std::tuple{52, S::Cancelled, "70.00"}}) {
        proto::OrderSummary earlier = makeOrder(id, status, fiat);
        earlier.customer = detail.summary.customer;
        h.backend.putHistory(earlier);
    }
    auto card = openCard(h, 9, 1);
    QVERIFY(card);
    auto *totals = child<QLabel>(card.get(), QStringLiteral("customerTotalsLabel"));
    QTRY_VERIFY(totals->text().startsWith(QStringLiteral("3 previous order")));
    QVERIFY2(totals->text().contains(QStringLiteral("2 completed (1,250.50 RUB)")), qPrintable(totals->text()));
    QCOMPARE(child<QTableView>(card.get(), QStringLiteral("customerHistoryView"))->model()->rowCount(), 3);
    QVERIFY(child<QLabel>(card.get(), QStringLiteral("depositWalletLabel"))->text().startsWith(QStringLiteral("TXyz")));
    auto *risk = child<QTableView>(card.get(), QStringLiteral("riskFlagView"));
    QCOMPARE(risk->model()->index(0, 2).data().toString(), QStringLiteral("amount_fiat: 9050.00, limit: 5000.00"));

    // A senior clears the flag with a reason.
    QTest::keyClick(card.get(), Qt::Key_2, Qt::AltModifier);
    QTRY_VERIFY(risk->hasFocus());
    risk->setCurrentIndex(risk->model()->index(0, 0));
    QVERIFY(card->findChild<QAction *>(QStringLiteral("clearRiskFlagAction"))->isEnabled());
    QTest::keyClick(card.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = qobject_cast<ReasonDialog *>(card->pendingDialog());
    QVERIFY(dialog);
    QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("reasonTextEdit")), QStringLiteral("regular"));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_COMPARE(h.backend.postsTo(QStringLiteral("/risk-flags/5/clear")).size(), 1);
    QTRY_COMPARE(risk->model()->index(0, 0).data(RiskFlagModel::ClearedRole).toBool(), true);
    QApplication::setActiveWindow(card.get()); // the window manager's part when the dialog closes

    // The proofs list opens the selected proof.
    QSignalSpy open(card.get(), &OrderCardWidget::openProofRequested);
    QTest::keyClick(card.get(), Qt::Key_5, Qt::AltModifier);
    auto *proofs = child<QTableView>(card.get(), QStringLiteral("proofsView"));
    QTRY_VERIFY(proofs->hasFocus());
    proofs->setCurrentIndex(proofs->model()->index(0, 0));
    QTest::keyClick(card.get(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(1).toLongLong(), 31);
}

void TestOrderCard::revealedRequisitesSurviveActionsOnTheOrder()
{
    // syncd reveals the full requisites only on the card's GET; every mutation answers without
    // them. The operator paying out must keep seeing them after each tick and step.
    OrderTestHarness h;
    QVERIFY(h.ok());
    proto::OrderDetail detail = makeDetail(1, S::ProcessingPayout, kAlice);
    detail.checklist.payout.push_back(checklistItem(22, "Name matches"));
    detail.requisites = "Sberbank 4276 1234 5678 1234, Ivan Petrov";
    detail.summary.payoutBankName = "Sberbank";
    h.backend.put(detail);
    auto card = openCard(h, 7, 1);
    QVERIFY(card);
    auto *requisites = child<QLabel>(card.get(), QStringLiteral("requisitesLabel"));
    const QString full = QStringLiteral("Sberbank 4276 1234 5678 1234, Ivan Petrov");
    QCOMPARE(requisites->text(), full);
    // The bank the customer chose sits in a row of its own: copying the requisites copies them alone.
    auto *bank = child<QLabel>(card.get(), QStringLiteral("payoutBankLabel"));
    QCOMPARE(bank->text(), QStringLiteral("Sberbank"));
    QVERIFY(bank->isVisibleTo(card.get()));

    auto *view = child<QTableView>(card.get(), QStringLiteral("payoutChecklistView"));
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Space);
    QTRY_COMPARE(h.backend.postsTo(QStringLiteral("/checklist")).size(), 1);
    QTRY_VERIFY(!card->orderActions()->isBusy());
    QVERIFY(card->orderActions()->detail().checklist.payout[0].done); // the answer is shown …
    QCOMPARE(requisites->text(), full);                               // … and the requisites stay
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Space);
    QTRY_COMPARE(h.backend.postsTo(QStringLiteral("/checklist")).size(), 2);
    QTRY_VERIFY(!card->orderActions()->isBusy());
    QCOMPARE(requisites->text(), full);
    QCOMPARE(h.backend.getsOf(1), 1); // kept, not re-read (every GET is an audited reveal)

    // Another order's answer never carries them over.
    OrderActions &actions = *card->orderActions();
    proto::OrderDetail other = makeDetail(2, S::ProcessingPayout, kAlice);
    actions.setDetail(other);
    QCOMPARE(requisites->text(), QStringLiteral("**** 1234"));
}

void TestOrderCard::approvalLineSaysWhatIsTrueNow()
{
    proto::Settings settings;
    settings.approvalThresholds = {{"RUB", domain::Decimal::parse("1000.00").value()}};
    OrderActions actions(nullptr);
    actions.setOperator(info(7));
    actions.setSettings(settings);
    OrderCardWidget card(&actions);
    auto *line = child<QLabel>(&card, QStringLiteral("approvalNoteLabel"));

    proto::OrderDetail waiting = makeDetail(1, S::PaymentVerified, kAlice, "150000.00");
    actions.setDetail(waiting);
    QCOMPARE(line->text(), QStringLiteral("Waiting for a second senior (above the threshold)"));

    proto::OrderDetail approved = waiting;
    proto::Approval approval;
    approval.id = 1;
    approval.approver = kDave;
    approval.reason = "ok";
    approval.orderVersion = approved.summary.version;
    approval.at = timestampFromMsecs(1'700'000'300'000LL);
    approved.approvals.push_back(approval);
    actions.setDetail(approved);
    QVERIFY2(line->text().startsWith(QStringLiteral("Approved by dave at ")), qPrintable(line->text()));

    // Paid out and completed: the version moved on, the approval stays what happened.
    proto::OrderDetail completed = approved;
    completed.summary.status = S::Completed;
    completed.summary.version += 3;
    actions.setDetail(completed);
    QVERIFY2(line->text().startsWith(QStringLiteral("Approved by dave at ")), qPrintable(line->text()));

    // Completed without one (below the threshold when it was paid): not needed, not "waiting".
    proto::OrderDetail small = makeDetail(2, S::Completed, kAlice, "150000.00");
    actions.setDetail(small);
    QCOMPARE(line->text(), QStringLiteral("Not needed"));
}

void TestOrderCard::takeAndSendDepositIsOneAction()
{
    OrderTestHarness h;
    QVERIFY(h.ok());
    h.backend.put(makeDetail(1, S::New, std::nullopt));
    auto card = openCard(h, 7, 1);
    QVERIFY(card);
    QTest::keyClick(card.get(), Qt::Key_Return, Qt::ControlModifier); // the primary step: take
    auto *dialog = qobject_cast<TakeRateDialog *>(card->pendingDialog());
    QVERIFY(dialog);
    auto *send = child<QCheckBox>(dialog, QStringLiteral("sendDepositCheckBox"));
    QVERIFY(send->isVisible());
    QVERIFY(send->isChecked());
    QTest::keyClick(child<QLineEdit>(dialog, QStringLiteral("rateLineEdit")), Qt::Key_Return);
    QTRY_COMPARE(statusName(card->orderActions()->detail().summary.status), statusName(S::AwaitingCrypto));
    QCOMPARE(h.backend.postsTo(QStringLiteral("/take")).size(), 1);
    QCOMPARE(h.backend.postsTo(QStringLiteral("/transitions")).size(), 1);
    QCOMPARE(
        statusName(decodeBody<proto::TransitionRequest>(h.backend.postsTo(QStringLiteral("/transitions"))[0].body).to),
        statusName(S::AwaitingCrypto));
    QVERIFY(card->errorText().isEmpty());
}

void TestOrderCard::refusedDepositStepIsSaidClearly()
{
    OrderTestHarness h;
    QVERIFY(h.ok());
    h.backend.put(makeDetail(1, S::New, std::nullopt));
    auto card = openCard(h, 7, 1);
    QVERIFY(card);
    QTest::keyClick(card.get(), Qt::Key_T, Qt::ControlModifier);
    auto *dialog = qobject_cast<TakeRateDialog *>(card->pendingDialog());
    QVERIFY(dialog);
    h.backend.failNextPostTo(QStringLiteral("/transitions"), 422, QStringLiteral("wallet_required"));
    QTest::keyClick(child<QLineEdit>(dialog, QStringLiteral("rateLineEdit")), Qt::Key_Return);
    QTRY_COMPARE(h.backend.postsTo(QStringLiteral("/take")).size(), 1);
    QTRY_COMPARE(h.backend.postsTo(QStringLiteral("/transitions")).size(), 1);
    QTRY_VERIFY(card->errorText().contains(QStringLiteral("The order is yours")));
    QVERIFY2(card->errorText().contains(QStringLiteral("No active hot wallet")), qPrintable(card->errorText()));
    QVERIFY(card->errorText().contains(OrderActions::actionName(A::AwaitCrypto)));
    QCOMPARE(statusName(card->orderActions()->detail().summary.status), statusName(S::Assigned));
}

void TestOrderCard::proofsAreAttachedByFileDropPasteAndTxid()
{
    OrderTestHarness h;
    QVERIFY(h.ok());
    h.backend.put(makeDetail(1, S::UserMarkedSent, kAlice));
    auto card = openCard(h, 7, 1);
    QVERIFY(card);
    QAction *attach = card->findChild<QAction *>(QStringLiteral("attachProofAction"));
    QAction *txid = card->findChild<QAction *>(QStringLiteral("addTxidAction"));
    QVERIFY(attach->isEnabled());
    QVERIFY(txid->isEnabled());

    // A file (as from the file dialog or dropped onto the card): its bytes, its sniffed type.
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("receipt.png"));
    QVERIFY(image.save(path, "PNG"));
    QMimeData drop;
    drop.setUrls({QUrl::fromLocalFile(path)});
    QVERIFY(card->attachProofFromMimeData(&drop));
    QTRY_COMPARE(h.backend.postsTo(QStringLiteral("/proofs")).size(), 1);
    const FakeSyncd::Request upload = h.backend.postsTo(QStringLiteral("/proofs"))[0];
    QCOMPARE(upload.headers.value("content-type"), QByteArray("image/png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(upload.body, file.readAll());
    // The proof moved the order on; the card re-read it.
    QTRY_COMPARE(statusName(card->orderActions()->detail().summary.status), statusName(S::OperatorVerifyProof));
    QTRY_COMPARE(child<QTableView>(card.get(), QStringLiteral("proofsView"))->model()->rowCount(), 1);

    // An image pasted from the clipboard (Ctrl+V on the card) goes up as PNG.
    QApplication::clipboard()->setImage(image);
    QApplication::setActiveWindow(card.get());
    QTest::keyClick(card.get(), Qt::Key_V, Qt::ControlModifier);
    QTRY_COMPARE(h.backend.postsTo(QStringLiteral("/proofs")).size(), 2);
    QVERIFY(h.backend.postsTo(QStringLiteral("/proofs"))[1].body.startsWith("\x89PNG"));

    // A txid typed by the operator.
    QTRY_VERIFY(!card->orderActions()->isBusy());
    QTest::keyClick(card.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    auto *ask = qobject_cast<QInputDialog *>(card->pendingDialog());
    QVERIFY(ask);
    ask->setTextValue(QString(64, u'c'));
    ask->accept();
    QTRY_COMPARE(h.backend.postsTo(QStringLiteral("/proofs")).size(), 3);
    const auto request = decodeBody<proto::AddTxidProofRequest>(h.backend.postsTo(QStringLiteral("/proofs"))[2].body);
    QCOMPARE(request.txid, std::string(64, 'c'));
    QTRY_COMPARE(child<QTableView>(card.get(), QStringLiteral("proofsView"))->model()->rowCount(), 3);

    // A senior attaching to an order another operator holds gives a reason first.
    {
        OrderTestHarness other;
        QVERIFY(other.ok());
        other.backend.put(makeDetail(1, S::OperatorVerifyProof, kAlice));
        auto senior = openCard(other, 9, 1);
        QVERIFY(senior);
        QVERIFY(senior->attachProofFromMimeData(&drop));
        QTRY_VERIFY(qobject_cast<ReasonDialog *>(senior->pendingDialog()));
        auto *why = qobject_cast<ReasonDialog *>(senior->pendingDialog());
        QCOMPARE(other.backend.postsTo(QStringLiteral("/proofs")).size(), 0);
        QTest::keyClicks(child<QPlainTextEdit>(why, QStringLiteral("reasonTextEdit")),
                         QStringLiteral("bank receipt by mail"));
        QTest::mouseClick(child<QPushButton>(why, QStringLiteral("okButton")), Qt::LeftButton);
        QTRY_COMPARE(other.backend.postsTo(QStringLiteral("/proofs")).size(), 1);
        QCOMPARE(other.backend.postsTo(QStringLiteral("/proofs"))[0].query.queryItemValue(QStringLiteral("reason")),
                 QStringLiteral("bank receipt by mail"));
    }

    // Not offered where syncd would refuse it.
    card->orderActions()->setDetail(makeDetail(2, S::Assigned, kAlice));
    QVERIFY(!attach->isEnabled());
    QVERIFY(!card->attachProofFromMimeData(&drop));
}

void TestOrderCard::cardLayoutFitsAndScreenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("ru") << "ru";
}

void TestOrderCard::cardLayoutFitsAndScreenshots()
{
    QFETCH(QString, language);
    if (language == u"ru") {
        QCOMPARE(LanguageSettings::install(*qApp, language), language);
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    }
    proto::Settings settings;
    settings.approvalThresholds = {{"RUB", domain::Decimal::parse("100000.00").value()}};
    proto::OrderDetail requoteDetail;
    struct Shot {
        const char *name;
        S status;
        int me;
    };
    for (const Shot &shot : {Shot{"new", S::New, 7}, Shot{"verify", S::OperatorVerifyProof, 7},
                             Shot{"approval", S::PaymentVerified, 9}, Shot{"payout", S::ProcessingPayout, 7},
                             Shot{"completed", S::Completed, 7}, Shot{"requote", S::PaymentVerified, 7}}) {
        OrderActions actions(nullptr);
        actions.setOperator(info(shot.me));
        actions.setSettings(settings);
        OrderCardWidget card(&actions);
        proto::OrderDetail detail =
            makeDetail(1, shot.status, shot.status == S::New ? std::nullopt : std::optional(kAlice), "150000.00");
        detail.summary.code = "P-2026-120345";
        detail.summary.amountCrypto = domain::Decimal::parse("1612.903225").value();
        detail.summary.statusDeadline = timestampFromMsecs(QDateTime::currentMSecsSinceEpoch() + 9 * 60'000);
        detail.summary.risk = {{"payout_account_orders_24h", proto::RiskSeverity::Hold}};
        detail.riskFlags.push_back(proto::RiskFlag{
            5, "payout_account_orders_24h", proto::RiskSeverity::Hold, proto::Json{{"observed", "4"}, {"limit", "3"}},
            timestampFromMsecs(1'700'000'000'000LL), std::nullopt, std::nullopt, std::nullopt});
        detail.riskFlags.push_back(proto::RiskFlag{6, "risk_limits_missing", proto::RiskSeverity::Info,
                                                   proto::Json::object(), timestampFromMsecs(1'700'000'000'000LL),
                                                   std::nullopt, std::nullopt, std::nullopt});
        detail.checklist.verify = {checklistItem(11, "Amount received matches the order exactly"),
                                   checklistItem(12, "Sender name matches the customer's verified name"),
                                   checklistItem(13, "Transaction has enough confirmations"),
                                   checklistItem(14, "No chargeback or reversal markers on the receipt")};
        detail.checklist.payout = {checklistItem(21, "Requisites match the order"),
                                   checklistItem(22, "Amount and currency double-checked"),
                                   checklistItem(23, "Payout made from the desk's own account")};
        if (shot.status == S::PaymentVerified || shot.status == S::ProcessingPayout || shot.status == S::Completed) {
            for (auto &item : detail.checklist.verify)
                item.done = true;
        }
        if (shot.status == S::Completed) {
            for (auto &item : detail.checklist.payout)
                item.done = true;
            detail.payoutReference = "SBP-2026-0001234";
        }
        if (shot.me == 7 && shot.status != S::New)
            detail.requisites = "Sberbank 4276 1234 5678 1234, Ivan Petrov";
        if (QLatin1String(shot.name) == u"requote") {
            detail.rateAgreement =
                lockExpired("91.75", timestampFromMsecs(QDateTime::currentMSecsSinceEpoch() - 20 * 60'000));
            detail.summary.amountFiat = domain::Decimal::parse("145967.74").value(); // 1612.903225 × 90.50
            requoteDetail = detail;
        }
        actions.setDetail(detail);
        for (QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
            card.resize(size);
            card.show();
            QVERIFY(QTest::qWaitForWindowExposed(&card));
            QCoreApplication::processEvents();
            const QString where = QStringLiteral("%1 %2 %3").arg(QLatin1String(shot.name), language).arg(size.width());
            // The order code is never cut.
            auto *title = child<QLabel>(&card, QStringLiteral("titleLabel"));
            QVERIFY2(title->width() >= title->sizeHint().width(), qPrintable(where));
            // The tabs fit: no scroll arrows, every tab whole.
            auto *tabs = child<QTabWidget>(&card, QStringLiteral("cardTabWidget"));
            int tabsWidth = 0;
            for (int i = 0; i < tabs->count(); ++i)
                tabsWidth += tabs->tabBar()->tabRect(i).width();
            QVERIFY2(tabsWidth <= tabs->width(), qPrintable(where));
            // Checklists shown whole.
            for (const char *name : {"verifyChecklistView", "payoutChecklistView"}) {
                auto *view = child<QTableView>(&card, QLatin1String(name));
                QVERIFY2(view->verticalScrollBar()->maximum() == 0, qPrintable(where + u' ' + QLatin1String(name)));
            }
            // Timeline times are never elided.
            auto *timeline = child<QTableView>(&card, QStringLiteral("timelineView"));
            QVERIFY2(timeline->columnWidth(0) >= static_cast<QAbstractItemView *>(timeline)->sizeHintForColumn(0),
                     qPrintable(where));
            // No codes on screen: the risk badges are words.
            for (QLabel *badge : card.findChildren<QLabel *>(QStringLiteral("riskBadge")))
                QVERIFY2(!badge->text().contains(u'_'), qPrintable(badge->text()));
            QVERIFY(screenshots::save(
                &card, QStringLiteral("card-%1-%2-%3").arg(QLatin1String(shot.name), language).arg(size.width())));
        }
    }
    // The dialogs the card opens: titles and texts whole (labels wrap or have their width).
    PayoutReferenceDialog paid(QStringLiteral("P-2026-120345"));
    TakeRateInput input;
    input.orderCode = QStringLiteral("P-2026-120345");
    input.pairText = QStringLiteral("Sell 1,612.903225 USDT (TRON) for RUB");
    input.suggestedRate = domain::Decimal::parse("93.00").value();
    input.offerSendDeposit = true;
    TakeRateDialog take(input);
    RequoteDialog requote(requoteDetail);
    ReasonDialog cancel(QStringLiteral("%1 — %2").arg(OrderActions::actionName(A::Cancel), input.orderCode),
                        OrderCardWidget::tr("Why? The reason is recorded in the order's history and the audit log."));
    for (QDialog *dialog : std::initializer_list<QDialog *>{&paid, &take, &requote, &cancel}) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCoreApplication::processEvents();
        QVERIFY2(dialog->width() > dialog->fontMetrics().horizontalAdvance(dialog->windowTitle()),
                 qPrintable(dialog->windowTitle()));
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->isVisible() && !label->wordWrap())
                QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
        }
        QVERIFY(screenshots::save(dialog, QStringLiteral("dialog-%1-%2").arg(dialog->objectName(), language)));
    }
    if (language == u"ru") {
        LanguageSettings::install(*qApp, QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
}

void TestOrderCard::aDueRequoteIsTheNextStepAndOffersTheDesksRate()
{
    OrderTestHarness h;
    QVERIFY(h.ok());
    auto detail = makeDetail(1, S::PaymentVerified, kAlice); // 100 USDT at 90.50 = 9050.00 RUB
    detail.rateAgreement = lockExpired("96.500000");
    h.backend.put(detail);
    auto card = openCard(h, 7, 1);
    QVERIFY(card);

    // The card says why, and the re-quote is the primary step; the payout waits for the customer.
    auto *banner = child<QLabel>(card.get(), QStringLiteral("rateAgreementLabel"));
    QVERIFY(!banner->isHidden());
    QVERIFY2(banner->text().contains(QStringLiteral("Re-quote due")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("96.50")), qPrintable(banner->text()));
    QCOMPARE(card->primaryAction(), std::optional(A::Requote));
    QVERIFY(!card->orderActions()->state(A::StartPayout).enabled());
    QVERIFY(card->orderActions()->state(A::StartPayout).unmet.join(u' ').contains(QStringLiteral("re-quote")));

    // Ctrl+Enter opens the dialog with the desk's rate and what the customer would get at it.
    QTest::keyClick(card.get(), Qt::Key_Return, Qt::ControlModifier);
    auto *dialog = qobject_cast<RequoteDialog *>(card->pendingDialog());
    QVERIFY(dialog);
    auto *rate = child<QLineEdit>(dialog, QStringLiteral("requoteRateLineEdit"));
    QCOMPARE(rate->text(), QStringLiteral("96.500000"));
    auto *outcome = child<QLabel>(dialog, QStringLiteral("requoteOutcomeLabel"));
    QVERIFY2(outcome->text().contains(QStringLiteral("9,650.00 RUB")), qPrintable(outcome->text()));
    auto *ok = child<QPushButton>(dialog, QStringLiteral("okButton"));
    QVERIFY2(!ok->isEnabled(), "a reason is required");
    // "Keep the old rate" needs no answer from the customer, and says so.
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("keepRateButton")), Qt::LeftButton);
    QCOMPARE(rate->text(), QStringLiteral("90.50"));
    QVERIFY(dialog->keepsRate());
    QVERIFY(outcome->text().contains(QStringLiteral("without the customer")));
    rate->selectAll();
    QTest::keyClicks(rate, QStringLiteral("97"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("requoteReasonTextEdit")),
                     QStringLiteral("paid 20 minutes late"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    QTRY_COMPARE(h.backend.postsTo(QStringLiteral("/requote")).size(), 1);
    const auto sent = decodeBody<proto::RequoteRequest>(h.backend.postsTo(QStringLiteral("/requote"))[0].body);
    QCOMPARE(QString::fromStdString(sent.finalRate.toString()), QStringLiteral("97"));
    QCOMPARE(sent.reason, std::string("paid 20 minutes late"));
    QCOMPARE(sent.version, detail.summary.version);
    // Offered: the card says it waits for the customer, and the payout still waits.
    QTRY_VERIFY(banner->text().contains(QStringLiteral("waiting for the customer")));
    QVERIFY(card->primaryAction() != std::optional(A::Requote));
    QVERIFY(!card->orderActions()->state(A::StartPayout).enabled());
}

void TestOrderCard::takeOfAnExpiredQuoteProposesTheDesksRate()
{
    OrderTestHarness h;
    QVERIFY(h.ok());
    auto detail = makeDetail(1, S::New, std::nullopt);
    detail.rateAgreement = lockExpired("101.250000");
    h.backend.put(detail);
    auto card = openCard(h, 7, 1);
    QVERIFY(card);
    QVERIFY(child<QLabel>(card.get(), QStringLiteral("rateAgreementLabel"))
                ->text()
                .contains(QStringLiteral("no longer holds")));
    QTest::keyClick(card.get(), Qt::Key_T, Qt::ControlModifier);
    auto *dialog = qobject_cast<TakeRateDialog *>(card->pendingDialog());
    QVERIFY(dialog);
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("rateLineEdit"))->text(), QStringLiteral("101.250000"));
    QVERIFY(child<QLabel>(dialog, QStringLiteral("takeNoteLabel"))->text().contains(QStringLiteral("desk's rate now")));
}

QTEST_MAIN(TestOrderCard)
#include "tst_OrderCard.moc"
