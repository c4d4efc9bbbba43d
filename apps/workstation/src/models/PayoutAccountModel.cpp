#include "models/PayoutAccountModel.h"

#include "models/DisplayText.h"

namespace p2pdesk::workstation {

PayoutAccountModel::PayoutAccountModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PayoutAccountModel::setAccounts(std::vector<proto::CustomerPayoutAccount> accounts)
{
    beginResetModel();
    m_accounts = std::move(accounts);
    endResetModel();
}

QString PayoutAccountModel::kindText(const std::string &kind)
{
    if (kind == "card")
        return tr("Card");
    if (kind == "account")
        return tr("Bank account");
    if (kind == "phone")
        return tr("Phone number");
    if (kind == "p2p")
        return tr("P2P platform");
    if (kind == "crypto")
        return tr("Crypto address");
    return tr("Other");
}

int PayoutAccountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_accounts.size());
}

int PayoutAccountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PayoutAccountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const proto::CustomerPayoutAccount &account = m_accounts[static_cast<std::size_t>(index.row())];
    if (role == AccountIdRole)
        return QVariant::fromValue<qint64>(account.id);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Kind:
        return kindText(account.kind);
    case Masked:
        return QString::fromStdString(account.masked);
    case Bank:
        return account.bank ? QString::fromStdString(*account.bank) : QStringLiteral("—");
    case Added:
        return DisplayText::dateTime(account.createdAt);
    default:
        return {};
    }
}

QVariant PayoutAccountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Kind");
    case Masked:
        return tr("Account");
    case Bank:
        return tr("Bank");
    case Added:
        return tr("First used");
    default:
        return {};
    }
}

} // namespace p2pdesk::workstation
