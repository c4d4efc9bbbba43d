#include "ui/order/OrderCardWidget.h"

#include "core/Clock.h"
#include "core/OrderSnapshot.h"
#include "models/ChecklistModel.h"
#include "models/DisplayText.h"
#include "models/OrderQueueModel.h"
#include "models/OrderTimelineModel.h"
#include "models/RiskFlagModel.h"
#include "ui/actions/PayoutReferenceDialog.h"
#include "ui/actions/ReasonDialog.h"
#include "ui/actions/RequoteDialog.h"
#include "ui/actions/TakeRateDialog.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <map>

namespace p2pdesk::workstation {

namespace {

using S = domain::OrderStatus;

QString str(const std::string &value)
{
    return QString::fromStdString(value);
}

QString when(const proto::Timestamp &at)
{
    return DisplayText::dateTime(at);
}

// What the card says about the customer's agreement to the rate, or nothing while it stands.
QString rateAgreementText(const proto::OrderDetail &detail)
{
    if (!detail.rateAgreement || detail.rateAgreement->state == domain::RateAgreement::Agreed)
        return {};
    const auto &a = *detail.rateAgreement;
    const auto &s = detail.summary;
    const QString current = a.currentRate ? DisplayText::rate(*a.currentRate, s.fiatCurrency)
                                          : OrderCardWidget::tr("unknown (the rate is stale)");
    const QString why = a.reason == domain::RequoteReason::RateMoved
                            ? OrderCardWidget::tr("the desk's rate moved too far")
                            : OrderCardWidget::tr("the rate held until %1")
                                  .arg(a.quoteLockedUntil ? DisplayText::dateTime(*a.quoteLockedUntil) : QString());
    if (a.state == domain::RateAgreement::Offered && a.offeredRate)
        return OrderCardWidget::tr("New rate %1 offered %2; waiting for the customer to accept it in the bot.")
            .arg(DisplayText::rate(*a.offeredRate, s.fiatCurrency),
                 a.offeredAt ? DisplayText::dateTime(*a.offeredAt) : QString());
    if (s.status == domain::OrderStatus::New)
        return OrderCardWidget::tr("The customer's quote no longer holds (%1); the desk's rate now is %2.")
            .arg(why, current);
    return OrderCardWidget::tr("Re-quote due: the customer paid after %1. The desk's rate now is %2.")
        .arg(why, current);
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
    case OrderAction::Requote:
        return QStringLiteral("requote");
    }
    return {};
}

// The forward path of an order; the primary button offers the first of these that applies.
constexpr std::array<OrderAction, 6> kForward = {OrderAction::Take,     OrderAction::AwaitCrypto,
                                                 OrderAction::Verify,   OrderAction::StartPayout,
                                                 OrderAction::MarkPaid, OrderAction::Complete};

bool isDanger(OrderAction action)
{
    return action == OrderAction::Cancel || action == OrderAction::Dispute;
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
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->setTabKeyNavigation(false);
    return view;
}

// Columns sized to their content (times, names, statuses are never elided); the last column
// takes what is left and elides with the whole text in its tooltip.
void contentColumns(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
}

QLabel *valueLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QString statusChipStyle(S status)
{
    // Calm colours for work in progress, green when done, grey when cancelled, red for a dispute.
    QString background = QStringLiteral("#e3ecf7");
    QString foreground = QStringLiteral("#1f3b5c");
    switch (status) {
    case S::Completed:
    case S::PaidOut:
        background = QStringLiteral("#e2f2e5");
        foreground = QStringLiteral("#1d5e2c");
        break;
    case S::Cancelled:
        background = QStringLiteral("#ececec");
        foreground = QStringLiteral("#4a4a4a");
        break;
    case S::Dispute:
        background = QStringLiteral("#fde7e9");
        foreground = QStringLiteral("#8a1020");
        break;
    default:
        break;
    }
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 2px 8px; "
                          "font-weight: bold; }")
        .arg(background, foreground);
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
    setAcceptDrops(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fde7e9; color: #8a1020; padding: 6px; }"));
    m_error->hide();

    buildActions();

    // Left: what the order is and what must be ticked, in one scrolling column when the window
    // is short (the checklists themselves never scroll inside).
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildSummary());
    leftLayout->addWidget(buildChecklists());
    leftLayout->addStretch(1);
    auto *leftScroll = new QScrollArea(this);
    leftScroll->setObjectName(QStringLiteral("cardFactsScrollArea"));
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("cardSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(leftScroll);
    m_splitter->addWidget(buildTabs());
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addWidget(m_error);
    layout->addWidget(buildActionBar());
    layout->addWidget(m_splitter, 1);

    m_deadlineTimer = new QTimer(this);
    m_deadlineTimer->setInterval(1000);
    connect(m_deadlineTimer, &QTimer::timeout, this, &OrderCardWidget::updateDeadline);
    m_deadlineTimer->start();

    connect(m_actions, &OrderActions::orderChanged, this, &OrderCardWidget::onOrderChanged);
    connect(m_actions, &OrderActions::customerHistoryChanged, this, &OrderCardWidget::onCustomerHistoryChanged);
    connect(m_actions, &OrderActions::busyChanged, this, &OrderCardWidget::updateActions);
    connect(m_actions, &OrderActions::loadFailed, this,
            [this](const QString &, const ApiError &error) { showError(error); });
    connect(m_actions, &OrderActions::failed, this, [this](qint64 orderId, const QString &, const ApiError &error) {
        if (orderId == m_actions->orderId())
            showError(error);
    });
    connect(m_actions, &OrderActions::followUpFailed, this, [this](OrderAction action, const ApiError &error) {
        const QString why = error.code.isEmpty() ? error.message : DisplayText::error(error);
        showError(tr("The order is yours, but “%1” did not follow: %2 Do it from the card when it is possible.")
                      .arg(OrderActions::actionName(action), why));
        m_error->setToolTip(DisplayText::errorTooltip(error));
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
    connect(m_actions, &OrderActions::proofAttached, this, [this] { clearError(); });
    connect(m_verify, &ChecklistModel::toggleRequested, m_actions, &OrderActions::setChecklistItem);
    connect(m_payout, &ChecklistModel::toggleRequested, m_actions, &OrderActions::setChecklistItem);

    resize(1280, 720);
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
    case OrderAction::Requote:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q);
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
        if (const auto primary = primaryAction())
            trigger(*primary);
    });
    m_attachProof =
        makeAction(QStringLiteral("attachProofAction"), tr("&Attach proof…"), {QKeySequence(Qt::CTRL | Qt::Key_U)});
    connect(m_attachProof, &QAction::triggered, this, &OrderCardWidget::askAttachProof);
    m_addTxid =
        makeAction(QStringLiteral("addTxidAction"), tr("Add t&xid…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)});
    connect(m_addTxid, &QAction::triggered, this, &OrderCardWidget::askTxid);
    m_pasteProof = makeAction(QStringLiteral("pasteProofAction"), tr("Paste proof image"), {QKeySequence::Paste});
    connect(m_pasteProof, &QAction::triggered, this, [this] {
        if (!m_attachProof->isEnabled() || !attachProofFromMimeData(QApplication::clipboard()->mimeData()))
            showError(tr("The clipboard holds no image or file to attach."));
    });
    m_refresh = makeAction(QStringLiteral("refreshAction"), tr("Refresh"), {QKeySequence::Refresh});
    connect(m_refresh, &QAction::triggered, m_actions, &OrderActions::reload);
    m_clearFlag = makeAction(QStringLiteral("clearRiskFlagAction"), tr("&Clear flag…"),
                             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)});
    connect(m_clearFlag, &QAction::triggered, this, &OrderCardWidget::clearSelectedRiskFlag);
    // The profile is read-only here: it opens offline too (it says so if syncd cannot answer).
    m_customerProfile = makeAction(QStringLiteral("customerProfileAction"), tr("Customer &profile…"),
                                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)});
    m_customerProfile->setToolTip(tr("The customer's orders, flags, payout accounts and tickets (Ctrl+Shift+U)"));
    connect(m_customerProfile, &QAction::triggered, this, [this] {
        if (m_actions->hasOrder() && m_actions->detail().summary.customer.id > 0)
            emit openCustomerRequested(m_actions->detail().summary.customer.id);
    });
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

QWidget *OrderCardWidget::buildHeader()
{
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("cardHeader"));
    m_title->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // The code is what the customer quotes: it keeps its whole width, the others give way.
    m_title->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_status->setWordWrap(false);
    m_status->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_holder->setWordWrap(false);
    m_deadline->setWordWrap(false);
    m_riskBadges = new QWidget(header);
    m_riskBadges->setObjectName(QStringLiteral("riskBadges"));
    m_riskBadgesLayout = new QHBoxLayout(m_riskBadges);
    m_riskBadgesLayout->setContentsMargins(0, 0, 0, 0);

    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_holder);
    layout->addWidget(m_deadline);
    layout->addWidget(m_riskBadges);
    layout->addStretch(1);
    return header;
}

QWidget *OrderCardWidget::buildActionBar()
{
    // [primary] [the other steps of this status, fixed order] … [danger zone]
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("actionBar"));
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(0, 4, 0, 4);

    auto *primaryBox = new QWidget(bar);
    primaryBox->setObjectName(QStringLiteral("primaryPanel"));
    auto *primaryLayout = new QVBoxLayout(primaryBox);
    primaryLayout->setContentsMargins(0, 0, 0, 0);
    primaryLayout->setSpacing(2);
    m_primary = new QPushButton(primaryBox);
    m_primary->setObjectName(QStringLiteral("primaryButton"));
    m_primary->setDefault(true);
    m_primary->setAutoDefault(false);
    m_primary->setMinimumWidth(200);
    m_primary->setMinimumHeight(m_primary->sizeHint().height() * 5 / 4);
    QFont primaryFont = m_primary->font();
    primaryFont.setBold(true);
    m_primary->setFont(primaryFont);
    m_primary->setStyleSheet(QStringLiteral(
        "QPushButton#primaryButton:enabled { background: #1f6feb; color: white; border: 1px solid #1a5fcc; "
        "border-radius: 4px; padding: 4px 16px; }"
        "QPushButton#primaryButton:enabled:hover { background: #2f7cf6; }"
        "QPushButton#primaryButton:disabled { background: #eceef1; color: #7a7f87; border: 1px solid #c9ced6; "
        "border-radius: 4px; padding: 4px 16px; }"));
    connect(m_primary, &QPushButton::clicked, m_next, &QAction::trigger);
    m_primaryHint = new QLabel(primaryBox);
    m_primaryHint->setObjectName(QStringLiteral("primaryHintLabel"));
    m_primaryHint->setWordWrap(false);
    QPalette hintPalette = m_primaryHint->palette();
    hintPalette.setColor(QPalette::WindowText, hintPalette.color(QPalette::PlaceholderText));
    m_primaryHint->setPalette(hintPalette);
    primaryLayout->addWidget(m_primary);
    primaryLayout->addWidget(m_primaryHint);
    barLayout->addWidget(primaryBox, 0, Qt::AlignTop);

    auto *actionsBox = new QWidget(bar);
    actionsBox->setObjectName(QStringLiteral("actionsPanel"));
    auto *actionsLayout = new QHBoxLayout(actionsBox);
    actionsLayout->setContentsMargins(8, 0, 0, 0);
    auto *dangerBox = new QFrame(bar);
    dangerBox->setObjectName(QStringLiteral("dangerPanel"));
    auto *dangerLayout = new QHBoxLayout(dangerBox);
    dangerLayout->setContentsMargins(8, 0, 0, 0);
    for (int i = 0; i < kOrderActionCount; ++i) {
        const auto which = static_cast<OrderAction>(i);
        auto *button = new QToolButton(isDanger(which) ? static_cast<QWidget *>(dangerBox) : actionsBox);
        button->setObjectName(baseName(which) + QStringLiteral("Button"));
        button->setDefaultAction(m_actionFor[static_cast<std::size_t>(i)]);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        button->setMinimumHeight(m_primary->minimumHeight());
        if (isDanger(which))
            button->setStyleSheet(QStringLiteral("QToolButton:enabled { color: #a3121f; }"));
        m_buttonFor[static_cast<std::size_t>(i)] = button;
        (isDanger(which) ? dangerLayout : actionsLayout)->addWidget(button);
    }
    actionsLayout->addStretch(1);
    barLayout->addWidget(actionsBox, 1, Qt::AlignTop);
    auto *separator = new QFrame(bar);
    separator->setObjectName(QStringLiteral("dangerSeparator"));
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    barLayout->addWidget(separator);
    barLayout->addWidget(dangerBox, 0, Qt::AlignTop);
    return bar;
}

QWidget *OrderCardWidget::buildSummary()
{
    auto *box = new QGroupBox(tr("Order"), this);
    box->setObjectName(QStringLiteral("summaryGroupBox"));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->addRow(tr("Direction:"), m_direction);
    form->addRow(tr("Amounts:"), m_amounts);
    form->addRow(tr("Rate:"), m_rates);
    // Spans both columns and shows only while a re-quote is due or offered.
    m_rateAgreement = valueLabel(QStringLiteral("rateAgreementLabel"), this);
    m_rateAgreement->setStyleSheet(QStringLiteral("QLabel { color: #9a5b00; font-weight: bold; }"));
    m_rateAgreement->hide();
    form->addRow(m_rateAgreement);
    // The customer's name is a link to their profile, as the profile's orders lead back to cards
    // (a button beside it took the width the name and Telegram id need in a narrow column).
    m_customer->setTextFormat(Qt::RichText);
    m_customer->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_customer->setToolTip(m_customerProfile->toolTip());
    connect(m_customer, &QLabel::linkActivated, m_customerProfile, &QAction::trigger);
    form->addRow(tr("Customer:"), m_customer);
    form->addRow(tr("Deposit wallet:"), m_wallet);
    form->addRow(tr("Requisites:"), m_requisites);
    m_payoutBank = valueLabel(QStringLiteral("payoutBankLabel"), this);
    form->addRow(tr("Bank:"), m_payoutBank);
    form->setRowVisible(m_payoutBank, false);
    m_detailsForm = form;
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
        view->horizontalHeader()->setSectionResizeMode(ChecklistModel::DoneBy, QHeaderView::ResizeToContents);
        view->horizontalHeader()->setStretchLastSection(false);
        // Every item shown: the view is as tall as its rows (fitChecklists), never scrolls inside.
        view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(view->model(), &QAbstractItemModel::modelReset, this, &OrderCardWidget::fitChecklists);
        connect(view->model(), &QAbstractItemModel::rowsInserted, this, &OrderCardWidget::fitChecklists);
        connect(view->model(), &QAbstractItemModel::rowsRemoved, this, &OrderCardWidget::fitChecklists);
    }
    m_verifyTitle->setObjectName(QStringLiteral("verifyChecklistLabel"));
    m_verifyTitle->setBuddy(m_verifyView);
    m_payoutTitle->setObjectName(QStringLiteral("payoutChecklistLabel"));
    m_payoutTitle->setBuddy(m_payoutView);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_verifyTitle);
    layout->addWidget(m_verifyView);
    layout->addWidget(m_payoutTitle);
    layout->addWidget(m_payoutView);
    return box;
}

void OrderCardWidget::fitChecklists()
{
    for (QTableView *view : {m_verifyView, m_payoutView}) {
        if (!view)
            continue;
        int height = view->horizontalHeader()->isHidden() ? 0 : view->horizontalHeader()->sizeHint().height();
        const int rows = view->model()->rowCount();
        for (int row = 0; row < rows; ++row)
            height += view->verticalHeader()->sectionSize(row);
        if (rows == 0)
            height += view->verticalHeader()->defaultSectionSize();
        view->setFixedHeight(height + 2 * view->frameWidth());
    }
}

QTabWidget *OrderCardWidget::buildTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("cardTabWidget"));
    // Short names: all five fit side by side; Alt+1…5 is in each tab's tooltip.
    m_tabs->tabBar()->setExpanding(false);
    m_tabs->setUsesScrollButtons(false);
    m_tabs->tabBar()->setElideMode(Qt::ElideNone);

    m_timelineView = makeTable(QStringLiteral("timelineView"), m_timeline, m_tabs);
    contentColumns(m_timelineView);
    m_tabs->addTab(m_timelineView, tr("Timeline"));

    auto *riskPage = new QWidget(m_tabs);
    m_riskView = makeTable(QStringLiteral("riskFlagView"), m_risk, riskPage);
    contentColumns(m_riskView);
    auto *clear = new QToolButton(riskPage);
    clear->setObjectName(QStringLiteral("clearRiskFlagButton"));
    clear->setDefaultAction(m_clearFlag);
    auto *riskLayout = new QVBoxLayout(riskPage);
    riskLayout->addWidget(m_riskView, 1);
    riskLayout->addWidget(clear, 0, Qt::AlignRight);
    m_tabs->addTab(riskPage, tr("Risk"));
    connect(m_riskView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrderCardWidget::updateActions);

    auto *historyPage = new QWidget(m_tabs);
    m_historyView = makeTable(QStringLiteral("customerHistoryView"), m_history, historyPage);
    for (int column :
         {OrderQueueModel::Age, OrderQueueModel::Customer, OrderQueueModel::Deadline, OrderQueueModel::SuggestedRate})
        m_historyView->hideColumn(column);
    contentColumns(m_historyView);
    m_historyView->setSortingEnabled(true);
    auto *historyLayout = new QVBoxLayout(historyPage);
    auto *totalsRow = new QHBoxLayout;
    totalsRow->addWidget(m_customerTotals, 1);
    auto *historyProfile = new QToolButton(historyPage);
    historyProfile->setObjectName(QStringLiteral("historyProfileButton"));
    historyProfile->setDefaultAction(m_customerProfile);
    totalsRow->addWidget(historyProfile, 0, Qt::AlignTop);
    historyLayout->addLayout(totalsRow);
    historyLayout->addWidget(m_historyView, 1);
    m_tabs->addTab(historyPage, tr("Customer"));

    m_approvals->setHorizontalHeaderLabels({tr("Time"), tr("Senior"), tr("Decision"), tr("Reason")});
    m_approvalsView = makeTable(QStringLiteral("approvalsView"), m_approvals, m_tabs);
    contentColumns(m_approvalsView);
    m_tabs->addTab(m_approvalsView, tr("Approvals"));

    auto *proofPage = new QWidget(m_tabs);
    m_proofs->setHorizontalHeaderLabels({tr("Time"), tr("Kind"), tr("Uploaded by"), tr("Proof")});
    m_proofsView = makeTable(QStringLiteral("proofsView"), m_proofs, proofPage);
    contentColumns(m_proofsView);
    connect(m_proofsView, &QTableView::activated, this, &OrderCardWidget::openSelectedProof);
    connect(m_proofsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrderCardWidget::updateActions);
    auto *proofButtons = new QHBoxLayout;
    for (QAction *action : {m_attachProof, m_addTxid, m_openProof}) {
        auto *button = new QToolButton(proofPage);
        button->setObjectName(action->objectName().chopped(6) + QStringLiteral("Button"));
        button->setDefaultAction(action);
        proofButtons->addWidget(button);
        if (action == m_addTxid)
            proofButtons->addStretch(1);
    }
    auto *dropHint = new QLabel(tr("Drop a file here or paste an image (Ctrl+V) to attach it."), proofPage);
    dropHint->setObjectName(QStringLiteral("dropHintLabel"));
    dropHint->setWordWrap(true);
    auto *proofLayout = new QVBoxLayout(proofPage);
    proofLayout->addWidget(m_proofsView, 1);
    proofLayout->addWidget(dropHint);
    proofLayout->addLayout(proofButtons);
    m_tabs->addTab(proofPage, tr("Proofs"));
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabToolTip(i, tr("Alt+%1").arg(i + 1));
    return m_tabs;
}

void OrderCardWidget::addSidePane(QWidget *pane)
{
    m_splitter->addWidget(pane);
    // It grows with the window like the other columns (a chat needs the room as much as they do).
    m_splitter->setStretchFactor(m_splitter->indexOf(pane), 1);
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
    if (!m_actions->hasOrder())
        m_title->setText(tr("Order not loaded"));
    m_error->setText(text);
    m_error->setToolTip(QString());
    m_error->show();
}

void OrderCardWidget::showError(const ApiError &error)
{
    showError(DisplayText::error(error));
    m_error->setToolTip(DisplayText::errorTooltip(error));
}

void OrderCardWidget::clearError()
{
    m_error->clear();
    m_error->setToolTip(QString());
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
    m_title->setText(code);
    m_status->setText(status);
    m_status->setToolTip(tr("Version %1 of the order").arg(order.version));
    m_status->setStyleSheet(statusChipStyle(order.status));
    const QString pair = tr("%1 (%2) → %3").arg(str(order.asset), str(order.network), str(order.fiatCurrency));
    m_direction->setText(order.direction == domain::Direction::Sell ? tr("Customer sells %1").arg(pair)
                                                                    : tr("Customer buys %1").arg(pair));
    m_amounts->setText(tr("%1 ↔ %2").arg(DisplayText::cryptoAmount(order.amountCrypto, order.asset, order.network),
                                         DisplayText::fiatAmount(order.amountFiat, order.fiatCurrency)));
    const QString perUnit = tr("%1 per %2").arg(str(order.fiatCurrency), str(order.asset));
    m_rates->setText(
        order.finalRate
            ? tr("%1 %2 (suggested %3)")
                  .arg(DisplayText::rate(*order.finalRate, order.fiatCurrency), perUnit,
                       DisplayText::rate(order.suggestedRate, order.fiatCurrency))
            : tr("%1 %2 (suggested)").arg(DisplayText::rate(order.suggestedRate, order.fiatCurrency), perUnit));
    m_rateAgreement->setText(rateAgreementText(detail));
    m_rateAgreement->setVisible(!m_rateAgreement->text().isEmpty());
    const QString customer =
        order.customer.username
            ? tr("@%1 (Telegram %2)").arg(str(*order.customer.username)).arg(order.customer.telegramId)
            : tr("Telegram %1").arg(order.customer.telegramId);
    m_customer->setText(order.customer.id > 0
                            ? QStringLiteral("<a href=\"customer\">%1</a>").arg(customer.toHtmlEscaped())
                            : customer.toHtmlEscaped());
    m_holder->setText(order.holder ? tr("Held by %1").arg(DisplayText::operatorName(order.holder)) : tr("Not taken"));
    m_wallet->setText(detail.depositWallet
                          ? tr("%1 (%2 %3)")
                                .arg(str(detail.depositWallet->address), str(detail.depositWallet->asset),
                                     str(detail.depositWallet->network))
                          : tr("not assigned yet"));
    m_requisites->setText(detail.requisites ? str(*detail.requisites) : str(order.requisitesMasked));
    m_requisites->setToolTip(detail.requisites ? QString()
                                               : tr("Masked: only the holder or a senior sees them in full."));
    m_payoutBank->setText(order.payoutBankName ? str(*order.payoutBankName) : QString());
    m_detailsForm->setRowVisible(m_payoutBank, order.payoutBankName.has_value());
    m_payoutReference->setText(detail.payoutReference ? str(*detail.payoutReference) : tr("—"));
    m_approvalNote->setText(
        DisplayText::approvalLine(detail, m_actions->needsApproval(), OrderActions::hasValidApproval(detail)));

    m_timeline->setEntries(detail.history);
    m_timelineView->scrollToBottom();
    m_risk->setFlags(detail.riskFlags);
    m_verify->setItems(detail.checklist.verify);
    m_payout->setItems(detail.checklist.payout);
    fitChecklists();

    m_approvals->removeRows(0, m_approvals->rowCount());
    for (const proto::Approval &approval : detail.approvals) {
        QList<QStandardItem *> row{
            new QStandardItem(when(approval.at)), new QStandardItem(str(approval.approver.username)),
            new QStandardItem(approval.decision == proto::ApprovalDecision::Approve ? tr("approved") : tr("rejected")),
            new QStandardItem(str(approval.reason))};
        row.back()->setToolTip(str(approval.reason));
        for (QStandardItem *item : row)
            item->setEditable(false);
        m_approvals->appendRow(row);
    }
    m_proofs->removeRows(0, m_proofs->rowCount());
    for (const proto::Proof &proof : detail.proofs) {
        const QString what = proof.kind == proto::ProofKind::Txid
                                 ? str(proof.txid.value_or(std::string()))
                                 : tr("%1, %2").arg(str(proof.mime.value_or(std::string())),
                                                    QLocale().formattedDataSize(proof.size.value_or(0)));
        QList<QStandardItem *> row{new QStandardItem(when(proof.at)),
                                   new QStandardItem(proof.kind == proto::ProofKind::Txid ? tr("txid") : tr("file")),
                                   new QStandardItem(DisplayText::actor(proof.uploader)), new QStandardItem(what)};
        row.back()->setToolTip(proof.kind == proto::ProofKind::Txid
                                   ? what
                                   : tr("SHA-256 %1").arg(str(proof.sha256.value_or(std::string()))));
        row.front()->setData(QVariant::fromValue<qint64>(proof.id), Qt::UserRole);
        for (QStandardItem *item : row)
            item->setEditable(false);
        m_proofs->appendRow(row);
    }
    const int openFlags = m_risk->unclearedCount();
    m_tabs->setTabText(1, openFlags > 0 ? tr("Risk (%1)").arg(openFlags) : tr("Risk"));
    m_tabs->setTabText(4, detail.proofs.empty() ? tr("Proofs") : tr("Proofs (%1)").arg(detail.proofs.size()));
    updateRiskBadges();
    updateDeadline();
    updateActions();
}

void OrderCardWidget::updateRiskBadges()
{
    while (QLayoutItem *item = m_riskBadgesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_actions->hasOrder())
        return;
    for (const proto::RiskFlag &flag : m_actions->detail().riskFlags) {
        if (flag.clearedAt)
            continue;
        auto *badge = new QLabel(DisplayText::riskRule(flag.rule), m_riskBadges);
        badge->setObjectName(QStringLiteral("riskBadge"));
        badge->setToolTip(DisplayText::riskRuleTooltip(flag.rule, flag.severity));
        const bool stops = flag.severity != proto::RiskSeverity::Info;
        badge->setStyleSheet(stops ? QStringLiteral("QLabel { background: #fde7e9; color: #8a1020; border-radius: 4px; "
                                                    "padding: 2px 6px; }")
                                   : QStringLiteral("QLabel { background: #fff4d6; color: #6b4e00; border-radius: 4px; "
                                                    "padding: 2px 6px; }"));
        m_riskBadgesLayout->addWidget(badge);
    }
}

void OrderCardWidget::updateDeadline()
{
    if (!m_actions->hasOrder() || !m_actions->detail().summary.statusDeadline) {
        m_deadline->clear();
        m_deadline->setToolTip(QString());
        m_deadline->hide();
        return;
    }
    const qint64 deadline = toMsecsSinceEpoch(*m_actions->detail().summary.statusDeadline);
    const qint64 now = SystemClock::instance()->nowMsecsSinceEpoch();
    m_deadline->setText(tr("Deadline %1").arg(DisplayText::deadline(deadline, now)));
    m_deadline->setToolTip(DisplayText::deadlineTooltip(deadline));
    const QColor colour = DisplayText::urgencyColor(DisplayText::urgency(deadline, now));
    m_deadline->setStyleSheet(
        colour.isValid() ? QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(colour.name()) : QString());
    m_deadline->show();
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
        totals << DisplayText::fiatAmount(sum, fiat);
    m_customerTotals->setText(
        tr("%n previous order(s): %1 completed (%2), %3 cancelled, %4 in dispute.", nullptr, int(orders.size()))
            .arg(completed)
            .arg(totals.isEmpty() ? tr("nothing paid out") : totals.join(QStringLiteral(", ")))
            .arg(cancelled)
            .arg(disputes));
}

std::optional<OrderAction> OrderCardWidget::primaryAction() const
{
    if (!m_actions->hasOrder())
        return std::nullopt;
    // A due re-quote comes first: the customer has to answer it before the desk can pay out.
    const auto &agreement = m_actions->detail().rateAgreement;
    if (agreement && agreement->state == domain::RateAgreement::Due && m_actions->state(OrderAction::Requote).enabled())
        return OrderAction::Requote;
    if (const auto next = m_actions->nextStep())
        return next;
    // A second senior's part in this status is the approval.
    if (m_actions->state(OrderAction::Approve).enabled())
        return OrderAction::Approve;
    // Nothing can be done now: show the step this operator waits for (a checklist, an approval).
    for (OrderAction action : kForward) {
        const OrderActionState state = m_actions->state(action);
        if (state.offered && state.allowed)
            return action;
    }
    return std::nullopt;
}

void OrderCardWidget::updateActions()
{
    const bool ready = m_actions->hasOrder() && m_online && !m_actions->isBusy();
    const std::optional<OrderAction> primary = primaryAction();
    for (const OrderActionState &state : m_actions->actionStates()) {
        const auto index = static_cast<std::size_t>(state.action);
        QAction *action = m_actionFor[index];
        action->setEnabled(ready && state.enabled());
        const bool asksFirst = state.action == OrderAction::Take || state.action == OrderAction::Requote ||
                               state.needsReason || state.needsPayoutReference;
        action->setText(OrderActions::actionName(state.action) + (asksFirst ? QStringLiteral("…") : QString()));
        // The primary step has the big button; the danger zone keeps its place in every status.
        const bool shown = isDanger(state.action) ? state.offered : state.offered && state.action != primary;
        m_buttonFor[index]->setVisible(shown);
        QString tip = OrderActions::actionName(state.action) + QStringLiteral(" (") +
                      actionShortcut(state.action).toString(QKeySequence::NativeText) + u')';
        if (state.offered && !state.allowed)
            tip += u'\n' + tr("Not yours to do in this state.");
        for (const QString &unmet : state.unmet)
            tip += u'\n' + unmet;
        action->setToolTip(tip);
    }
    // While a dialog of the card is open its own Ctrl+Enter confirms it; the card's must not win.
    // The danger zone is drawn only when it holds something (it is the last thing in the bar, so
    // nothing else moves).
    bool anyDanger = false;
    for (OrderAction danger : {OrderAction::Cancel, OrderAction::Dispute})
        anyDanger = anyDanger || !m_buttonFor[static_cast<std::size_t>(danger)]->isHidden();
    if (auto *separator = findChild<QFrame *>(QStringLiteral("dangerSeparator")))
        separator->setVisible(anyDanger);
    m_next->setEnabled(ready && !m_dialog && primary && m_actions->state(*primary).enabled());
    m_customerProfile->setEnabled(m_actions->hasOrder() && m_actions->detail().summary.customer.id > 0);

    if (primary) {
        const OrderActionState state = m_actions->state(*primary);
        m_primary->setText(m_actionFor[static_cast<std::size_t>(*primary)]->text());
        m_primary->setEnabled(ready && state.enabled());
        m_primary->setToolTip(m_actionFor[static_cast<std::size_t>(*primary)]->toolTip() + u'\n' +
                              tr("Next step: Ctrl+Enter"));
        m_primaryHint->setText(state.enabled() ? tr("Ctrl+Enter") : state.unmet.value(0));
    } else {
        const bool closed = m_actions->hasOrder() && (m_actions->detail().summary.status == S::Completed ||
                                                      m_actions->detail().summary.status == S::Cancelled);
        m_primary->setText(!m_actions->hasOrder() ? tr("Next step")
                           : closed               ? tr("Order closed")
                                                  : tr("No step for you now"));
        m_primary->setEnabled(false);
        m_primary->setToolTip(QString());
        m_primaryHint->setText(m_actions->hasOrder() && !closed ? tr("Waiting for the customer or another operator.")
                                                                : QString());
    }

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
    const bool attach = ready && m_actions->canAttachProof();
    m_attachProof->setEnabled(attach);
    m_addTxid->setEnabled(attach);
    m_pasteProof->setEnabled(attach);
    const QString attachTip =
        attach ? QString()
               : tr("Proofs are attached by the holder while the order waits for its payment to be checked "
                    "(after “Mark sent for customer” if the customer did not press it).");
    m_attachProof->setToolTip(
        tr("Attach proof (%1)").arg(m_attachProof->shortcut().toString(QKeySequence::NativeText)) +
        (attachTip.isEmpty() ? QString() : u'\n' + attachTip));
    m_addTxid->setToolTip(tr("Add txid (%1)").arg(m_addTxid->shortcut().toString(QKeySequence::NativeText)) +
                          (attachTip.isEmpty() ? QString() : u'\n' + attachTip));
}

namespace {

// What syncd accepts as a proof, recognised from the bytes (syncd checks them again).
QString sniffedMime(const QByteArray &bytes)
{
    return QMimeDatabase().mimeTypeForData(bytes).name();
}

bool acceptedMime(const QString &mime)
{
    return mime == u"image/jpeg" || mime == u"image/png" || mime == u"image/webp" || mime == u"application/pdf";
}

} // namespace

void OrderCardWidget::attachProofFromFile(const QString &path)
{
    if (!m_attachProof->isEnabled())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return showError(tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    const QByteArray bytes = file.readAll();
    const QString mime = sniffedMime(bytes);
    if (!acceptedMime(mime))
        return showError(tr("%1 is not a JPEG, PNG, WebP or PDF file.").arg(QFileInfo(path).fileName()));
    clearError();
    withProofReason([this, bytes, mime](const QString &reason) { m_actions->attachProofFile(bytes, mime, reason); });
}

void OrderCardWidget::withProofReason(std::function<void(const QString &)> attach)
{
    const auto &holder = m_actions->detail().summary.holder;
    if (holder && holder->id == m_actions->operatorId())
        return attach({});
    // A senior attaching to an order another operator holds says why (syncd requires it).
    // Deferred: the dialog that led here (txid, file) is still closing.
    QTimer::singleShot(0, this, [this, attach = std::move(attach)] {
        if (m_dialog)
            return;
        auto *dialog = new ReasonDialog(
            tr("Attach proof — order %1").arg(str(m_actions->detail().summary.code)),
            tr("You do not hold this order. Why do you attach a proof to it? The reason is recorded in the audit log."),
            this);
        connect(dialog, &QDialog::accepted, this, [dialog, attach] { attach(dialog->reason()); });
        openDialog(dialog);
    });
}

bool OrderCardWidget::attachProofFromMimeData(const QMimeData *mime)
{
    if (!mime || !m_attachProof->isEnabled())
        return false;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile()) {
            attachProofFromFile(url.toLocalFile());
            return true;
        }
    }
    if (mime->hasImage()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        if (image.isNull())
            return false;
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        clearError();
        withProofReason([this, png](const QString &reason) {
            m_actions->attachProofFile(png, QStringLiteral("image/png"), reason);
        });
        return true;
    }
    return false;
}

void OrderCardWidget::askAttachProof()
{
    if (!m_attachProof->isEnabled() || m_dialog)
        return;
    auto *dialog = new QFileDialog(this, tr("Attach proof to order %1").arg(str(m_actions->detail().summary.code)));
    dialog->setObjectName(QStringLiteral("attachProofDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Proofs (*.jpg *.jpeg *.png *.webp *.pdf)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &OrderCardWidget::attachProofFromFile);
    openDialog(dialog);
}

void OrderCardWidget::askTxid()
{
    if (!m_addTxid->isEnabled() || m_dialog)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("addTxidDialog"));
    dialog->setWindowTitle(tr("Add txid to order %1").arg(str(m_actions->detail().summary.code)));
    dialog->setLabelText(tr("Transaction id of the customer's payment:"));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setMinimumWidth(560);
    dialog->setOkButtonText(tr("Add"));
    dialog->setCancelButtonText(tr("Cancel"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &txid) {
        if (!txid.trimmed().isEmpty())
            withProofReason([this, txid](const QString &reason) { m_actions->addTxid(txid, reason); });
    });
    openDialog(dialog);
}

void OrderCardWidget::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_attachProof->isEnabled() && (event->mimeData()->hasUrls() || event->mimeData()->hasImage()))
        event->acceptProposedAction();
}

void OrderCardWidget::dropEvent(QDropEvent *event)
{
    if (attachProofFromMimeData(event->mimeData()))
        event->acceptProposedAction();
}

void OrderCardWidget::trigger(OrderAction which)
{
    const OrderActionState state = m_actions->state(which);
    if (!action(which)->isEnabled() || !state.enabled() || m_dialog)
        return;
    clearError();
    if (which == OrderAction::Take)
        return askTakeRate(false);
    if (which == OrderAction::Requote)
        return askRequote();
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
    connect(dialog, &QDialog::finished, this, [this] {
        m_dialog.clear();
        updateActions();
    });
    dialog->open();
    updateActions();
}

void OrderCardWidget::askTakeRate(bool reasonRequired, const QString &rateText)
{
    if (!m_actions->hasOrder() || m_dialog)
        return;
    const proto::OrderSummary &order = m_actions->detail().summary;
    TakeRateInput input;
    input.orderCode = str(order.code);
    input.pairText = tr("%1 %2 (%3) for %4")
                         .arg(order.direction == domain::Direction::Sell ? tr("Sell") : tr("Buy"),
                              DisplayText::cryptoAmount(order.amountCrypto, order.asset, order.network),
                              str(order.network), str(order.fiatCurrency));
    input.suggestedRate = order.suggestedRate;
    // The customer's quote expired (or the desk's rate moved): syncd measures the take against the
    // desk's rate now, so the dialog proposes it and says why.
    const auto &agreement = m_actions->detail().rateAgreement;
    if (agreement && agreement->state == domain::RateAgreement::Due && agreement->currentRate) {
        input.suggestedRate = *agreement->currentRate;
        input.note = rateAgreementText(m_actions->detail()) + u' ' +
                     tr("The suggestion below is the desk's rate now; the customer's quote was %1.")
                         .arg(DisplayText::rate(order.suggestedRate, order.fiatCurrency));
    }
    input.maxDeviationPercent = m_actions->maxRateDeviationPercent();
    input.reasonRequired = reasonRequired;
    // Taking and sending the deposit address are one action when the customer is to send crypto.
    input.offerSendDeposit = order.direction == domain::Direction::Sell;
    input.sendDeposit = m_lastSendDeposit;
    auto *dialog = new TakeRateDialog(input, this);
    // The suggestion is only as good as the desk's rate: is it fresh now?
    connect(m_actions, &OrderActions::rateFreshness, dialog, [dialog, id = order.id](qint64 orderId, bool stale) {
        if (orderId == id && stale)
            dialog->showRateStale();
    });
    m_actions->checkRateFreshness(order);
    if (!rateText.isEmpty())
        dialog->setRateText(rateText);
    const bool offered = input.offerSendDeposit;
    connect(dialog, &QDialog::accepted, this, [this, dialog, offered] {
        if (const auto rate = dialog->finalRate()) {
            m_lastRate = QString::fromStdString(rate->toString());
            if (offered)
                m_lastSendDeposit = dialog->sendDeposit();
            if (dialog->sendDeposit())
                m_actions->takeAndSendDeposit(*rate, dialog->reason());
            else
                m_actions->take(*rate, dialog->reason());
        }
    });
    openDialog(dialog);
}

void OrderCardWidget::askRequote()
{
    if (!m_actions->hasOrder() || m_dialog)
        return;
    auto *dialog = new RequoteDialog(m_actions->detail(), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto rate = dialog->rate())
            m_actions->requote(*rate, dialog->reason());
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
    auto *dialog = new ReasonDialog(tr("Clear risk flag: %1").arg(DisplayText::riskRule(m_risk->at(flag.row()).rule)),
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
