#include "models/WalletListModel.h"

#include "models/DisplayText.h"

#include <QColor>
#include <QFontDatabase>

namespace p2pdesk::workstation {

WalletListModel::WalletListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int WalletListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int WalletListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WalletListModel::network(std::string_view network)
{
    if (network == "TRON")
        return tr("Tron");
    if (network == "ETHEREUM")
        return tr("Ethereum");
    if (network == "BITCOIN")
        return tr("Bitcoin");
    return QString::fromUtf8(network.data(), static_cast<qsizetype>(network.size()));
}

QString WalletListModel::kind(proto::WalletKind kind)
{
    return kind == proto::WalletKind::Hot ? tr("Hot") : tr("Cold");
}

QVariant WalletListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const proto::WalletDto &item = m_items[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Asset:
            return QString::fromStdString(item.asset);
        case Network:
            return network(item.network);
        case Kind:
            return kind(item.kind);
        case Label:
            return item.label ? QString::fromStdString(*item.label) : QString();
        case Address:
            return QString::fromStdString(item.address);
        case Active:
            return item.active ? tr("Yes") : tr("No");
        case Added:
            return DisplayText::dateTime(item.createdAt);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Kind)
            return item.kind == proto::WalletKind::Hot ? tr("Hot: orders are given this address to pay into.")
                                                       : tr("Cold: storage; never given to a customer.");
        if (index.column() == Address)
            return QString::fromStdString(item.address);
        return {};
    case Qt::FontRole:
        if (index.column() == Address)
            return QVariant::fromValue(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        return {};
    case Qt::ForegroundRole:
        if (!item.active)
            return QVariant::fromValue(QColor(Qt::gray));
        return {};
    case WalletIdRole:
        return static_cast<qint64>(item.id);
    default:
        return {};
    }
}

QVariant WalletListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Asset:
        return tr("Asset");
    case Network:
        return tr("Network");
    case Kind:
        return tr("Hot/cold");
    case Label:
        return tr("Label");
    case Address:
        return tr("Address");
    case Active:
        return tr("In use");
    case Added:
        return tr("Added");
    default:
        return {};
    }
}

void WalletListModel::setWallets(const QList<proto::WalletDto> &wallets)
{
    beginResetModel();
    m_items.assign(wallets.begin(), wallets.end());
    endResetModel();
}

int WalletListModel::rowOf(std::int64_t walletId) const
{
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == walletId)
            return static_cast<int>(i);
    }
    return -1;
}

void WalletListModel::upsert(const proto::WalletDto &wallet)
{
    const int row = rowOf(wallet.id);
    if (row >= 0) {
        m_items[static_cast<std::size_t>(row)] = wallet;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = static_cast<int>(m_items.size());
    beginInsertRows({}, at, at);
    m_items.push_back(wallet);
    endInsertRows();
}

} // namespace p2pdesk::workstation
