#include "ui/order/OrderCardWidget.h"

#include "core/OrderSnapshot.h"
#include "models/ChecklistModel.h"
#include "models/OrderQueueModel.h"
#include "models/OrderTimelineModel.h"
#include "models/RiskFlagModel.h"
#include "ui/actions/PayoutReferenceDialog.h"
#include "ui/actions/ReasonDialog.h"
#include "ui/actions/TakeRateDialog.h"

#include <QAction>
#include <QDateTime>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <map>

namespace p2pdesk::workstation {

namespace {

using S = domain::OrderStatus;

QString dec(const domain::Decimal &value)
{
    return QString::fromStdString(value.toString());
}

QString str(const std::string &value)
{
    return QString::fromStdString(value);
}

QString when(const proto::Timestamp &at)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(toMsecsSinceEpoch(at)), QLocale::ShortFormat);
}

// "takeAction"/"takeButton" and so on: tests and screen readers find them by these names.
QString baseName(OrderAction action)
{
    switch (action) {
    case OrderAction::Take:
        return QStringLiteral("take");
    case OrderAction::Release:
        return QStringLiteral("release");
    case OrderAction::AwaitCrypto:
        return QStringLiteral("awaitCrypto");
    case OrderAction::MarkSent:
        return QStringLiteral("markSent");
    case OrderAction::RejectProof:
        return QStringLiteral("rejectProof");
    case OrderAction::Verify:
        return QStringLiteral("verify");
    case OrderAction::StartPayout:
        return QStringLiteral("startPayout");
    case OrderAction::MarkPaid:
        return QStringLiteral("markPaid");
    case OrderAction::Complete:
        return QStringLiteral("complete");
    case OrderAction::Cancel:
        return QStringLiteral("cancel");
    case OrderAction::Dispute:
        return QStringLiteral("dispute");
    case OrderAction::ResolveBack:
        return QStringLiteral("resolveBack");
    case OrderAction::ResolveComplete:
        return QStringLiteral("resolveComplete");
    case OrderAction::ResolveCancel:
        return QStringLiteral("resolveCancel");
    case OrderAction::Approve:
        return QStringLiteral("approve");
    case OrderAction::RejectApproval:
        return QStringLiteral("rejectApproval");
    }
    return {};
}

QTableView *makeTable(const QString &name, QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setTabKeyNavigation(false);
    return view;
}

QLabel *valueLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

OrderCardWidget::OrderCardWidget(OrderActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_title(new QLabel(this))
    , m_error(new QLabel(this))
    , m_status(valueLabel(QStringLiteral("statusLabel"), this))
    , m_direction(valueLabel(QStringLiteral("directionLabel"), this))
    , m_amounts(valueLabel(QStringLiteral("amountsLabel"), this))
    , m_rates(valueLabel(QStringLiteral("ratesLabel"), this))
    , m_customer(valueLabel(QStringLiteral("customerLabel"), this))
    , m_holder(valueLabel(QStringLiteral("holderLabel"), this))
    , m_deadline(valueLabel(QStringLiteral("deadlineLabel"), this))
    , m_wallet(valueLabel(QStringLiteral("depositWalletLabel"), this))
    , m_payoutReference(valueLabel(QStringLiteral("payoutReferenceLabel"), this))
    , m_requisites(valueLabel(QStringLiteral("requisitesLabel"), this))
    , m_approvalNote(valueLabel(QStringLiteral("approvalNoteLabel"), this))
    , m_verifyTitle(new QLabel(this))
    , m_payoutTitle(new QLabel(this))
    , m_customerTotals(valueLabel(QStringLiteral("customerTotalsLabel"), this))
    , m_timeline(new OrderTimelineModel(this))
    , m_risk(new RiskFlagModel(this))
    , m_verify(new ChecklistModel(this))
    , m_payout(new ChecklistModel(this))
    , m_history(new OrderQueueModel(nullptr, this))
    , m_approvals(new QStandardItemModel(0, 4, this))
    , m_proofs(new QStandardItemModel(0, 4, this))
{
    setObjectName(QStringLiteral("orderCardWidget"));
    setWindowTitle(tr("Order"));
    m_title->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fde7e9; color: #8a1020; padding: 6px; }"));
    m_error->hide();

    buildActions();

    auto *actionsBox = new QWidget(this);
    actionsBox->setObjectName(QStringLiteral("actionsPanel"));
    auto *actionsLayout = new QGridLayout(actionsBox);
    actionsLayout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < kOrderActionCount; ++i) {
        auto *button = new QToolButton(actionsBox);
        button->setObjectName(baseName(static_cast<OrderAction>(i)) + QStringLiteral("Button"));
        button->setDefaultAction(m_actionFor[static_cast<std::size_t>(i)]);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_buttonFor[static_cast<std::size_t>(i)] = button;
        actionsLayout->addWidget(button, i / 4, i % 4);
    }

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildSummary());
    leftLayout->addWidget(buildChecklists(), 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(buildTabs());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_error);
    layout->addWidget(actionsBox);
    layout->addWidget(splitter, 1);

    connect(m_actions, &OrderActions::orderChanged, this, &OrderCardWidget::onOrderChanged);
    connect(m_actions, &OrderActions::customerHistoryChanged, this, &OrderCardWidget::onCustomerHistoryChanged);
    connect(m_actions, &OrderActions::busyChanged, this, &OrderCardWidget::updateActions);
    connect(m_actions, &OrderActions::loadFailed, this, &OrderCardWidget::showError);
    connect(m_actions, &OrderActions::failed, this, [this](qint64 orderId, const QString &text) {
        if (orderId == m_actions->orderId())
            showError(text);
    });
    connect(m_actions, &OrderActions::actionFailed, this,
            [this](OrderAction action, qint64 orderId, const ApiError &error) {
                // syncd knows the deviation limit even when this account cannot read it: ask again
                // with the reason required, keeping the rate the operator typed.
                if (action == OrderAction::Take && orderId == m_actions->orderId() &&
                    (error.code == u"reason_required" || error.code == u"rate_deviation_too_high"))
                    askTakeRate(true, m_lastRate);
            });
    connect(m_actions, &OrderActions::actionSucceeded, this, [this] { clearError(); });
    connect(m_verify, &ChecklistModel::toggleRequested, m_actions, &OrderActions::setChecklistItem);
    connect(m_payout, &ChecklistModel::toggleRequested, m_actions, &OrderActions::setChecklistItem);

    resize(1100, 700);
    onOrderChanged();
    onCustomerHistoryChanged();
}

QKeySequence OrderCardWidget::actionShortcut(OrderAction action)
{
    switch (action) {
    case OrderAction::Take:
        return QKeySequence(Qt::CTRL | Qt::Key_T);
    case OrderAction::Release:
        return QKeySequence(Qt::CTRL | Qt::Key_R);
    case OrderAction::AwaitCrypto:
        return QKeySequence(Qt::CTRL | Qt::Key_G);
    case OrderAction::MarkSent:
        return QKeySequence(Qt::CTRL | Qt::Key_M);
    case OrderAction::RejectProof:
        return QKeySequence(Qt::CTRL | Qt::Key_J);
    case OrderAction::Verify:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V);
    case OrderAction::StartPayout:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    case OrderAction::MarkPaid:
        return QKeySequence(Qt::CTRL | Qt::Key_P);
    case OrderAction::Complete:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K);
    case OrderAction::Cancel:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    case OrderAction::Dispute:
        return QKeySequence(Qt::CTRL | Qt::Key_D);
    case OrderAction::ResolveBack:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B);
    case OrderAction::ResolveComplete:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M);
    case OrderAction::ResolveCancel:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X);
    case OrderAction::Approve:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    case OrderAction::RejectApproval:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J);
    }
    return {};
}

void OrderCardWidget::buildActions()
{
    const auto makeAction = [this](const QString &name, const QString &text, const QList<QKeySequence> &keys) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QWidget::addAction(action);
        return action;
    };
    for (int i = 0; i < kOrderActionCount; ++i) {
        const auto which = static_cast<OrderAction>(i);
        QAction *action = makeAction(baseName(which) + QStringLiteral("Action"), OrderActions::actionName(which),
                                     {actionShortcut(which)});
        connect(action, &QAction::triggered, this, [this, which] { trigger(which); });
        m_actionFor[static_cast<std::size_t>(i)] = action;
    }
    m_next = makeAction(QStringLiteral("nextStepAction"), tr("Next step"),
                        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(m_next, &QAction::triggered, this, [this] {
        if (const auto next = m_actions->nextStep())
            trigger(*next);
    });
    m_refresh = makeAction(QStringLiteral("refreshAction"), tr("Refresh"), {QKeySequence::Refresh});
    connect(m_refresh, &QAction::triggered, m_actions, &OrderActions::reload);
    m_clearFlag = makeAction(QStringLiteral("clearRiskFlagAction"), tr("&Clear flag…"),
                             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)});
    connect(m_clearFlag, &QAction::triggered, this, &OrderCardWidget::clearSelectedRiskFlag);
    m_openProof = makeAction(QStringLiteral("openProofAction"), tr("&Open proof"),
                             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)});
    connect(m_openProof, &QAction::triggered, this, &OrderCardWidget::openSelectedProof);
    QAction *close =
        makeAction(QStringLiteral("closeCardAction"), tr("Close"), {QKeySequence(Qt::Key_Escape), QKeySequence::Close});
    connect(close, &QAction::triggered, this, &QWidget::close);
    for (int i = 0; i < 5; ++i) {
        QAction *tab = makeAction(QStringLiteral("cardTab%1Action").arg(i + 1), QString(),
                                  {QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i))});
        connect(tab, &QAction::triggered, this, [this, i] {
            m_tabs->setCurrentIndex(i);
            // Focus the page's list so arrows work at once.
            if (auto *view = m_tabs->currentWidget()->findChild<QTableView *>())
                view->setFocus(Qt::ShortcutFocusReason);
            else if (auto *table = qobject_cast<QTableView *>(m_tabs->currentWidget()))
                table->setFocus(Qt::ShortcutFocusReason);
        });
    }
}

QWidget *OrderCardWidget::buildSummary()
{
    auto *box = new QGroupBox(tr("Summary"), this);
    box->setObjectName(QStringLiteral("summaryGroupBox"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Direction:"), m_direction);
    form->addRow(tr("Amounts:"), m_amounts);
    form->addRow(tr("Rate:"), m_rates);
    form->addRow(tr("Customer:"), m_customer);
    form->addRow(tr("Holder:"), m_holder);
    form->addRow(tr("Deadline:"), m_deadline);
    form->addRow(tr("Deposit wallet:"), m_wallet);
    form->addRow(tr("Requisites:"), m_requisites);
    form->addRow(tr("Payout reference:"), m_payoutReference);
    form->addRow(tr("Approval:"), m_approvalNote);
    return box;
}

QWidget *OrderCardWidget::buildChecklists()
{
    auto *box = new QGroupBox(tr("Checklists"), this);
    box->setObjectName(QStringLiteral("checklistGroupBox"));
    m_verifyView = makeTable(QStringLiteral("verifyChecklistView"), m_verify, box);
    m_payoutView = makeTable(QStringLiteral("payoutChecklistView"), m_payout, box);
    for (QTableView *view : {m_verifyView, m_payoutView}) {
        // Space (or a click) ticks the current item; the delegate does it, no editor needed.
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->horizontalHeader()->setSectionResizeMode(ChecklistModel::Item, QHeaderView::Stretch);
    }
    m_verifyTitle->setObjectName(QStringLiteral("verifyChecklistLabel"));
    m_verifyTitle->setBuddy(m_verifyView);
    m_payoutTitle->setObjectName(QStringLiteral("payoutChecklistLabel"));
    m_payoutTitle->setBuddy(m_payoutView);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_verifyTitle);
    layout->addWidget(m_verifyView, 1);
    layout->addWidget(m_payoutTitle);
    layout->addWidget(m_payoutView, 1);
    return box;
}

QTabWidget *OrderCardWidget::buildTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("cardTabWidget"));

    m_timelineView = makeTable(QStringLiteral("timelineView"), m_timeline, m_tabs);
    m_tabs->addTab(m_timelineView, tr("Timeline (Alt+1)"));

    auto *riskPage = new QWidget(m_tabs);
    m_riskView = makeTable(QStringLiteral("riskFlagView"), m_risk, riskPage);
    auto *clear = new QToolButton(riskPage);
    clear->setObjectName(QStringLiteral("clearRiskFlagButton"));
    clear->setDefaultAction(m_clearFlag);
    auto *riskLayout = new QVBoxLayout(riskPage);
    riskLayout->addWidget(m_riskView, 1);
    riskLayout->addWidget(clear, 0, Qt::AlignRight);
    m_tabs->addTab(riskPage, tr("Risk flags (Alt+2)"));
    connect(m_riskView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrderCardWidget::updateActions);

    auto *historyPage = new QWidget(m_tabs);
    m_historyView = makeTable(QStringLiteral("customerHistoryView"), m_history, historyPage);
    for (int column :
         {OrderQueueModel::Age, OrderQueueModel::Customer, OrderQueueModel::Deadline, OrderQueueModel::SuggestedRate})
        m_historyView->hideColumn(column);
    m_historyView->setSortingEnabled(true);
    auto *historyLayout = new QVBoxLayout(historyPage);
    historyLayout->addWidget(m_customerTotals);
    historyLayout->addWidget(m_historyView, 1);
    m_tabs->addTab(historyPage, tr("Customer history (Alt+3)"));

    m_approvals->setHorizontalHeaderLabels({tr("Time"), tr("Senior"), tr("Decision"), tr("Reason")});
    m_approvalsView = makeTable(QStringLiteral("approvalsView"), m_approvals, m_tabs);
    m_tabs->addTab(m_approvalsView, tr("Approvals (Alt+4)"));

    auto *proofPage = new QWidget(m_tabs);
    m_proofs->setHorizontalHeaderLabels({tr("Time"), tr("Kind"), tr("Proof"), tr("Uploaded by")});
    m_proofsView = makeTable(QStringLiteral("proofsView"), m_proofs, proofPage);
    connect(m_proofsView, &QTableView::activated, this, &OrderCardWidget::openSelectedProof);
    connect(m_proofsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrderCardWidget::updateActions);
    auto *open = new QToolButton(proofPage);
    open->setObjectName(QStringLiteral("openProofButton"));
    open->setDefaultAction(m_openProof);
    auto *proofLayout = new QVBoxLayout(proofPage);
    proofLayout->addWidget(m_proofsView, 1);
    proofLayout->addWidget(open, 0, Qt::AlignRight);
    m_tabs->addTab(proofPage, tr("Proofs (Alt+5)"));
    return m_tabs;
}

void OrderCardWidget::setOnline(bool online)
{
    m_online = online;
    updateActions();
}

QString OrderCardWidget::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void OrderCardWidget::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void OrderCardWidget::clearError()
{
    m_error->clear();
    m_error->hide();
}

void OrderCardWidget::onOrderChanged()
{
    if (!m_actions->hasOrder()) {
        m_title->setText(tr("Loading order…"));
        updateActions();
        return;
    }
    const proto::OrderDetail &detail = m_actions->detail();
    const proto::OrderSummary &order = detail.summary;
    const QString code = str(order.code);
    const QString status = OrderQueueModel::statusText(order.status);
    setWindowTitle(tr("Order %1 — %2").arg(code, status));
    m_title->setText(tr("%1 · %2").arg(code, status));
    m_status->setText(tr("%1 (version %2)").arg(status).arg(order.version));
    const QString pair = tr("%1 (%2) → %3").arg(str(order.asset), str(order.network), str(order.fiatCurrency));
    m_direction->setText(order.direction == domain::Direction::Sell ? tr("Customer sells %1").arg(pair)
                                                                    : tr("Customer buys %1").arg(pair));
    m_amounts->setText(
        tr("%1 %2 ↔ %3 %4")
            .arg(dec(order.amountCrypto), str(order.asset), dec(order.amountFiat), str(order.fiatCurrency)));
    m_rates->setText(order.finalRate
                         ? tr("final %1 (suggested %2)").arg(dec(*order.finalRate), dec(order.suggestedRate))
                         : tr("suggested %1").arg(dec(order.suggestedRate)));
    m_customer->setText(order.customer.username
                            ? tr("@%1 (Telegram %2)").arg(str(*order.customer.username)).arg(order.customer.telegramId)
                            : tr("Telegram %1").arg(order.customer.telegramId));
    m_holder->setText(order.holder ? str(order.holder->username) : tr("nobody"));
    m_deadline->setText(order.statusDeadline ? when(*order.statusDeadline) : tr("none"));
    m_wallet->setText(detail.depositWallet
                          ? tr("%1 (%2 %3)")
                                .arg(str(detail.depositWallet->address), str(detail.depositWallet->asset),
                                     str(detail.depositWallet->network))
                          : tr("not assigned yet"));
    m_requisites->setText(detail.requisites ? str(*detail.requisites) : str(order.requisitesMasked));
    m_payoutReference->setText(detail.payoutReference ? str(*detail.payoutReference) : tr("—"));
    const std::optional<bool> needsApproval = m_actions->needsApproval();
    if (OrderActions::hasValidApproval(detail))
        m_approvalNote->setText(tr("approved for this version"));
    else if (needsApproval.has_value())
        m_approvalNote->setText(*needsApproval ? tr("needed (above the threshold); waiting for another senior")
                                               : tr("not needed"));
    else
        m_approvalNote->setText(tr("syncd decides (threshold not visible to this account)"));

    m_timeline->setEntries(detail.history);
    m_timelineView->scrollToBottom();
    m_risk->setFlags(detail.riskFlags);
    m_verify->setItems(detail.checklist.verify);
    m_payout->setItems(detail.checklist.payout);

    m_approvals->removeRows(0, m_approvals->rowCount());
    for (const proto::Approval &approval : detail.approvals) {
        QList<QStandardItem *> row{
            new QStandardItem(when(approval.at)), new QStandardItem(str(approval.approver.username)),
            new QStandardItem(approval.decision == proto::ApprovalDecision::Approve ? tr("approved") : tr("rejected")),
            new QStandardItem(str(approval.reason))};
        for (QStandardItem *item : row)
            item->setEditable(false);
        m_approvals->appendRow(row);
    }
    m_proofs->removeRows(0, m_proofs->rowCount());
    for (const proto::Proof &proof : detail.proofs) {
        const QString what = proof.kind == proto::ProofKind::Txid
                                 ? str(proof.txid.value_or(std::string()))
                                 : tr("%1, %2 bytes, sha256 %3")
                                       .arg(str(proof.mime.value_or(std::string())))
                                       .arg(proof.size.value_or(0))
                                       .arg(str(proof.sha256.value_or(std::string())).left(16));
        QList<QStandardItem *> row{new QStandardItem(when(proof.at)),
                                   new QStandardItem(proof.kind == proto::ProofKind::Txid ? tr("txid") : tr("file")),
                                   new QStandardItem(what),
                                   new QStandardItem(OrderTimelineModel::actorText(proof.uploader))};
        row.front()->setData(QVariant::fromValue<qint64>(proof.id), Qt::UserRole);
        for (QStandardItem *item : row)
            item->setEditable(false);
        m_proofs->appendRow(row);
    }
    m_tabs->setTabText(1, m_risk->unclearedCount() > 0 ? tr("Risk flags: %1 open (Alt+2)").arg(m_risk->unclearedCount())
                                                       : tr("Risk flags (Alt+2)"));
    m_tabs->setTabText(4, tr("Proofs: %1 (Alt+5)").arg(detail.proofs.size()));
    updateActions();
}

void OrderCardWidget::onCustomerHistoryChanged()
{
    const auto &orders = m_actions->customerHistory();
    std::vector<proto::OrderSummary> rows(orders.begin(), orders.end());
    m_history->upsertMany(std::move(rows));
    int completed = 0;
    int cancelled = 0;
    int disputes = 0;
    std::map<std::string, domain::Decimal> completedFiat;
    for (const proto::OrderSummary &order : orders) {
        if (order.status == S::Completed) {
            ++completed;
            auto &sum = completedFiat[order.fiatCurrency];
            if (auto total = sum.add(order.amountFiat))
                sum = total.value();
        } else if (order.status == S::Cancelled) {
            ++cancelled;
        } else if (order.status == S::Dispute) {
            ++disputes;
        }
    }
    QStringList totals;
    for (const auto &[fiat, sum] : completedFiat)
        totals << tr("%1 %2").arg(dec(sum), str(fiat));
    m_customerTotals->setText(
        tr("%n previous order(s): %1 completed (%2), %3 cancelled, %4 in dispute.", nullptr, int(orders.size()))
            .arg(completed)
            .arg(totals.isEmpty() ? tr("nothing paid out") : totals.join(QStringLiteral(", ")))
            .arg(cancelled)
            .arg(disputes));
}

void OrderCardWidget::updateActions()
{
    const bool ready = m_actions->hasOrder() && m_online && !m_actions->isBusy();
    for (const OrderActionState &state : m_actions->actionStates()) {
        const auto index = static_cast<std::size_t>(state.action);
        QAction *action = m_actionFor[index];
        action->setEnabled(ready && state.enabled());
        m_buttonFor[index]->setVisible(state.offered);
        QString tip = OrderActions::actionName(state.action) + QStringLiteral(" (") +
                      actionShortcut(state.action).toString(QKeySequence::NativeText) + u')';
        if (state.offered && !state.allowed)
            tip += u'\n' + tr("Not yours to do in this state.");
        for (const QString &unmet : state.unmet)
            tip += u'\n' + unmet;
        action->setToolTip(tip);
    }
    m_next->setEnabled(ready && m_actions->nextStep().has_value());

    // Only the holder ticks checklists, and only in the status whose step they gate: a tick bumps
    // the order's version, so ticking payout items in PAYMENT_VERIFIED would void an approval.
    const bool holder = m_actions->hasOrder() && m_actions->detail().summary.holder &&
                        m_actions->detail().summary.holder->id == m_actions->operatorId();
    const S status = m_actions->hasOrder() ? m_actions->detail().summary.status : S::New;
    m_verify->setEditable(ready && holder && status == S::OperatorVerifyProof);
    m_payout->setEditable(ready && holder && status == S::ProcessingPayout);
    m_verifyTitle->setText(tr("&Verify checklist: %1 of %2").arg(m_verify->doneCount()).arg(m_verify->rowCount()));
    m_payoutTitle->setText(tr("Pa&yout checklist: %1 of %2").arg(m_payout->doneCount()).arg(m_payout->rowCount()));

    const QModelIndex flag = m_riskView->currentIndex();
    m_clearFlag->setEnabled(ready && m_actions->actor().hasRole(domain::Role::Senior) && flag.isValid() &&
                            !flag.data(RiskFlagModel::ClearedRole).toBool());
    m_openProof->setEnabled(m_proofsView->currentIndex().isValid());
}

void OrderCardWidget::trigger(OrderAction which)
{
    const OrderActionState state = m_actions->state(which);
    if (!action(which)->isEnabled() || !state.enabled() || m_dialog)
        return;
    clearError();
    if (which == OrderAction::Take)
        return askTakeRate(false);
    if (state.needsPayoutReference)
        return askPayoutReference();
    if (state.needsReason)
        return askReason(which);
    m_actions->perform(which);
}

void OrderCardWidget::openDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_dialog = dialog;
    // Cleared on finish, not on deletion: the next action may follow before the deferred delete.
    connect(dialog, &QDialog::finished, this, [this] { m_dialog.clear(); });
    dialog->open();
}

void OrderCardWidget::askTakeRate(bool reasonRequired, const QString &rateText)
{
    if (!m_actions->hasOrder() || m_dialog)
        return;
    const proto::OrderSummary &order = m_actions->detail().summary;
    TakeRateInput input;
    input.orderCode = str(order.code);
    input.pairText = tr("%1 %2 %3 (%4) for %5")
                         .arg(order.direction == domain::Direction::Sell ? tr("Sell") : tr("Buy"),
                              dec(order.amountCrypto), str(order.asset), str(order.network), str(order.fiatCurrency));
    input.suggestedRate = order.suggestedRate;
    input.maxDeviationPercent = m_actions->maxRateDeviationPercent();
    input.reasonRequired = reasonRequired;
    auto *dialog = new TakeRateDialog(input, this);
    if (!rateText.isEmpty())
        dialog->setRateText(rateText);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto rate = dialog->finalRate()) {
            m_lastRate = QString::fromStdString(rate->toString());
            m_actions->take(*rate, dialog->reason());
        }
    });
    openDialog(dialog);
}

void OrderCardWidget::askReason(OrderAction which)
{
    const QString code = m_actions->hasOrder() ? str(m_actions->detail().summary.code) : QString();
    auto *dialog = new ReasonDialog(tr("%1 — order %2").arg(OrderActions::actionName(which), code),
                                    tr("Why? The reason is recorded in the order's history and the audit log."), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, which] {
        if (which == OrderAction::Approve)
            m_actions->approve(proto::ApprovalDecision::Approve, dialog->reason());
        else if (which == OrderAction::RejectApproval)
            m_actions->approve(proto::ApprovalDecision::Reject, dialog->reason());
        else
            m_actions->perform(which, dialog->reason());
    });
    openDialog(dialog);
}

void OrderCardWidget::askPayoutReference()
{
    auto *dialog = new PayoutReferenceDialog(str(m_actions->detail().summary.code), this);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_actions->perform(OrderAction::MarkPaid, {}, dialog->payoutReference()); });
    openDialog(dialog);
}

void OrderCardWidget::clearSelectedRiskFlag()
{
    const QModelIndex flag = m_riskView->currentIndex();
    if (!m_clearFlag->isEnabled() || !flag.isValid() || m_dialog)
        return;
    const qint64 flagId = flag.data(RiskFlagModel::FlagIdRole).toLongLong();
    auto *dialog = new ReasonDialog(tr("Clear risk flag %1").arg(str(m_risk->at(flag.row()).rule)),
                                    tr("Why is this flag no concern? The reason is recorded in the audit log."), this);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, flagId] { m_actions->clearRiskFlag(flagId, dialog->reason()); });
    openDialog(dialog);
}

void OrderCardWidget::openSelectedProof()
{
    const QModelIndex current = m_proofsView->currentIndex();
    if (!current.isValid() || !m_actions->hasOrder())
        return;
    const QModelIndex first = m_proofs->index(current.row(), 0);
    emit openProofRequested(m_actions->orderId(), first.data(Qt::UserRole).toLongLong());
}

} // namespace p2pdesk::workstation
