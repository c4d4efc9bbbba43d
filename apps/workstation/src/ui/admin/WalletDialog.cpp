#include "ui/admin/WalletDialog.h"

#include "models/WalletListModel.h"

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/domain/KeyMaterial.h"
#include "p2pdesk/proto/Limits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace p2pdesk::workstation {

namespace {

QString text(std::string_view view)
{
    return QString::fromLatin1(view.data(), static_cast<qsizetype>(view.size()));
}

} // namespace

WalletDialog::WalletDialog(QWidget *parent)
    : QDialog(parent)
    , m_asset(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_address(new QLineEdit(this))
    , m_label(new QLineEdit(this))
    , m_secretRef(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("walletDialog"));
    setWindowTitle(tr("New wallet"));
    m_asset->setObjectName(QStringLiteral("walletAssetComboBox"));
    for (const domain::Asset &asset : domain::assets()) {
        const QString standard =
            asset.standard == "native" ? QString() : QStringLiteral(" (%1)").arg(text(asset.standard));
        m_asset->addItem(tr("%1 on %2%3").arg(text(asset.code), WalletListModel::network(asset.network), standard),
                         QStringList{text(asset.code), text(asset.network)});
    }
    m_kind->setObjectName(QStringLiteral("walletKindComboBox"));
    m_kind->addItem(tr("Hot — orders pay into it"), static_cast<int>(proto::WalletKind::Hot));
    m_kind->addItem(tr("Cold — storage, never shown to customers"), static_cast<int>(proto::WalletKind::Cold));
    m_address->setObjectName(QStringLiteral("walletAddressLineEdit"));
    m_address->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_address->setMaxLength(static_cast<int>(proto::limits::kAddress));
    m_label->setObjectName(QStringLiteral("walletLabelLineEdit"));
    m_label->setMaxLength(static_cast<int>(proto::limits::kWalletLabel));
    m_label->setPlaceholderText(tr("e.g. Tron hot 1"));
    m_secretRef->setObjectName(QStringLiteral("walletSecretRefLineEdit"));
    m_secretRef->setMaxLength(static_cast<int>(proto::limits::kSecretRef));
    m_secretRef->setPlaceholderText(tr("where the key is kept, e.g. vault://desk/tron-hot-1 — never the key"));
    m_secretRef->setToolTip(tr("A name of the place the key is kept: a vault path, an HSM slot, a hardware wallet's "
                               "label. Never paste a private key or a seed phrase here."));
    m_reason->setObjectName(QStringLiteral("walletReasonLineEdit"));
    m_reason->setPlaceholderText(tr("why — kept in the audit log"));
    m_problem->setObjectName(QStringLiteral("walletProblemLabel"));
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveWalletButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("A&sset:"), m_asset);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("A&ddress:"), m_address);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("Key &kept at:"), m_secretRef);
    form->addRow(tr("R&eason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_asset, &QComboBox::currentIndexChanged, this, &WalletDialog::validate);
    for (QLineEdit *edit : {m_address, m_label, m_secretRef, m_reason})
        connect(edit, &QLineEdit::textChanged, this, &WalletDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        QString problem;
        if (request(&problem))
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    setMinimumWidth(680);
}

std::optional<proto::CreateWalletRequest> WalletDialog::request(QString *problem) const
{
    const QStringList pair = m_asset->currentData().toStringList();
    const auto asset = pair.size() == 2 ? domain::findAsset(pair[0].toStdString(), pair[1].toStdString())
                                        : std::optional<domain::Asset>();
    if (!asset) {
        *problem = tr("Choose the asset and network.");
        return std::nullopt;
    }
    const std::string address = m_address->text().trimmed().toStdString();
    if (address.empty()) {
        *problem = tr("Paste the wallet's address.");
        return std::nullopt;
    }
    if (!domain::validateAddress(*asset, address)) {
        switch (asset->addressFormat) {
        case domain::AddressFormat::Tron:
            *problem = tr("This is not a Tron address: it starts with T, has 34 characters and a valid checksum.");
            break;
        case domain::AddressFormat::Ethereum:
            *problem = tr("This is not an Ethereum address: 0x followed by 40 hex digits.");
            break;
        case domain::AddressFormat::Bitcoin:
            *problem = tr("This is not a Bitcoin mainnet address: bc1…, 1… or 3… with a valid checksum.");
            break;
        }
        return std::nullopt;
    }
    const QString label = m_label->text().trimmed();
    if (domain::looksLikeKeyMaterial(label.toStdString())) {
        *problem = tr("The label looks like a key. Name the wallet instead.");
        return std::nullopt;
    }
    const QString secretRef = m_secretRef->text().trimmed();
    if (secretRef.isEmpty()) {
        *problem = tr("Say where the key is kept (a vault path, an HSM slot, a hardware wallet's name).");
        return std::nullopt;
    }
    if (domain::looksLikeKeyMaterial(secretRef.toStdString())) {
        *problem = tr("This looks like a private key or a seed phrase. Never enter a key here: clear the field and "
                      "enter only the name of where the key is kept.");
        return std::nullopt;
    }
    if (m_reason->text().trimmed().isEmpty()) {
        *problem = tr("Say why: the reason goes to the audit log.");
        return std::nullopt;
    }
    proto::CreateWalletRequest out;
    out.asset = std::string(asset->code);
    out.network = std::string(asset->network);
    out.kind = static_cast<proto::WalletKind>(m_kind->currentData().toInt());
    out.address = address;
    if (!label.isEmpty())
        out.label = label.toStdString();
    out.secretRef = secretRef.toStdString();
    out.reason = m_reason->text().trimmed().toStdString();
    return out;
}

void WalletDialog::validate()
{
    QString problem;
    const bool ok = request(&problem).has_value();
    m_problem->setText(ok ? QString() : problem);
    m_problem->setVisible(!ok);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ok);
}

} // namespace p2pdesk::workstation
