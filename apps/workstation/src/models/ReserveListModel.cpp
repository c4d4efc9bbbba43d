#include "models/ReserveListModel.h"

#include "models/DisplayText.h"

#include <QColor>
#include <QFontDatabase>

namespace p2pdesk::workstation {

ReserveListModel::ReserveListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ReserveListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ReserveListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReserveListModel::currency(const proto::ReserveDto &reserve)
{
    if (reserve.kind == domain::ReserveKind::Fiat)
        return QString::fromStdString(reserve.fiatCurrency.value_or(""));
    return assetCurrency(reserve.asset.value_or(""), reserve.network.value_or(""));
}

QString ReserveListModel::assetCurrency(const std::string &asset, const std::string &network)
{
    return tr("%1 on %2", "asset on network").arg(QString::fromStdString(asset), QString::fromStdString(network));
}

QString ReserveListModel::amount(const proto::ReserveDto &reserve, const domain::Decimal &value)
{
    if (reserve.kind == domain::ReserveKind::Fiat)
        return DisplayText::fiatAmount(value, reserve.fiatCurrency.value_or(""));
    return DisplayText::cryptoAmount(value, reserve.asset.value_or(""), reserve.network.value_or(""));
}

QVariant ReserveListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const proto::ReserveDto &item = m_items[static_cast<std::size_t>(index.row())];
    const bool exhausted = item.available.isZero();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Currency:
            return currency(item);
        case Counted:
            return amount(item, item.amount);
        case Committed:
            return amount(item, item.committed);
        case Available:
            return amount(item, item.available);
        case ExportCode:
            return item.exportCode ? QString::fromStdString(*item.exportCode) : tr("Not exported");
        case CountedAt:
            if (item.syncedFrom)
                return tr("%1, from the wallets", "when").arg(DisplayText::dateTime(item.updatedAt));
            return item.updatedBy
                       ? tr("%1, %2", "when, who")
                             .arg(DisplayText::dateTime(item.updatedAt), QString::fromStdString(*item.updatedBy))
                       : DisplayText::dateTime(item.updatedAt);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Counted || index.column() == Committed || index.column() == Available)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Committed:
            return tr("What orders owe out of this reserve: open orders, and orders paid out after it was counted. "
                      "Cancelled orders and payouts before the count are not included.");
        case Available:
            return exhausted ? tr("Nothing left to promise: the bot refuses orders paid out of this reserve and the "
                                  "export does not offer it until it is recounted.")
                             : tr("The most a new order or the public export may promise from this reserve.");
        case CountedAt:
            if (item.syncedFrom && item.syncedAt)
                return tr("Read from the desk's active hot wallets through %1; last checked %2.")
                    .arg(QString::fromStdString(*item.syncedFrom), DisplayText::dateTime(*item.syncedAt));
            return {};
        case ExportCode:
            return item.exportCode ? tr("The currency's code in the public rates export.")
                                   : tr("Without an export code the currency is left out of the public export.");
        default:
            return {};
        }
    case Qt::FontRole:
        if (index.column() == ExportCode && item.exportCode)
            return QVariant::fromValue(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Available && exhausted)
            return QVariant::fromValue(QColor(0xb0, 0x3a, 0x2e));
        if (index.column() == ExportCode && !item.exportCode)
            return QVariant::fromValue(QColor(Qt::gray));
        return {};
    case ReserveIdRole:
        return static_cast<qint64>(item.id);
    default:
        return {};
    }
}

QVariant ReserveListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Currency:
        return tr("Currency");
    case Counted:
        return tr("Counted");
    case Committed:
        return tr("Owed by orders");
    case Available:
        return tr("Available");
    case ExportCode:
        return tr("Export code");
    case CountedAt:
        return tr("Counted at, by");
    default:
        return {};
    }
}

void ReserveListModel::setReserves(const QList<proto::ReserveDto> &reserves)
{
    beginResetModel();
    m_items.assign(reserves.begin(), reserves.end());
    endResetModel();
}

void ReserveListModel::upsert(const proto::ReserveDto &reserve)
{
    const int row = rowOf(reserve.id);
    if (row >= 0) {
        m_items[static_cast<std::size_t>(row)] = reserve;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int end = rowCount();
    beginInsertRows({}, end, end);
    m_items.push_back(reserve);
    endInsertRows();
}

int ReserveListModel::rowOf(std::int64_t reserveId) const
{
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == reserveId)
            return static_cast<int>(i);
    }
    return -1;
}

int ReserveListModel::rowOfCurrency(const std::string &asset, const std::string &network, const std::string &fiat) const
{
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const auto &item = m_items[i];
        const bool match = item.kind == domain::ReserveKind::Fiat
                               ? (asset.empty() && item.fiatCurrency.value_or("") == fiat)
                               : (item.asset.value_or("") == asset && item.network.value_or("") == network);
        if (match)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace p2pdesk::workstation
