#include "ui/customers/CustomerProfileDialog.h"

#include "models/CustomerNotesModel.h"
#include "models/CustomerOrdersModel.h"
#include "models/CustomerRiskFlagModel.h"
#include "models/CustomerTicketsModel.h"
#include "models/DisplayText.h"
#include "models/PayoutAccountModel.h"
#include "ui/actions/ReasonDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace p2pdesk::workstation {

namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    const auto fit = [table] { table->resizeColumnsToContents(); };
    QObject::connect(model, &QAbstractItemModel::modelReset, table, fit);
    return table;
}

QString languageName(const std::string &code)
{
    return code == "en" ? CustomerProfileDialog::tr("English") : CustomerProfileDialog::tr("Russian");
}

} // namespace

CustomerProfileDialog::CustomerProfileDialog(CustomerService *service, qint64 customerId, bool canBlock,
                                             QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_customerId(customerId)
    , m_canBlock(canBlock)
    , m_orders(new CustomerOrdersModel(this))
    , m_flags(new CustomerRiskFlagModel(this))
    , m_accounts(new PayoutAccountModel(this))
    , m_tickets(new CustomerTicketsModel(this))
    , m_notes(new CustomerNotesModel(this))
    , m_name(new QLabel(this))
    , m_details(new QLabel(this))
    , m_reachability(new QLabel(this))
    , m_blocked(new QLabel(this))
    , m_kyc(new QLabel(this))
    , m_message(new QLabel(this))
    , m_block(new QPushButton(this))
    , m_kycLevel(new QPushButton(tr("&Verification level…"), this))
    , m_addNote(new QPushButton(tr("Add &note…"), this))
    , m_reveal(new QPushButton(tr("&Reveal requisites…"), this))
    , m_revealed(new QLabel(this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
    , m_tabs(new QTabWidget(this))
    , m_ordersView(makeTable(m_orders, QStringLiteral("customerOrdersView"), this))
    , m_flagsView(makeTable(m_flags, QStringLiteral("customerRiskFlagsView"), this))
    , m_accountsView(makeTable(m_accounts, QStringLiteral("customerAccountsView"), this))
    , m_ticketsView(makeTable(m_tickets, QStringLiteral("customerTicketsView"), this))
    , m_notesView(makeTable(m_notes, QStringLiteral("customerNotesView"), this))
{
    setObjectName(QStringLiteral("customerProfileDialog"));
    setWindowTitle(tr("Customer"));
    m_name->setObjectName(QStringLiteral("customerNameLabel"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("customerDetailsLabel"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reachability->setObjectName(QStringLiteral("customerReachabilityLabel"));
    m_reachability->setWordWrap(true);
    m_blocked->setObjectName(QStringLiteral("customerBlockedLabel"));
    m_blocked->setWordWrap(true);
    m_blocked->setTextFormat(Qt::PlainText);
    m_kyc->setObjectName(QStringLiteral("customerKycLabel"));
    m_kyc->setWordWrap(true);
    m_kyc->setTextFormat(Qt::PlainText);
    m_kyc->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_kycLevel->setObjectName(QStringLiteral("kycLevelButton"));
    m_kycLevel->setVisible(canBlock);
    m_kycLevel->setToolTip(tr("Raises or lowers how far the desk has verified this customer; each level has its own "
                              "30-day limit. Needs a reason."));
    m_message->setObjectName(QStringLiteral("customerMessageLabel"));
    m_message->setWordWrap(true);
    m_block->setObjectName(QStringLiteral("blockCustomerButton"));
    m_block->setVisible(canBlock);
    m_refresh->setObjectName(QStringLiteral("refreshCustomerButton"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_tabs->setObjectName(QStringLiteral("customerTabs"));
    m_tabs->addTab(m_ordersView, tr("Orders"));
    m_tabs->addTab(m_flagsView, tr("Risk flags"));
    // The accounts tab: the list, and for a senior the reveal of the selected one in full.
    auto *accountsPage = new QWidget(this);
    auto *accountsLayout = new QVBoxLayout(accountsPage);
    accountsLayout->setContentsMargins(0, 0, 0, 0);
    accountsLayout->addWidget(m_accountsView, 1);
    auto *revealRow = new QHBoxLayout;
    m_revealed->setObjectName(QStringLiteral("revealedRequisitesLabel"));
    m_revealed->setWordWrap(true);
    m_revealed->setTextFormat(Qt::PlainText);
    m_revealed->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_revealed->hide();
    m_reveal->setObjectName(QStringLiteral("revealRequisitesButton"));
    m_reveal->setVisible(canBlock);
    m_reveal->setToolTip(tr("Shows the selected account in full. Needs a reason; the audit log keeps who read it."));
    revealRow->addWidget(m_revealed, 1);
    revealRow->addStretch(); // the button keeps its width while nothing is revealed yet
    revealRow->addWidget(m_reveal, 0, Qt::AlignTop);
    accountsLayout->addLayout(revealRow);
    m_tabs->addTab(accountsPage, tr("Payout accounts"));
    m_tabs->addTab(m_ticketsView, tr("Tickets"));
    m_tabs->addTab(m_notesView, tr("Notes"));
    m_addNote->setObjectName(QStringLiteral("addCustomerNoteButton"));
    m_addNote->setEnabled(false);
    // A note keeps its lines: the text column takes the width left and the rows grow to fit.
    m_notesView->setWordWrap(true);
    auto *notesHeader = m_notesView->horizontalHeader();
    notesHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    notesHeader->setSectionResizeMode(CustomerNotesModel::Text, QHeaderView::Stretch);
    connect(notesHeader, &QHeaderView::sectionResized, m_notesView, [this] { m_notesView->resizeRowsToContents(); });
    connect(m_notes, &QAbstractItemModel::modelReset, m_notesView, [this] { m_notesView->resizeRowsToContents(); });
    m_ordersView->horizontalHeader()->setStretchLastSection(false);
    m_flagsView->setToolTip(tr("Double-click a flag to open its order"));
    // What was observed and why a flag was cleared are a person's words and can be long: those two
    // columns share the width left and wrap, rather than running off the dialog.
    m_flagsView->setWordWrap(true);
    auto *flagsHeader = m_flagsView->horizontalHeader();
    flagsHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    flagsHeader->setSectionResizeMode(CustomerRiskFlagModel::Figures, QHeaderView::Stretch);
    flagsHeader->setSectionResizeMode(CustomerRiskFlagModel::ClearReason, QHeaderView::Stretch);
    connect(flagsHeader, &QHeaderView::sectionResized, m_flagsView, [this] { m_flagsView->resizeRowsToContents(); });
    connect(m_flags, &QAbstractItemModel::modelReset, m_flagsView, [this] { m_flagsView->resizeRowsToContents(); });

    connect(m_ordersView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openOrderRequested(index.data(CustomerOrdersModel::OrderIdRole).toLongLong());
    });
    connect(m_flagsView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QVariant order = index.data(CustomerRiskFlagModel::OrderIdRole);
        if (order.isValid())
            emit openOrderRequested(order.toLongLong());
    });
    connect(m_ticketsView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openTicketRequested(index.data(CustomerTicketsModel::TicketIdRole).toLongLong(),
                                 index.data(CustomerTicketsModel::OrderIdRole).toLongLong());
    });
    connect(m_block, &QPushButton::clicked, this, &CustomerProfileDialog::askBlock);
    connect(m_kycLevel, &QPushButton::clicked, this, &CustomerProfileDialog::askKycLevel);
    connect(m_addNote, &QPushButton::clicked, this, &CustomerProfileDialog::askNote);
    connect(m_reveal, &QPushButton::clicked, this, &CustomerProfileDialog::askReveal);
    connect(m_accountsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomerProfileDialog::updateButtons);
    connect(m_service, &CustomerService::requisitesRevealed, this,
            [this](qint64 revealedFor, const proto::RevealedRequisites &revealed) {
                if (revealedFor != m_customerId)
                    return;
                m_busy = false;
                updateButtons();
                showRevealed(revealed);
            });
    connect(m_service, &CustomerService::noteAdded, this, [this](const proto::CustomerProfile &profile) {
        if (profile.customer.id != m_customerId)
            return;
        m_busy = false;
        showProfile(profile);
        m_tabs->setCurrentWidget(m_notesView);
        m_message->setText(tr("The note is saved with your name."));
    });
    connect(m_refresh, &QPushButton::clicked, this, &CustomerProfileDialog::reload);
    connect(m_service, &CustomerService::profileLoaded, this, [this](const proto::CustomerProfile &profile) {
        if (profile.customer.id == m_customerId)
            showProfile(profile);
    });
    connect(m_service, &CustomerService::blockChanged, this, [this](const proto::CustomerProfile &profile) {
        if (profile.customer.id != m_customerId)
            return;
        m_busy = false;
        showProfile(profile);
        m_message->setText(profile.customer.blocked
                               ? tr("The customer is blocked. Their open orders are held until a senior clears "
                                    "the flag on each.")
                               : tr("The customer is unblocked. Holds on their orders stay until a senior clears "
                                    "them."));
    });
    connect(m_service, &CustomerService::kycLevelChanged, this, [this](const proto::CustomerProfile &profile) {
        if (profile.customer.id != m_customerId)
            return;
        m_busy = false;
        showProfile(profile);
        m_message->setText(tr("The verification level is now “%1”. Its 30-day limit applies from the customer's "
                              "next order.")
                               .arg(DisplayText::kycLevel(profile.customer.kycLevel)));
    });
    connect(m_service, &CustomerService::failed, this, &CustomerProfileDialog::onFailed);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *headerButtons = new QVBoxLayout;
    headerButtons->addWidget(m_addNote);
    headerButtons->addWidget(m_block);
    headerButtons->addWidget(m_kycLevel);
    headerButtons->addWidget(m_refresh);
    headerButtons->addStretch();
    auto *headerText = new QVBoxLayout;
    headerText->addWidget(m_name);
    headerText->addWidget(m_details);
    headerText->addWidget(m_kyc);
    headerText->addWidget(m_reachability);
    headerText->addWidget(m_blocked);
    auto *header = new QHBoxLayout;
    header->addLayout(headerText, 1);
    header->addLayout(headerButtons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    m_name->setText(tr("Loading the customer…"));
    m_details->clear();
    m_reachability->hide();
    m_blocked->hide();
    updateButtons();
    resize(1040, 600);
    reload();
}

void CustomerProfileDialog::reload()
{
    m_service->load(m_customerId);
}

QString CustomerProfileDialog::messageText() const
{
    return m_message->text();
}

QString CustomerProfileDialog::displayName() const
{
    return m_profile ? DisplayText::customerName(m_profile->customer) : QString();
}

void CustomerProfileDialog::showProfile(const proto::CustomerProfile &profile)
{
    m_profile = profile;
    const proto::CustomerInfo &c = profile.customer;
    setWindowTitle(tr("Customer — %1").arg(displayName()));
    m_name->setText(displayName());
    m_details->setText(tr("Telegram ID %1 · speaks %2 · known since %3")
                           .arg(c.telegramId)
                           .arg(languageName(c.language), DisplayText::dateTime(c.createdAt)));
    m_reachability->setVisible(c.unreachable);
    m_reachability->setText(tr("Telegram does not deliver to this customer (they blocked the bot or left "
                               "Telegram): messages to them are not received."));
    m_reachability->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_blocked->setVisible(c.blocked);
    if (c.blocked) {
        QString who;
        if (c.blockedBy && c.blockedAt)
            who = tr("Blocked by %1 at %2.")
                      .arg(DisplayText::operatorName(c.blockedBy), DisplayText::dateTime(*c.blockedAt));
        else
            who = tr("Blocked.");
        m_blocked->setText(tr("%1 The bot takes no new order from this customer. Reason: %2")
                               .arg(who, QString::fromStdString(c.blockedReason.value_or(""))));
        m_blocked->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    }
    QString kyc = tr("Verification: %1.").arg(DisplayText::kycLevel(c.kycLevel));
    if (c.kycChangedAt) {
        kyc += QLatin1Char(' ') + tr("Set by %1 at %2: %3")
                                      .arg(DisplayText::operatorName(c.kycChangedBy),
                                           DisplayText::dateTime(*c.kycChangedAt),
                                           QString::fromStdString(c.kycReason.value_or("")));
    }
    m_kyc->setText(kyc);
    m_orders->setOrders(profile.orders);
    m_flags->setFlags(profile.riskFlags);
    m_accounts->setAccounts(profile.payoutAccounts);
    m_tickets->setTickets(profile.tickets);
    m_tabs->setTabText(0, tr("Orders (%1)").arg(profile.orders.size()));
    const int open = m_flags->openCount();
    m_tabs->setTabText(1, open > 0 ? tr("Risk flags (%1, %2 open)").arg(profile.riskFlags.size()).arg(open)
                                   : tr("Risk flags (%1)").arg(profile.riskFlags.size()));
    m_tabs->setTabText(2, tr("Payout accounts (%1)").arg(profile.payoutAccounts.size()));
    m_tabs->setTabText(3, tr("Tickets (%1)").arg(profile.tickets.size()));
    m_notes->setNotes(profile.notes);
    m_tabs->setTabText(4, tr("Notes (%1)").arg(profile.notes.size()));
    updateButtons();
}

void CustomerProfileDialog::updateButtons()
{
    const bool blocked = m_profile && m_profile->customer.blocked;
    m_block->setText(blocked ? tr("&Unblock…") : tr("&Block…"));
    m_block->setEnabled(m_canBlock && m_profile && !m_busy && !m_dialog);
    m_kycLevel->setEnabled(m_canBlock && m_profile && !m_busy && !m_dialog);
    m_addNote->setEnabled(m_profile && !m_busy && !m_dialog);
    m_reveal->setEnabled(m_canBlock && m_profile && !m_busy && !m_dialog && m_accountsView->currentIndex().isValid());
}

void CustomerProfileDialog::askReveal()
{
    const QModelIndex current = m_accountsView->currentIndex();
    if (!m_profile || !m_reveal->isEnabled() || !current.isValid())
        return;
    const qint64 accountId = current.data(PayoutAccountModel::AccountIdRole).toLongLong();
    const QString masked = m_accounts->index(current.row(), PayoutAccountModel::Masked).data().toString();
    auto *dialog = new ReasonDialog(tr("Reveal %1 of %2").arg(masked, displayName()),
                                    tr("The full requisites are shown to you in this window only. Why do you need "
                                       "them? The reason and your name are kept in the audit log."),
                                    this);
    ask(dialog, tr("Reading the requisites…"),
        [this, accountId](const QString &reason) { m_service->reveal(m_customerId, accountId, reason); });
}

void CustomerProfileDialog::showRevealed(const proto::RevealedRequisites &revealed)
{
    m_revealed->setText(
        tr("%1 in full: %2").arg(QString::fromStdString(revealed.masked), QString::fromStdString(revealed.requisites)));
    m_revealed->show();
    m_message->setText(tr("Revealed to you; the read is in the audit log."));
}

void CustomerProfileDialog::askNote()
{
    if (!m_profile || !m_addNote->isEnabled())
        return;
    auto *dialog = new ReasonDialog(tr("Note on %1").arg(displayName()),
                                    tr("What should whoever serves this customer next know? The note is kept "
                                       "with your name and cannot be changed later; a correction is a new note."),
                                    this);
    dialog->setPlaceholderText(tr("The note (Ctrl+Enter to save)"));
    ask(dialog, tr("Saving the note…"), [this](const QString &text) { m_service->addNote(m_customerId, text); });
}

void CustomerProfileDialog::ask(ReasonDialog *dialog, const QString &busyText,
                                const std::function<void(const QString &)> &send)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, busyText, send] {
        m_busy = true;
        m_message->setText(busyText);
        m_message->setToolTip({});
        send(dialog->reason());
    });
    connect(dialog, &QDialog::finished, this, [this] {
        m_dialog.clear();
        updateButtons();
    });
    m_dialog = dialog;
    updateButtons();
    dialog->open();
}

void CustomerProfileDialog::askBlock()
{
    if (!m_profile || !m_block->isEnabled())
        return;
    const bool block = !m_profile->customer.blocked;
    const QString name = displayName();
    auto *dialog = new ReasonDialog(
        block ? tr("Block %1").arg(name) : tr("Unblock %1").arg(name),
        block ? tr("The bot will take no new order from this customer, and each of their open orders will be held "
                   "until a senior clears it.\n\nWhy? The reason is kept in the audit log.")
              : tr("The bot will take orders from this customer again. Holds on their orders stay until a senior "
                   "clears them.\n\nWhy? The reason is kept in the audit log."),
        this);
    ask(dialog, block ? tr("Blocking…") : tr("Unblocking…"), [this, block](const QString &reason) {
        if (block)
            m_service->block(m_customerId, reason);
        else
            m_service->unblock(m_customerId, reason);
    });
}

void CustomerProfileDialog::askKycLevel()
{
    if (!m_profile || !m_kycLevel->isEnabled())
        return;
    auto *levels = new QComboBox;
    levels->setObjectName(QStringLiteral("kycLevelCombo"));
    // The other levels only: choosing the one in force would change nothing.
    for (int n = 0; n < domain::kKycLevelCount; ++n) {
        const auto level = static_cast<domain::KycLevel>(n);
        if (level != m_profile->customer.kycLevel)
            levels->addItem(DisplayText::kycLevel(level), n);
    }
    auto *dialog = new ReasonDialog(
        tr("Verification level of %1").arg(displayName()),
        tr("Now: %1. Each level has its own 30-day limit per currency (set on the limits screen); the new one "
           "applies from the customer's next order.\n\nWhy? Say what you checked; the reason is kept in the audit "
           "log.")
            .arg(DisplayText::kycLevel(m_profile->customer.kycLevel)),
        this);
    dialog->addField(tr("New &level:"), levels);
    ask(dialog, tr("Changing the verification level…"), [this, levels](const QString &reason) {
        m_service->setKycLevel(m_customerId, static_cast<domain::KycLevel>(levels->currentData().toInt()), reason);
    });
}

void CustomerProfileDialog::onFailed(qint64 customerId, CustomerService::Action action, const ApiError &error)
{
    if (customerId != m_customerId)
        return;
    m_busy = false;
    updateButtons();
    m_message->setToolTip(DisplayText::errorTooltip(error));
    if (action == CustomerService::Action::Load) {
        if (error.code == u"not_found")
            m_name->setText(tr("This customer is not known to the server."));
        m_message->setText(tr("The profile could not be loaded: %1").arg(DisplayText::error(error)));
        return;
    }
    if (action == CustomerService::Action::Reveal) {
        m_message->setText(tr("The requisites were not revealed: %1").arg(DisplayText::error(error)));
        return;
    }
    if (action == CustomerService::Action::Note) {
        m_message->setText(tr("The note was not saved: %1").arg(DisplayText::error(error)));
        return;
    }
    if (action == CustomerService::Action::KycLevel) {
        if (error.code == u"conflict") {
            m_message->setText(tr("Someone else changed this customer's verification level meanwhile. The profile "
                                  "has been refreshed."));
            reload();
            return;
        }
        m_message->setText(tr("The verification level was not changed: %1").arg(DisplayText::error(error)));
        return;
    }
    if (error.code == u"conflict") {
        m_message->setText(action == CustomerService::Action::Block
                               ? tr("Someone else blocked this customer meanwhile. The profile has been refreshed.")
                               : tr("Someone else unblocked this customer meanwhile. The profile has been "
                                    "refreshed."));
        reload();
        return;
    }
    m_message->setText((action == CustomerService::Action::Block ? tr("The customer was not blocked: %1")
                                                                 : tr("The customer was not unblocked: %1"))
                           .arg(DisplayText::error(error)));
}

} // namespace p2pdesk::workstation
