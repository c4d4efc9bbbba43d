#include "ui/support/SupportInbox.h"

#include "core/TicketInbox.h"
#include "models/DisplayText.h"
#include "models/TicketListModel.h"

#include <QAction>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace p2pdesk::workstation {

namespace {

constexpr std::array<TicketView, kTicketViewCount> kViews = {TicketView::Mine,    TicketView::Unassigned,
                                                             TicketView::Urgent,  TicketView::Overdue,
                                                             TicketView::AllOpen, TicketView::Closed};

QString viewTitle(TicketView view)
{
    switch (view) {
    case TicketView::Mine:
        return SupportInbox::tr("&Mine");
    case TicketView::Unassigned:
        return SupportInbox::tr("&Unassigned");
    case TicketView::Urgent:
        return SupportInbox::tr("Ur&gent");
    case TicketView::Overdue:
        return SupportInbox::tr("Overdu&e");
    case TicketView::AllOpen:
        return SupportInbox::tr("All o&pen");
    case TicketView::Closed:
        return SupportInbox::tr("C&losed");
    }
    return {};
}

// The unread count as a badge, as chat clients show it: a number in a filled pill, red when the
// ticket is overdue; nothing when everything was read.
class UnreadBadgeDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int unread = index.data(TicketListModel::UnreadRole).toInt();
        if (unread <= 0 || !index.data(TicketListModel::OpenRole).toBool())
            return QStyledItemDelegate::paint(painter, option, index);
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        QStyledItemDelegate::paint(painter, background, QModelIndex()); // selection and row colours only
        const QString text = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
        QFont font = option.font;
        font.setBold(true);
        const QFontMetrics metrics(font);
        const int height = metrics.height() + 2;
        const int width = std::max(height, metrics.horizontalAdvance(text) + height / 2 + 4);
        const QRect pill(option.rect.center().x() - width / 2, option.rect.center().y() - height / 2, width, height);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        const bool overdue = index.data(TicketListModel::OverdueRole).toBool();
        painter->setBrush(overdue ? QColor(0xc6, 0x28, 0x28) : QColor(0x1e, 0x6f, 0xd9));
        painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
        painter->setPen(Qt::white);
        painter->setFont(font);
        painter->drawText(pill, Qt::AlignCenter, text);
        painter->restore();
    }
};

} // namespace

SupportInbox::SupportInbox(TicketListModel *tickets, TicketInbox *service, QWidget *parent)
    : QWidget(parent)
    , m_tickets(tickets)
    , m_service(service)
    , m_filter(new TicketFilterModel(this))
    , m_views(new QButtonGroup(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_message(new QLabel(this))
    , m_count(new QLabel(this))
    , m_loadMore(new QPushButton(tr("Load older closed tickets"), this))
{
    setObjectName(QStringLiteral("supportInbox"));
    m_filter->setSourceModel(tickets);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(2);
    for (std::size_t i = 0; i < kViews.size(); ++i) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("supportView%1Button").arg(i + 1));
        button->setText(viewTitle(kViews[i]));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_views->addButton(button, static_cast<int>(i));
        m_viewButtons[i] = button;
        bar->addWidget(button);
    }
    m_views->setExclusive(true);
    m_viewButtons[static_cast<std::size_t>(TicketView::AllOpen)]->setChecked(true);
    m_filter->setView(TicketView::AllOpen);
    connect(m_views, &QButtonGroup::idClicked, this, [this](int id) {
        if (id >= 0 && id < kTicketViewCount)
            setView(kViews[static_cast<std::size_t>(id)]);
    });

    m_search->setObjectName(QStringLiteral("supportSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search order, customer, message text…"));
    m_search->setClearButtonEnabled(true);
    // Wide enough for the placeholder in every language: it says what the search reaches.
    const int placeholderWidth = m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 48;
    m_search->setMinimumWidth(std::clamp(placeholderWidth, 260, 440));
    m_search->setMaximumWidth(440);
    // The list is filtered at once on what the row shows; message text is syncd's to search, asked
    // once the operator pauses, not on every key.
    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(150);
    m_serverSearchDebounce.setSingleShot(true);
    m_serverSearchDebounce.setInterval(400);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        m_searchDebounce.start();
        m_serverSearchDebounce.start();
    });
    connect(&m_searchDebounce, &QTimer::timeout, this, [this] { m_filter->setSearchText(m_search->text()); });
    connect(&m_serverSearchDebounce, &QTimer::timeout, this, &SupportInbox::startServerSearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDebounce.stop();
        m_filter->setSearchText(m_search->text());
        m_view->setFocus();
        keepSelection();
    });
    bar->addStretch(1);
    bar->addWidget(m_search);

    m_view->setObjectName(QStringLiteral("supportTableView"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TicketListModel::Sla, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegateForColumn(TicketListModel::Unread, new UnreadBadgeDelegate(m_view));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setResizeContentsPrecision(200); // sample, never walk 10k rows
    // Starting widths from samples, not from the rows (there may be thousands); the order column
    // takes what is left.
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto widthFor = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 24; };
    const auto headerWidth = [this, &widthFor](int column) {
        return widthFor(m_tickets->headerData(column, Qt::Horizontal).toString());
    };
    constexpr qint64 kLongest = (10 * 60 + 59) * 60'000; // "10 h 59 min"
    m_view->setColumnWidth(TicketListModel::Priority, headerWidth(TicketListModel::Priority));
    m_view->setColumnWidth(TicketListModel::Customer, widthFor(QStringLiteral("Ekaterina (@crypto_anna_1988)")));
    m_view->setColumnWidth(TicketListModel::Order, widthFor(QStringLiteral("P-000000 · Customer marked sent")));
    m_view->setColumnWidth(TicketListModel::Assignee, widthFor(QStringLiteral("operator_name")));
    m_view->setColumnWidth(TicketListModel::LastMessage, std::max(headerWidth(TicketListModel::LastMessage),
                                                                  widthFor(TicketListModel::sinceText(kLongest))));
    m_view->setColumnWidth(TicketListModel::Sla,
                           std::max(headerWidth(TicketListModel::Sla), widthFor(DisplayText::deadline(0, kLongest))));
    m_view->setColumnWidth(TicketListModel::Unread, headerWidth(TicketListModel::Unread));
    m_view->horizontalHeader()->setSectionResizeMode(TicketListModel::Order, QHeaderView::Stretch);

    m_message->setObjectName(QStringLiteral("supportMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_count->setObjectName(QStringLiteral("supportCountLabel"));
    m_loadMore->setObjectName(QStringLiteral("loadMoreButton"));
    m_loadMore->hide();
    connect(m_loadMore, &QPushButton::clicked, this, [this] {
        if (m_service && m_online)
            m_service->loadClosed(true);
    });

    const auto makeAction = [this](const QString &name, const QString &text, const QKeySequence &keys) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_open = makeAction(QStringLiteral("openTicketAction"), tr("&Open ticket"), QKeySequence());
    m_assign = makeAction(QStringLiteral("assignToMeAction"), tr("&Assign to me"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_profile = makeAction(QStringLiteral("customerProfileAction"), tr("Customer &profile…"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    connect(m_profile, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        const qint64 customer = current.isValid() ? current.data(TicketListModel::CustomerIdRole).toLongLong() : 0;
        if (customer > 0)
            emit customerProfileRequested(customer);
    });
    connect(m_open, &QAction::triggered, this, &SupportInbox::activateCurrent);
    connect(m_view, &QTableView::activated, this, &SupportInbox::activateCurrent);
    connect(m_assign, &QAction::triggered, this, [this] {
        const std::int64_t id = currentTicketId();
        if (id == 0 || !m_assign->isEnabled() || !m_service)
            return;
        m_service->assignToMe(id);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (!m_view->indexAt(at).isValid())
            return;
        QMenu menu(this);
        menu.addAction(m_open);
        menu.addAction(m_assign);
        menu.addAction(m_profile);
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count);
    footer->addStretch(1);
    footer->addWidget(m_loadMore);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addLayout(footer);

    m_noticeTimer.setSingleShot(true);
    m_noticeTimer.setInterval(10'000);
    connect(&m_noticeTimer, &QTimer::timeout, this, [this] {
        m_notice.clear();
        updateMessage();
    });
    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(100);
    connect(&m_countsTimer, &QTimer::timeout, this, &SupportInbox::updateCounts);
    const auto recount = [this] { m_countsTimer.start(); };
    connect(m_tickets, &QAbstractItemModel::rowsInserted, this, recount);
    connect(m_tickets, &QAbstractItemModel::rowsRemoved, this, recount);
    connect(m_tickets, &QAbstractItemModel::modelReset, this, recount);
    connect(m_tickets, &QAbstractItemModel::dataChanged, this,
            [recount](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.isEmpty()) // a ticket changed or fell overdue, not a countdown tick
                    recount();
            });
    const auto rowsMoved = [this] {
        keepSelection();
        updateActions();
        updateMessage();
    };
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, rowsMoved);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, rowsMoved);
    connect(m_filter, &QAbstractItemModel::modelReset, this, rowsMoved);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, rowsMoved);
    connect(m_filter, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.isEmpty()) // the selected ticket may have been assigned or closed meanwhile
                    updateActions();
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_selectedId = current.data(TicketListModel::TicketIdRole).toLongLong();
                updateActions();
            });

    if (m_service) {
        connect(m_service, &TicketInbox::searchFinished, this, [this](const QString &text, const QSet<qint64> &ids) {
            // TicketInbox drops answers to searches typed over: this one is the latest.
            m_filter->setServerMatches(text, ids);
            m_searching = false;
            updateMessage();
        });
        connect(m_service, &TicketInbox::closedPageLoaded, this, [this] { updateActions(); });
        connect(m_service, &TicketInbox::assigned, this, [this] { showMessage(tr("The ticket is assigned to you.")); });
        connect(m_service, &TicketInbox::failed, this, &SupportInbox::showMessage);
        connect(m_service, &TicketInbox::reloadingChanged, this, &SupportInbox::updateMessage);
    }
    updateCounts();
    updateActions();
    updateMessage();
}

void SupportInbox::setOperatorId(std::int64_t operatorId)
{
    m_operatorId = operatorId;
    m_filter->setCurrentOperatorId(operatorId);
    updateCounts();
    updateActions();
}

void SupportInbox::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    if (online && m_service && m_filter->view() == TicketView::Closed && !m_service->closedLoaded())
        m_service->loadClosed();
    updateActions();
    updateMessage();
}

void SupportInbox::setView(TicketView view)
{
    m_viewButtons[static_cast<std::size_t>(view)]->setChecked(true);
    m_filter->setView(view);
    // Closed tickets are read when first looked at; the open ones are always there.
    if (view == TicketView::Closed && m_service && m_online && !m_service->closedLoaded())
        m_service->loadClosed();
    if (!m_search->text().trimmed().isEmpty())
        startServerSearch(); // the server searched the other status
    keepSelection();
    updateActions();
    updateMessage();
}

void SupportInbox::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

std::int64_t SupportInbox::currentTicketId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(TicketListModel::TicketIdRole).toLongLong() : 0;
}

QString SupportInbox::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void SupportInbox::selectTicket(qint64 ticketId)
{
    const int sourceRow = m_tickets->rowOf(ticketId);
    if (sourceRow < 0)
        return;
    const TicketRow &row = m_tickets->at(sourceRow);
    if (!TicketFilterModel::belongsTo(m_filter->view(), row, 0, m_tickets->now()) ||
        !m_filter->mapFromSource(m_tickets->index(sourceRow, 0)).isValid()) {
        m_search->clear();
        m_filter->setSearchText(QString());
        setView(row.open ? TicketView::AllOpen : TicketView::Closed);
    }
    const QModelIndex index = m_filter->mapFromSource(m_tickets->index(sourceRow, TicketListModel::Customer));
    if (!index.isValid())
        return;
    m_selectedId = ticketId;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->setFocus();
}

void SupportInbox::activateCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    emit ticketActivated(current.data(TicketListModel::TicketIdRole).toLongLong(),
                         current.data(TicketListModel::OrderIdRole).toLongLong());
}

void SupportInbox::startServerSearch()
{
    m_serverSearchDebounce.stop();
    m_pendingSearch = m_search->text();
    if (!m_service)
        return;
    const QString text = m_pendingSearch.trimmed();
    m_searching = m_online && text.size() >= TicketInbox::kMinServerSearch;
    m_service->search(text, m_filter->view() == TicketView::Closed);
    updateMessage();
}

void SupportInbox::keepSelection()
{
    // The ticket selected before stays selected when the view shows it, else the first row is:
    // Enter always opens something the operator can see.
    if (m_filter->rowCount() == 0)
        return;
    if (m_view->currentIndex().isValid() &&
        m_view->currentIndex().data(TicketListModel::TicketIdRole).toLongLong() == m_selectedId)
        return;
    QModelIndex target;
    if (m_selectedId != 0) {
        const int sourceRow = m_tickets->rowOf(m_selectedId);
        if (sourceRow >= 0)
            target = m_filter->mapFromSource(m_tickets->index(sourceRow, TicketListModel::Customer));
    }
    if (!target.isValid())
        target = m_filter->index(0, TicketListModel::Customer);
    const std::int64_t keep = m_selectedId;
    m_view->setCurrentIndex(target);
    if (keep != 0 && target.data(TicketListModel::TicketIdRole).toLongLong() != keep)
        m_selectedId = keep; // still the operator's choice when it comes back into view
}

void SupportInbox::updateCounts()
{
    const auto counts = m_filter->viewCounts();
    for (std::size_t i = 0; i < kViews.size(); ++i) {
        const int count = counts[i];
        // "All open" and "Closed" say nothing about work to do with a number.
        const bool counted = kViews[i] != TicketView::AllOpen && kViews[i] != TicketView::Closed && count > 0;
        m_viewButtons[i]->setText(
            counted ? tr("%1 (%2)", "support view: title (tickets in it)").arg(viewTitle(kViews[i])).arg(count)
                    : viewTitle(kViews[i]));
    }
    const TicketFilterModel::Attention attention = m_filter->attention();
    if (attention.tickets != m_attention.tickets || attention.overdue != m_attention.overdue) {
        m_attention = attention;
        emit attentionChanged(attention.tickets, attention.overdue);
    }
    if (!m_columnsSized && m_filter->rowCount() > 0) {
        // Once, when the first tickets arrive: every column as wide as its header and the rows
        // sampled, so no name or countdown is cut; the order column stretches.
        m_columnsSized = true;
        for (int column = 0; column < TicketListModel::ColumnCount; ++column) {
            if (column == TicketListModel::Order)
                continue;
            const int sampled = m_view->columnWidth(column);
            m_view->resizeColumnToContents(column);
            if (m_view->columnWidth(column) < sampled)
                m_view->setColumnWidth(column, sampled);
        }
    }
    updateMessage();
}

void SupportInbox::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const bool open = current.isValid() && current.data(TicketListModel::OpenRole).toBool();
    const std::int64_t assignee = current.isValid() ? current.data(TicketListModel::AssigneeIdRole).toLongLong() : 0;
    m_open->setEnabled(current.isValid());
    m_profile->setEnabled(current.isValid() && current.data(TicketListModel::CustomerIdRole).toLongLong() > 0);
    m_assign->setEnabled(m_service && m_online && open && assignee != m_operatorId);
    m_loadMore->setVisible(m_service && m_filter->view() == TicketView::Closed && m_service->hasMoreClosed());
    m_loadMore->setEnabled(m_online);
    m_count->setText(tr("%n ticket(s) shown", nullptr, m_filter->rowCount()));
}

void SupportInbox::showMessage(const QString &text)
{
    // An action's result is read once; then the label says what the list is again.
    m_notice = text;
    m_noticeTimer.start();
    updateMessage();
}

void SupportInbox::updateMessage()
{
    QString text;
    if (!m_notice.isEmpty())
        text = m_notice;
    else if (!m_online && m_service)
        text = tr("Offline: the tickets as last seen. They update when the connection returns.");
    else if (m_searching)
        text = tr("Searching message text on the server…");
    else if (m_filter->rowCount() == 0 && !m_filter->searchText().isEmpty())
        text = tr("No ticket matches the search in this view.");
    else if (m_filter->rowCount() == 0 && !(m_service && m_service->isReloading()))
        text =
            m_filter->view() == TicketView::Closed ? tr("No closed tickets read yet.") : tr("Nothing to answer here.");
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace p2pdesk::workstation
