#include "ui/approvals/ApprovalsInbox.h"

#include "core/OrderActions.h"
#include "models/ApprovalsFilterModel.h"
#include "models/OrderQueueModel.h"
#include "ui/actions/ReasonDialog.h"

#include "p2pdesk/domain/ApprovalPolicy.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <map>

namespace p2pdesk::workstation {

ApprovalsInbox::ApprovalsInbox(OrderQueueModel *orders, OrderActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_orders(orders)
    , m_actions(actions)
    , m_filter(new ApprovalsFilterModel(this))
    , m_view(new QTableView(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("approvalsInbox"));
    setWindowTitle(tr("Approvals inbox"));
    m_filter->setSourceModel(orders);
    m_filter->setApprover(actions->operatorId(), actions->actor().hasRole(domain::Role::Senior));
    const auto applyThresholds = [this] {
        if (const auto &settings = m_actions->settings()) {
            std::map<std::string, domain::Decimal, std::less<>> thresholds(settings->approvalThresholds.begin(),
                                                                           settings->approvalThresholds.end());
            m_filter->setPolicy(domain::ApprovalPolicy(std::move(thresholds)));
        }
    };
    applyThresholds();
    connect(m_actions, &OrderActions::referenceDataChanged, this, applyThresholds);

    m_view->setObjectName(QStringLiteral("approvalsTableView"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);

    const auto makeAction = [this](const QString &name, const QString &text, const QKeySequence &keys) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_approve =
        makeAction(QStringLiteral("approveAction"), tr("&Approve…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_reject =
        makeAction(QStringLiteral("rejectAction"), tr("&Reject…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_open = makeAction(QStringLiteral("openOrderAction"), tr("&Open card"), QKeySequence(Qt::CTRL | Qt::Key_O));
    connect(m_approve, &QAction::triggered, this, [this] { decide(true); });
    connect(m_reject, &QAction::triggered, this, [this] { decide(false); });
    connect(m_open, &QAction::triggered, this, [this] {
        if (const std::int64_t id = currentOrderId())
            emit openOrderRequested(id);
    });
    connect(m_view, &QTableView::activated, m_open, &QAction::trigger);
    auto *close = makeAction(QStringLiteral("closeAction"), tr("&Close"), QKeySequence(Qt::Key_Escape));
    connect(close, &QAction::triggered, this, &QWidget::close);

    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_approve, m_reject, m_open}) {
        auto *button = new QToolButton(this);
        button->setObjectName(action->objectName().replace(QStringLiteral("Action"), QStringLiteral("Button")));
        button->setDefaultAction(action);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ApprovalsInbox::updateActions);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ApprovalsInbox::updateActions);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ApprovalsInbox::updateActions);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ApprovalsInbox::updateActions);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ApprovalsInbox::updateActions);
    connect(m_actions, &OrderActions::busyChanged, this, [this](bool busy) {
        m_busy = busy;
        updateActions();
    });
    connect(m_actions, &OrderActions::failed, this, [this](qint64, const QString &text) {
        m_showsEmptyNotice = false;
        m_message->setText(text);
    });
    connect(m_actions, &OrderActions::actionSucceeded, this, [this](OrderAction action, qint64 orderId) {
        if (action != OrderAction::Approve && action != OrderAction::RejectApproval)
            return;
        m_showsEmptyNotice = false;
        m_message->setText(action == OrderAction::Approve ? tr("Order #%1 approved.").arg(orderId)
                                                          : tr("Order #%1 rejected.").arg(orderId));
    });
    connect(m_actions, &OrderActions::orderUpdated, this,
            [this](const proto::OrderSummary &summary) { m_orders->upsert(summary); });
    updateActions();
    resize(900, 400);
}

void ApprovalsInbox::setOnline(bool online)
{
    m_online = online;
    updateActions();
}

std::int64_t ApprovalsInbox::currentOrderId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(OrderQueueModel::OrderIdRole).toLongLong() : 0;
}

void ApprovalsInbox::updateActions()
{
    // A payout that appears (a new one, or a lowered threshold) is selected, so Enter opens it;
    // the columns fit the first payouts shown, so no amount, name or status is cut.
    if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_view->setCurrentIndex(m_filter->index(0, 0));
    if (!m_columnsSized && m_filter->rowCount() > 0) {
        m_columnsSized = true;
        m_view->resizeColumnsToContents();
    }
    const QModelIndex current = m_view->currentIndex();
    bool mayApprove = false;
    if (current.isValid()) {
        const qint64 holder = current.data(OrderQueueModel::HolderIdRole).toLongLong();
        mayApprove =
            domain::ApprovalPolicy()
                .checkApprover(m_actions->actor(), holder ? std::optional<domain::OperatorId>(holder) : std::nullopt)
                .ok();
    }
    const bool ready = m_online && !m_busy && !m_dialog;
    m_approve->setEnabled(ready && mayApprove);
    m_reject->setEnabled(ready && mayApprove);
    m_open->setEnabled(current.isValid());
    if (m_filter->rowCount() == 0 && m_message->text().isEmpty()) {
        m_showsEmptyNotice = true;
        m_message->setText(tr("No payout waits for your approval."));
    } else if (m_filter->rowCount() > 0 && m_showsEmptyNotice) {
        m_showsEmptyNotice = false;
        m_message->clear();
    }
}

void ApprovalsInbox::decide(bool approve)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !(approve ? m_approve : m_reject)->isEnabled())
        return;
    const std::int64_t orderId = current.data(OrderQueueModel::OrderIdRole).toLongLong();
    const std::int64_t version = current.data(OrderQueueModel::VersionRole).toLongLong();
    const QString code = current.sibling(current.row(), OrderQueueModel::Code).data().toString();
    auto *dialog = new ReasonDialog(approve ? tr("Approve payout of order %1").arg(code)
                                            : tr("Reject payout of order %1").arg(code),
                                    tr("Why? Your decision is bound to the order as you see it now."), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, orderId, version, approve] {
        m_showsEmptyNotice = false;
        m_message->clear();
        m_actions->approveOrder(orderId, version,
                                approve ? proto::ApprovalDecision::Approve : proto::ApprovalDecision::Reject,
                                dialog->reason());
    });
    connect(dialog, &QDialog::finished, this, [this] {
        m_dialog.clear();
        updateActions();
    });
    m_dialog = dialog;
    updateActions();
    dialog->open();
}

} // namespace p2pdesk::workstation
