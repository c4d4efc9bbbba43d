#include "ui/admin/WalletsPage.h"

#include "models/DisplayText.h"
#include "models/WalletListModel.h"
#include "platform/QrCode.h"
#include "ui/admin/AdminPrompts.h"
#include "ui/admin/AdminTables.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace p2pdesk::workstation {

namespace {

constexpr int kModulePixels = 4;

} // namespace

WalletsPage::WalletsPage(AdminService *service, AdminPrompts *prompts, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_prompts(prompts)
    , m_model(new WalletListModel(this))
    , m_table(new QTableView(this))
    , m_qr(new QLabel(this))
    , m_address(new QLabel(this))
    , m_details(new QLabel(this))
    , m_new(new QPushButton(tr("&New wallet…"), this))
    , m_toggle(new QPushButton(tr("&Deactivate…"), this))
{
    setObjectName(QStringLiteral("walletsPage"));
    m_table->setObjectName(QStringLiteral("walletsTableView"));
    m_table->setModel(m_model);
    configureAdminTable(m_table);
    fitColumnsToContents(m_table);
    m_qr->setObjectName(QStringLiteral("walletQrLabel"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setMinimumSize(180, 180);
    m_address->setObjectName(QStringLiteral("walletAddressLabel"));
    m_address->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_address->setWordWrap(true);
    m_address->setAlignment(Qt::AlignCenter);
    m_details->setObjectName(QStringLiteral("walletDetailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_new->setObjectName(QStringLiteral("newWalletButton"));
    m_toggle->setObjectName(QStringLiteral("toggleWalletButton"));

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        m_selectedId = current.isValid() ? m_model->at(current.row()).id : 0;
        showSelected();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &WalletsPage::showSelected);
    connect(m_new, &QPushButton::clicked, this, &WalletsPage::openDialog);
    connect(m_toggle, &QPushButton::clicked, this, &WalletsPage::toggleActive);
    connect(m_service, &AdminService::walletsLoaded, this, [this](const QList<proto::WalletDto> &wallets) {
        // A reload (ours, or another admin's change arriving) keeps the wallet that was selected.
        const std::int64_t keep = m_selectedId;
        m_model->setWallets(wallets);
        const int row = m_model->rowOf(keep);
        if (row >= 0)
            m_table->selectRow(row);
        else
            m_selectedId = 0;
        showSelected();
    });
    connect(m_service, &AdminService::walletSaved, this, [this](const proto::WalletDto &wallet, bool created) {
        m_model->upsert(wallet);
        const int row = m_model->rowOf(wallet.id);
        if (row >= 0)
            m_table->selectRow(row);
        const QString name =
            QStringLiteral("%1 %2").arg(QString::fromStdString(wallet.asset), WalletListModel::network(wallet.network));
        emit message(created         ? tr("Wallet added: %1. Check its address against the QR code.").arg(name)
                     : wallet.active ? tr("Wallet activated: %1.").arg(name)
                                     : tr("Wallet deactivated: %1; orders no longer get its address.").arg(name));
    });

    connect(m_service, &AdminService::failed, this, [this](AdminService::Action action) {
        // Refused, most often because another admin changed the wallet first (409): show what
        // syncd holds now. The window's status bar says why.
        if (action == AdminService::Action::SetWalletActive)
            reload();
    });

    auto *details = new QVBoxLayout;
    details->addWidget(m_qr);
    details->addWidget(m_address);
    details->addWidget(m_details);
    details->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_table, 1);
    top->addLayout(details);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_toggle);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(buttons);
    showSelected();
}

void WalletsPage::reload()
{
    m_service->loadWallets();
}

bool WalletsPage::showsQrCode() const
{
    return !m_qr->pixmap().isNull();
}

void WalletsPage::showSelected()
{
    const int row = m_model->rowOf(m_selectedId);
    m_toggle->setEnabled(row >= 0);
    // Wider than the widest address, so the panel does not jump between wallets.
    const int panelWidth = 24 + QFontMetrics(m_address->font()).horizontalAdvance(QString(42, QLatin1Char('0')));
    m_address->setFixedWidth(panelWidth);
    m_details->setFixedWidth(panelWidth);
    if (row < 0) {
        m_qr->clear();
        m_address->clear();
        m_toggle->setText(tr("&Deactivate…"));
        m_details->setText(m_model->rowCount() == 0
                               ? tr("No wallet yet. Orders need an active hot wallet of their asset and network to "
                                    "be given an address to pay into.")
                               : tr("Select a wallet to see its address as a QR code."));
        return;
    }
    const proto::WalletDto &wallet = m_model->at(row);
    const QString address = QString::fromStdString(wallet.address);
    if (const auto qr = QrCode::encode(address.toUtf8()))
        m_qr->setPixmap(QPixmap::fromImage(qr->toImage(kModulePixels)));
    else
        m_qr->setText(tr("The QR code could not be made."));
    m_address->setText(address);
    m_toggle->setText(wallet.active ? tr("&Deactivate…") : tr("Acti&vate…"));
    QStringList lines;
    lines << tr("%1 on %2, %3.")
                 .arg(QString::fromStdString(wallet.asset), WalletListModel::network(wallet.network),
                      WalletListModel::kind(wallet.kind).toLower());
    if (wallet.label)
        lines << tr("Label: %1").arg(QString::fromStdString(*wallet.label));
    lines << tr("Key kept at: %1").arg(QString::fromStdString(wallet.secretRef));
    lines << (wallet.active
                  ? (wallet.kind == proto::WalletKind::Hot ? tr("In use: new orders may be given this address.")
                                                           : tr("In use as storage."))
                  : tr("Not in use: no order is given this address."));
    lines << tr("Compare the address and the QR code with the wallet itself before customers pay into it.");
    m_details->setText(lines.join(QLatin1Char('\n')));
}

void WalletsPage::openDialog()
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = new WalletDialog(this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog.data()] {
        QString problem;
        if (const auto request = dialog->request(&problem))
            m_service->createWallet(*request);
    });
    m_dialog->open();
}

void WalletsPage::toggleActive()
{
    const int row = m_model->rowOf(m_selectedId);
    if (row < 0)
        return;
    const proto::WalletDto wallet = m_model->at(row);
    const QString name = QStringLiteral("%1 %2 %3")
                             .arg(QString::fromStdString(wallet.asset), WalletListModel::network(wallet.network),
                                  QString::fromStdString(wallet.address));
    const auto reason = m_prompts->reason(this, wallet.active ? tr("Deactivate the wallet %1").arg(name)
                                                              : tr("Activate the wallet %1").arg(name));
    if (!reason)
        return;
    proto::SetWalletActiveRequest request;
    request.active = !wallet.active;
    request.reason = reason->toStdString();
    m_service->setWalletActive(wallet.id, request);
}

} // namespace p2pdesk::workstation
