#include "ui/customers/CustomerDirectoryDialog.h"

#include "models/CustomerDirectoryModel.h"
#include "models/DisplayText.h"

#include "p2pdesk/proto/Limits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace p2pdesk::workstation {

namespace {

// Long enough not to search on every key of a name being typed, short enough to feel immediate.
constexpr int kSearchPauseMs = 300;

} // namespace

CustomerDirectoryDialog::CustomerDirectoryDialog(CustomerService *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_model(new CustomerDirectoryModel(this))
    , m_search(new QLineEdit(this))
    , m_state(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_more(new QPushButton(tr("Show &more"), this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("customerDirectoryDialog"));
    setWindowTitle(tr("Customers"));
    m_search->setObjectName(QStringLiteral("customerSearchEdit"));
    m_search->setPlaceholderText(
        tr("Telegram ID, @username, name, order code, payout account or its last four digits"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(static_cast<int>(proto::limits::kSearchText));
    m_search->installEventFilter(this);
    m_state->setObjectName(QStringLiteral("customerStateCombo"));
    m_state->addItem(tr("All customers"));
    m_state->addItem(tr("Blocked"), true);
    m_state->addItem(tr("Not blocked"), false);
    m_table->setObjectName(QStringLiteral("customerDirectoryView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CustomerDirectoryModel::Customer, QHeaderView::Stretch);
    m_table->installEventFilter(this);
    m_status->setObjectName(QStringLiteral("customerDirectoryStatusLabel"));
    m_status->setWordWrap(true);
    m_more->setObjectName(QStringLiteral("moreCustomersButton"));
    m_more->setVisible(false);
    m_refresh->setObjectName(QStringLiteral("refreshCustomersButton"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchPauseMs);

    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &CustomerDirectoryDialog::reload);
    connect(m_state, qOverload<int>(&QComboBox::currentIndexChanged), this, &CustomerDirectoryDialog::reload);
    connect(m_refresh, &QPushButton::clicked, this, &CustomerDirectoryDialog::reload);
    connect(m_more, &QPushButton::clicked, this, [this] { search(true); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openCustomerRequested(index.data(CustomerDirectoryModel::CustomerIdRole).toLongLong());
    });
    connect(m_service, &CustomerService::directoryLoaded, this, &CustomerDirectoryDialog::onLoaded);
    connect(m_service, &CustomerService::searchFailed, this, &CustomerDirectoryDialog::onFailed);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_state);
    filters->addWidget(m_refresh);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addWidget(m_more);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);
    layout->addWidget(buttons);
    resize(1000, 560);
    reload();
}

QString CustomerDirectoryDialog::statusText() const
{
    return m_status->text();
}

proto::CustomersQuery CustomerDirectoryDialog::currentQuery() const
{
    proto::CustomersQuery query;
    const QString text = m_search->text().trimmed();
    if (!text.isEmpty())
        query.text = text.toStdString();
    const QVariant state = m_state->currentData();
    if (state.isValid())
        query.blocked = state.toBool();
    return query;
}

void CustomerDirectoryDialog::reload()
{
    m_debounce->stop();
    search(false);
}

void CustomerDirectoryDialog::search(bool nextPage)
{
    proto::CustomersQuery query = currentQuery();
    if (nextPage)
        query.offset = m_model->rowCount();
    m_pendingMore = nextPage;
    m_pending = m_service->search(query);
    m_more->setEnabled(false);
    m_status->setText(tr("Searching…"));
    m_status->setToolTip({});
}

void CustomerDirectoryDialog::onLoaded(quint64 searchId, const proto::CustomerList &list)
{
    // An answer to a search the operator has typed past since: the newer one is on its way.
    if (searchId != m_pending)
        return;
    m_pending = 0;
    if (m_pendingMore) {
        m_model->appendPage(list);
    } else {
        m_model->setPage(list);
        m_shownText = m_search->text().trimmed();
        m_table->setColumnHidden(CustomerDirectoryModel::Matched, m_shownText.isEmpty());
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
    }
    updateStatus();
}

void CustomerDirectoryDialog::updateStatus()
{
    const int rows = m_model->rowCount();
    m_more->setVisible(m_model->more());
    m_more->setEnabled(true);
    if (rows == 0) {
        m_status->setText(m_shownText.isEmpty() ? tr("The desk knows no customer yet.")
                                                : tr("No customer found for “%1”.").arg(m_shownText));
        return;
    }
    const QString shown = tr("%n customer(s) shown", nullptr, rows);
    m_status->setText(m_model->more() ? tr("%1; more are found — “Show more” lists them.").arg(shown) : shown);
}

void CustomerDirectoryDialog::onFailed(quint64 searchId, const ApiError &error)
{
    // A search typed past failed: the newer one is still on its way, and its answer counts.
    if (searchId != m_pending)
        return;
    m_pending = 0;
    m_more->setEnabled(true);
    m_status->setText(tr("The customers could not be listed: %1").arg(DisplayText::error(error)));
    m_status->setToolTip(DisplayText::errorTooltip(error));
}

void CustomerDirectoryDialog::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        emit openCustomerRequested(current.data(CustomerDirectoryModel::CustomerIdRole).toLongLong());
}

bool CustomerDirectoryDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        // Enter in the search opens the customer found first (the usual case: one match); Enter in
        // the list opens the selected one. Down moves from the search into the list.
        if (enter && (watched == m_table || watched == m_search)) {
            if (watched == m_search && m_debounce->isActive()) {
                reload(); // typed and pressed Enter at once: search first, open nothing stale
                return true;
            }
            openCurrent();
            return true;
        }
        if (watched == m_search && key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_table->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace p2pdesk::workstation
