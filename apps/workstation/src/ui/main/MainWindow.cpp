#include "ui/main/MainWindow.h"

#include "models/OrderQueueFilterModel.h"
#include "models/OrderQueueModel.h"
#include "ui/main/OfflineBanner.h"
#include "ui/main/ShortcutsDialog.h"
#include "ui/support/SupportInbox.h"

#include <QAction>
#include <QApplication>
#include <QColor>
#include <QDateTime>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <chrono>

namespace p2pdesk::workstation {

namespace {

QString tabTitle(QueueTab tab)
{
    switch (tab) {
    case QueueTab::New:
        return MainWindow::tr("New");
    case QueueTab::Mine:
        return MainWindow::tr("Mine");
    case QueueTab::WaitingForCustomer:
        return MainWindow::tr("Waiting for customer");
    case QueueTab::NeedsApproval:
        return MainWindow::tr("Needs approval");
    case QueueTab::Disputes:
        return MainWindow::tr("Disputes");
    case QueueTab::All:
        return MainWindow::tr("All");
    }
    return {};
}

constexpr std::array<QueueTab, kQueueTabCount> kTabs = {
    QueueTab::New,           QueueTab::Mine,     QueueTab::WaitingForCustomer,
    QueueTab::NeedsApproval, QueueTab::Disputes, QueueTab::All};

} // namespace

MainWindow::MainWindow(OrderQueueModel *orders, QWidget *parent)
    : QMainWindow(parent)
    , m_orders(orders)
    , m_queue(new OrderQueueFilterModel(this))
    , m_tabs(new QTabBar(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_pages(new QStackedWidget(this))
    , m_banner(new OfflineBanner(this))
    , m_connection(new QLabel(this))
    , m_count(new QLabel(this))
    , m_duty(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("p2pdesk — order queue"));
    m_queue->setSourceModel(orders);

    m_tabs->setObjectName(QStringLiteral("queueTabBar"));
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    for (QueueTab tab : kTabs)
        m_tabs->addTab(tabTitle(tab));
    m_tabs->setCurrentIndex(static_cast<int>(QueueTab::All));
    m_queue->setTab(QueueTab::All);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        showPage(index);
        if (index >= 0 && index < kQueueTabCount)
            m_queue->setTab(kTabs[static_cast<std::size_t>(index)]);
        keepSelection();
        updateActions();
    });

    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search code, customer, holder… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    m_search->setMaximumWidth(400);
    // Filtering 100k rows per keystroke would stutter; wait for a pause in typing.
    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(150);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDebounce.start(); });
    connect(&m_searchDebounce, &QTimer::timeout, this, [this] { m_queue->setSearchText(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDebounce.stop();
        m_queue->setSearchText(m_search->text());
        m_table->setFocus();
        if (m_queue->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_queue->index(0, 0));
    });

    m_table->setObjectName(QStringLiteral("queueTableView"));
    m_table->setModel(m_queue);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OrderQueueModel::Age, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setResizeContentsPrecision(200); // sample, never walk 100k rows
    // Fixed starting widths: measuring contents would walk the model, which may hold 100k rows.
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto widthFor = [&metrics](const char *sample) {
        return metrics.horizontalAdvance(QString::fromUtf8(sample)) + 16;
    };
    m_table->setColumnWidth(OrderQueueModel::Code, widthFor("P-000000"));
    m_table->setColumnWidth(OrderQueueModel::Age, widthFor("00 h 00 min"));
    m_table->setColumnWidth(OrderQueueModel::Direction, widthFor("Sell USDT (TRON) → RUB"));
    m_table->setColumnWidth(OrderQueueModel::AmountCrypto, widthFor("00000.00000000 USDT"));
    m_table->setColumnWidth(OrderQueueModel::AmountFiat, widthFor("0 000 000.00 RUB"));
    m_table->setColumnWidth(OrderQueueModel::Status, widthFor("Customer marked sent"));
    fitStatusColumn();
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit openOrderRequested(index.data(OrderQueueModel::OrderIdRole).toLongLong());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_selectedId = current.data(OrderQueueModel::OrderIdRole).toLongLong();
                updateActions();
            });

    m_banner->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_tabs, 1);
    top->addWidget(m_search);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    m_pages->addWidget(m_table);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_duty->setObjectName(QStringLiteral("dutyLabel"));
    m_duty->hide(); // until the roster is read
    statusBar()->addPermanentWidget(m_duty);
    statusBar()->addPermanentWidget(m_count);
    statusBar()->addPermanentWidget(m_connection);

    buildActions();
    m_tabCountsTimer.setSingleShot(true);
    m_tabCountsTimer.setInterval(100);
    connect(&m_tabCountsTimer, &QTimer::timeout, this, &MainWindow::updateTabTitles);
    const auto recount = [this] { m_tabCountsTimer.start(); };
    connect(m_orders, &QAbstractItemModel::rowsInserted, this, recount);
    connect(m_orders, &QAbstractItemModel::rowsRemoved, this, recount);
    connect(m_orders, &QAbstractItemModel::modelReset, this, recount);
    connect(m_orders, &QAbstractItemModel::dataChanged, this,
            [recount](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.isEmpty())
                    recount();
            });
    connect(m_queue, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(m_queue, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
    connect(m_queue, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(m_queue, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCounts);
    connect(m_orders, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.isEmpty()) // a real change, not an age/deadline tick
                    updateActions();
            });
    setOnline(false);
    updateCounts();
    updateTabTitles();
    resize(1280, 720);
}

void MainWindow::buildActions()
{
    QMenu *orderMenu = menuBar()->addMenu(tr("&Order"));
    m_take = orderMenu->addAction(tr("&Take…"));
    m_take->setObjectName(QStringLiteral("takeOrderAction"));
    m_take->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_take, &QAction::triggered, this, [this] {
        if (const auto id = selectedOrderId(); id && m_take->isEnabled())
            emit takeRequested(*id);
    });
    m_open = orderMenu->addAction(tr("&Open card"));
    m_open->setObjectName(QStringLiteral("openOrderAction"));
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    connect(m_open, &QAction::triggered, this, [this] {
        if (const auto id = selectedOrderId())
            emit openOrderRequested(*id);
    });
    QAction *approvals = orderMenu->addAction(tr("&Approvals inbox…"));
    approvals->setObjectName(QStringLiteral("approvalsInboxAction"));
    approvals->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(approvals, &QAction::triggered, this, &MainWindow::approvalsInboxRequested);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < kQueueTabCount; ++i) {
        QAction *action = viewMenu->addAction(m_tabs->tabText(i));
        action->setObjectName(QStringLiteral("tab%1Action").arg(i + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] {
            m_tabs->setCurrentIndex(i);
            m_table->setFocus();
        });
    }
    // Shown once the window has a support inbox (setSupportInbox).
    m_supportAction = viewMenu->addAction(tr("Support"));
    m_supportAction->setObjectName(QStringLiteral("supportTabAction"));
    m_supportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    m_supportAction->setVisible(false);
    connect(m_supportAction, &QAction::triggered, this, [this] {
        showSupport();
        if (m_support)
            m_support->view()->setFocus();
    });
    viewMenu->addSeparator();
    QAction *find = viewMenu->addAction(tr("&Find"));
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(find, &QAction::triggered, this, [this] {
        if (isSupportShown())
            return m_support->focusSearch();
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    QMenu *deskMenu = menuBar()->addMenu(tr("&Desk"));
    m_onDuty = deskMenu->addAction(tr("On d&uty"));
    m_onDuty->setObjectName(QStringLiteral("onDutyAction"));
    m_onDuty->setCheckable(true);
    m_onDuty->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_onDuty->setToolTip(tr("While at least one operator is on duty, the Telegram bot takes new orders."));
    m_onDuty->setVisible(false); // shown with the operator, to accounts that work orders
    connect(m_onDuty, &QAction::triggered, this, &MainWindow::onDutyToggled);
    m_customers = deskMenu->addAction(tr("&Customers…"));
    m_customers->setObjectName(QStringLiteral("customersAction"));
    m_customers->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_customers->setVisible(false); // shown with the operator, to seniors and admins
    connect(m_customers, &QAction::triggered, this, [this] {
        if (m_actor.hasRole(domain::Role::Senior) || m_actor.hasRole(domain::Role::Admin))
            emit customersRequested();
    });
    deskMenu->addSeparator();
    QAction *settings = deskMenu->addAction(tr("&Settings…"));
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    connect(settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    QAction *logout = deskMenu->addAction(tr("&Log out"));
    logout->setObjectName(QStringLiteral("logoutAction"));
    connect(logout, &QAction::triggered, this, &MainWindow::logoutRequested);
    QAction *quit = deskMenu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *adminMenu = menuBar()->addMenu(tr("&Admin"));
    m_adminMenu = adminMenu->menuAction();
    m_adminMenu->setObjectName(QStringLiteral("adminMenuAction"));
    m_admin = adminMenu->addAction(tr("&Administration…"));
    m_admin->setObjectName(QStringLiteral("adminAction"));
    m_admin->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_admin, &QAction::triggered, this, [this] {
        if (m_actor.hasRole(domain::Role::Admin))
            emit adminRequested();
    });
    m_adminMenu->setVisible(false);
    m_admin->setVisible(false);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = helpMenu->addAction(tr("&Keyboard shortcuts"));
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    connect(shortcuts, &QAction::triggered, this, [this] {
        auto *sheet = new ShortcutsDialog(shortcutList(), this);
        sheet->setAttribute(Qt::WA_DeleteOnClose);
        sheet->open();
    });

    QToolBar *toolbar = addToolBar(tr("Order actions"));
    toolbar->setObjectName(QStringLiteral("orderToolBar"));
    toolbar->setMovable(false);
    toolbar->addAction(m_take);
    toolbar->addAction(m_open);
    toolbar->addSeparator();
    toolbar->addAction(m_onDuty);
}

void MainWindow::setOperator(const QString &username, const domain::Actor &actor)
{
    m_actor = actor;
    const bool admin = actor.hasRole(domain::Role::Admin);
    m_adminMenu->setVisible(admin);
    m_admin->setVisible(admin);
    m_queue->setCurrentOperatorId(actor.operatorId);
    m_onDuty->setVisible(actor.worksOrders());
    m_customers->setVisible(admin || actor.hasRole(domain::Role::Senior));
    updateTabTitles(); // "Mine" depends on who is logged in
    setWindowTitle(tr("p2pdesk — %1").arg(username));
    updateActions();
}

void MainWindow::setDutyRoster(const proto::DutyRoster &roster, bool meOnDuty)
{
    m_onDuty->setChecked(meOnDuty);
    QStringList names;
    for (const auto &op : roster.onDuty)
        names << QString::fromStdString(op.username);
    QString tooltip;
    if (!roster.withinHours) {
        // The hours close the desk whoever is on duty: say when it opens, in this machine's time.
        const QString opens =
            roster.opensAt ? QLocale().toString(
                                 QDateTime::fromMSecsSinceEpoch(std::chrono::duration_cast<std::chrono::milliseconds>(
                                                                    roster.opensAt->time_since_epoch())
                                                                    .count()),
                                 QStringLiteral("ddd HH:mm"))
                           : QString();
        m_duty->setText(opens.isEmpty() ? tr("Closed by the opening hours") : tr("Closed until %1").arg(opens));
        tooltip = tr("Outside the desk's opening hours the Telegram bot takes no new orders and tells customers "
                     "when the desk opens.");
        if (!names.isEmpty())
            tooltip += QLatin1Char('\n') + tr("On duty: %1").arg(names.join(QStringLiteral(", ")));
    } else if (names.isEmpty()) {
        m_duty->setText(roster.open ? tr("Nobody on duty") : tr("Nobody on duty: the bot takes no new orders"));
        tooltip = roster.open ? tr("The desk does not require an operator on duty; the bot takes new orders.")
                              : tr("The Telegram bot takes no new orders until an operator goes on duty (Desk → On "
                                   "duty).");
    } else {
        m_duty->setText(tr("On duty: %1").arg(names.join(QStringLiteral(", "))));
        tooltip = tr("The Telegram bot takes new orders while someone is on duty.");
    }
    m_duty->setToolTip(tooltip);
    // Closed is worth a glance from across the room.
    m_duty->setStyleSheet(roster.open ? QString() : QStringLiteral("color: #b03a2e; font-weight: bold;"));
    m_duty->show();
}

void MainWindow::setOnline(bool online, const QString &reason)
{
    m_online = online;
    m_banner->setReason(reason);
    m_banner->setVisible(!online);
    m_connection->setText(online ? tr("Online") : tr("Offline"));
    updateActions();
}

void MainWindow::showStatusMessage(const QString &text)
{
    statusBar()->showMessage(text, 10'000);
}

void MainWindow::selectTab(QueueTab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

void MainWindow::setSupportInbox(SupportInbox *inbox)
{
    if (m_support || !inbox)
        return;
    m_support = inbox;
    m_pages->addWidget(inbox);
    m_supportTab = m_tabs->addTab(tr("Support"));
    m_supportAction->setVisible(true);
    connect(inbox, &SupportInbox::attentionChanged, this, &MainWindow::updateSupportTitle);
    connect(inbox, &SupportInbox::ticketActivated, this, &MainWindow::ticketActivated);
    updateSupportTitle(inbox->attention().tickets, inbox->attention().overdue);
}

void MainWindow::showSupport()
{
    if (m_support)
        m_tabs->setCurrentIndex(m_supportTab);
}

bool MainWindow::isSupportShown() const
{
    return m_support && m_pages->currentWidget() == m_support;
}

void MainWindow::showTicket(qint64 ticketId, qint64 orderId)
{
    if (!m_support)
        return;
    showSupport();
    m_support->selectTicket(ticketId);
    show();
    raise();
    activateWindow();
    emit ticketActivated(ticketId, orderId);
}

void MainWindow::showPage(int tabIndex)
{
    // The queue's search and count belong to the queue; the inbox has its own.
    const bool support = m_support && tabIndex == m_supportTab;
    m_pages->setCurrentWidget(support ? static_cast<QWidget *>(m_support) : m_table);
    m_search->setVisible(!support);
    m_count->setVisible(!support);
}

void MainWindow::updateSupportTitle(int tickets, int overdue)
{
    if (m_supportTab < 0)
        return;
    // Tickets that want this operator's answer: theirs or nobody's, unread or overdue; red while
    // one of them is overdue, like a deadline in the queue.
    m_tabs->setTabText(m_supportTab,
                       tickets == 0 ? tr("Support")
                                    : tr("%1 (%2)", "queue tab: title (orders in it)").arg(tr("Support")).arg(tickets));
    m_tabs->setTabTextColor(m_supportTab, overdue > 0 ? QColor(0xc6, 0x28, 0x28) : QColor());
    QString tip = tickets == 0 ? tr("No ticket waits for your answer.")
                               : tr("%n ticket(s) wait for an answer from you or from anyone.", nullptr, tickets);
    if (overdue > 0)
        tip += u' ' + tr("%n overdue.", nullptr, overdue);
    m_tabs->setTabToolTip(m_supportTab, tip);
}

const OrderSnapshot *MainWindow::selectedOrder() const
{
    if (isSupportShown())
        return nullptr; // Take and Open card act on the queue's row, which is not in sight
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return nullptr;
    return m_orders->find(current.data(OrderQueueModel::OrderIdRole).toLongLong());
}

std::optional<std::int64_t> MainWindow::selectedOrderId() const
{
    const OrderSnapshot *order = selectedOrder();
    return order ? std::optional(order->id()) : std::nullopt;
}

void MainWindow::updateActions()
{
    const OrderSnapshot *order = selectedOrder();
    bool canTake = false;
    if (order && m_online && !order->onHold) {
        // The same table syncd enforces: offer Take only when this operator may take it now.
        domain::OrderFacts facts;
        facts.status = order->summary.status;
        if (order->summary.holder)
            facts.holderOperatorId = order->summary.holder->id;
        for (const domain::AllowedTransition &allowed : domain::allowedTransitions(facts, m_actor)) {
            if (allowed.to == domain::OrderStatus::Assigned && allowed.action == "take")
                canTake = true;
        }
    }
    m_take->setEnabled(canTake);
    m_open->setEnabled(order != nullptr);
}

QList<QPair<QString, QString>> MainWindow::shortcutList() const
{
    QList<QPair<QString, QString>> list;
    const auto add = [&list](const QString &what, const QKeySequence &keys) {
        list.append({what, keys.toString(QKeySequence::NativeText)});
    };
    for (QAction *menu : menuBar()->actions()) {
        if (!menu->isVisible() || !menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->isVisible() && !action->shortcut().isEmpty())
                add(QString(action->text()).remove(u'&'), action->shortcut());
        }
    }
    // Keys of the table and of the other windows, which no menu shows.
    list.append({tr("Open the selected order"), tr("Enter", "key")});
    add(tr("Order card or chat window: the customer's profile"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    add(tr("Approvals inbox: approve the selected payout"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    add(tr("Approvals inbox: reject the selected payout"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    add(tr("Close the approvals inbox"), QKeySequence(Qt::Key_Escape));
    if (m_support) {
        list.append({tr("Support: open the selected ticket"), tr("Enter", "key")});
        add(tr("Support: assign the selected ticket to me"), m_support->assignToMeAction()->shortcut());
        add(tr("Support: the selected ticket's customer profile"), m_support->customerProfileAction()->shortcut());
    }
    return list;
}

void MainWindow::fitStatusColumn()
{
    // An order's status changes under the operator's eyes: the column holds the longest name
    // of any status, not just of those sampled when the queue was first sized.
    const QFontMetrics metrics = m_table->fontMetrics();
    int widest = 0;
    for (domain::OrderStatus status : domain::kAllOrderStatuses)
        widest = std::max(widest, metrics.horizontalAdvance(OrderQueueModel::statusText(status)));
    const int width = widest + 2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 16;
    if (m_table->columnWidth(OrderQueueModel::Status) < width)
        m_table->setColumnWidth(OrderQueueModel::Status, width);
}

void MainWindow::updateTabTitles()
{
    const auto counts = m_queue->tabCounts();
    for (int i = 0; i < kQueueTabCount; ++i) {
        const QueueTab tab = kTabs[static_cast<std::size_t>(i)];
        const int count = counts[static_cast<std::size_t>(tab)];
        // "All" counts history too; a number there says nothing about work to do.
        const QString title = tab == QueueTab::All || count == 0
                                  ? tabTitle(tab)
                                  : tr("%1 (%2)", "queue tab: title (orders in it)").arg(tabTitle(tab)).arg(count);
        m_tabs->setTabText(i, title);
    }
}

void MainWindow::keepSelection()
{
    // The order selected before the tab switch stays selected when the new tab shows it, else
    // the first row is: Enter always opens something the operator can see.
    if (m_queue->rowCount() == 0)
        return;
    QModelIndex target;
    if (m_selectedId != 0) {
        for (int row = 0; row < m_queue->rowCount(); ++row) {
            const QModelIndex index = m_queue->index(row, 0);
            if (index.data(OrderQueueModel::OrderIdRole).toLongLong() == m_selectedId) {
                target = index;
                break;
            }
        }
    }
    if (!target.isValid())
        target = m_queue->index(0, 0);
    m_table->setCurrentIndex(target);
    m_table->selectRow(target.row());
}

void MainWindow::updateCounts()
{
    if (!m_table->currentIndex().isValid() && m_queue->rowCount() > 0)
        keepSelection();
    if (!m_columnsSized && m_queue->rowCount() > 0) {
        // Once, when the first orders arrive: every column as wide as its header and the rows
        // sampled (resizeContentsPrecision), so no code, amount or status is cut.
        m_columnsSized = true;
        m_table->resizeColumnsToContents();
        fitStatusColumn();
    }
    m_count->setText(tr("%n order(s) shown", nullptr, m_queue->rowCount()));
    updateActions();
}

} // namespace p2pdesk::workstation
