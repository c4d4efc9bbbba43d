#include "ui/admin/BanksPage.h"

#include "models/BankListModel.h"
#include "models/DisplayText.h"
#include "ui/admin/AdminPrompts.h"
#include "ui/admin/AdminTables.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace p2pdesk::workstation {

BanksPage::BanksPage(AdminService *service, AdminPrompts *prompts, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_prompts(prompts)
    , m_model(new BankListModel(this))
    , m_table(new QTableView(this))
    , m_details(new QLabel(this))
    , m_new(new QPushButton(tr("&New bank…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_toggle(new QPushButton(tr("&Deactivate…"), this))
{
    setObjectName(QStringLiteral("banksPage"));
    m_table->setObjectName(QStringLiteral("banksTableView"));
    m_table->setModel(m_model);
    configureAdminTable(m_table);
    fitColumnsToContents(m_table);
    m_details->setObjectName(QStringLiteral("bankDetailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_new->setObjectName(QStringLiteral("newBankButton"));
    m_edit->setObjectName(QStringLiteral("editBankButton"));
    m_toggle->setObjectName(QStringLiteral("toggleBankButton"));

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        m_selectedId = current.isValid() ? m_model->at(current.row()).id : 0;
        showSelected();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BanksPage::showSelected);
    connect(m_table, &QTableView::doubleClicked, this, [this] { openDialog(true); });
    connect(m_new, &QPushButton::clicked, this, [this] { openDialog(false); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openDialog(true); });
    connect(m_toggle, &QPushButton::clicked, this, &BanksPage::toggleActive);
    connect(m_service, &AdminService::banksLoaded, this, [this](const QList<proto::BankDto> &banks) {
        // A reload (ours, or another admin's change arriving) keeps the bank that was selected.
        const std::int64_t keep = m_selectedId;
        m_model->setBanks(banks);
        const int row = m_model->rowOf(keep);
        if (row >= 0)
            m_table->selectRow(row);
        else
            m_selectedId = 0;
        showSelected();
    });
    connect(m_service, &AdminService::bankSaved, this, [this](const proto::BankDto &bank, bool created) {
        m_model->upsert(bank);
        const int row = m_model->rowOf(bank.id);
        if (row >= 0)
            m_table->selectRow(row);
        if (m_dialog && (created ? !m_dialog->bankId() : m_dialog->bankId() == bank.id))
            m_dialog->accept();
        const QString name = QString::fromStdString(bank.name);
        const QString fiat = QString::fromStdString(bank.fiatCurrency);
        emit message(
            created ? tr("Bank added: %1 (%2). Customers may name it for payouts in %2.").arg(name, fiat)
            : bank.active
                ? tr("Bank saved: %1 (%2).").arg(name, fiat)
                : tr("Bank saved: %1 (%2) is switched off; no new payout account may name it.").arg(name, fiat));
    });
    connect(m_service, &AdminService::failed, this, &BanksPage::onFailed);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_toggle);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    showSelected();
}

void BanksPage::reload()
{
    m_service->loadBanks();
}

int BanksPage::selectedRow() const
{
    return m_model->rowOf(m_selectedId);
}

void BanksPage::showSelected()
{
    const int row = selectedRow();
    m_edit->setEnabled(row >= 0);
    m_toggle->setEnabled(row >= 0);
    if (row < 0) {
        m_toggle->setText(tr("&Deactivate…"));
        m_details->setText(m_model->rowCount() == 0
                               ? tr("No bank yet. Customers' payout accounts may name a bank only once it is here, "
                                    "active and of the order's currency.")
                               : tr("Customers' payout accounts may name only an active bank of the order's "
                                    "currency. Select a bank to edit it or switch it off."));
        return;
    }
    const proto::BankDto &bank = m_model->at(row);
    m_toggle->setText(bank.active ? tr("&Deactivate…") : tr("Acti&vate…"));
    QStringList lines;
    const QString country = BankListModel::country(bank.country);
    lines << (country.isEmpty() ? tr("%1 (%2), pays out in %3.")
                                      .arg(QString::fromStdString(bank.name), QString::fromStdString(bank.code),
                                           QString::fromStdString(bank.fiatCurrency))
                                : tr("%1 (%2), %3, pays out in %4.")
                                      .arg(QString::fromStdString(bank.name), QString::fromStdString(bank.code),
                                           country, QString::fromStdString(bank.fiatCurrency)));
    lines << (bank.active ? tr("Active: customers may name it for new payouts.")
                          : tr("Switched off: no new payout account may name it; accounts that name it keep it."));
    m_details->setText(lines.join(QLatin1Char('\n')));
}

void BanksPage::openDialog(bool edit)
{
    const int row = selectedRow();
    if (edit && row < 0)
        return;
    if (m_dialog)
        m_dialog->close();
    m_dialog = new BankDialog(edit ? std::optional(m_model->at(row)) : std::nullopt, m_model, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &BankDialog::submitted, this, [this](const BankDialog::Request &request) {
        if (const auto *create = std::get_if<proto::CreateBankRequest>(&request))
            m_service->createBank(*create);
        else if (m_dialog && m_dialog->bankId())
            m_service->updateBank(*m_dialog->bankId(), std::get<proto::UpdateBankRequest>(request));
    });
    m_dialog->open();
}

void BanksPage::toggleActive()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const proto::BankDto bank = m_model->at(row);
    const QString name = QStringLiteral("%1 (%2, %3)")
                             .arg(QString::fromStdString(bank.name), QString::fromStdString(bank.code),
                                  QString::fromStdString(bank.fiatCurrency));
    const auto reason = m_prompts->reason(this, bank.active ? tr("Deactivate the bank %1").arg(name)
                                                            : tr("Activate the bank %1").arg(name));
    if (!reason)
        return;
    proto::UpdateBankRequest request;
    request.name = bank.name;
    request.country = bank.country;
    request.active = !bank.active;
    request.version = bank.version;
    request.reason = reason->toStdString();
    m_service->updateBank(bank.id, request);
}

void BanksPage::onFailed(AdminService::Action action, const ApiError &error)
{
    if (action == AdminService::Action::LoadBanks) {
        emit message(tr("Loading the banks failed: %1").arg(DisplayText::error(error)));
        return;
    }
    if (action != AdminService::Action::CreateBank && action != AdminService::Action::UpdateBank)
        return;
    QString text;
    bool reloadList = false;
    if (error.code == u"conflict" && error.field == u"code") {
        text = tr("Another bank already has this code. Choose another code.");
        reloadList = true;
    } else if (error.code == u"conflict") {
        text = tr("Nothing to save: the bank is like that already. The list has been reloaded.");
        reloadList = true;
    } else if (error.code == u"version_conflict") {
        text = tr("Another admin changed this bank meanwhile. The list has been reloaded: check the bank and make "
                  "your change again.");
        reloadList = true;
    } else if (error.code == u"not_found") {
        text = tr("This bank no longer exists on the server. The list has been reloaded.");
        reloadList = true;
    } else if (error.code == u"validation_failed" && error.field == u"code") {
        text = tr("The server did not accept the code: 2 to 32 Latin capitals, digits and “_”.");
    } else if (error.code == u"validation_failed" && error.field == u"name") {
        text = tr("The server did not accept the name: one line of at most 200 characters.");
    } else if (error.code == u"validation_failed" && error.field == u"country") {
        text = tr("The server did not accept the country: two letters of ISO 3166, e.g. RU, or nothing.");
    } else if (error.code == u"validation_failed" && error.field == u"fiat_currency") {
        text = tr("The server does not know this currency.");
    } else {
        text = DisplayText::error(error);
    }
    if (reloadList)
        reload();
    const QString shown = tr("Not saved. %1").arg(text);
    // A version conflict makes the open form stale: close it; anything else can be fixed in it.
    if (m_dialog && error.code != u"version_conflict" && error.code != u"not_found") {
        m_dialog->showRefusal(shown, DisplayText::errorTooltip(error));
    } else if (m_dialog) {
        m_dialog->reject();
    }
    emit message(shown);
}

} // namespace p2pdesk::workstation
