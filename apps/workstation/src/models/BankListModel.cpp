#include "models/BankListModel.h"

#include "models/DisplayText.h"

#include <QColor>
#include <QFontDatabase>

namespace p2pdesk::workstation {

BankListModel::BankListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int BankListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int BankListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BankListModel::country(const std::optional<std::string> &code)
{
    // The code alone: Qt names countries in English only, which would mix languages on screen.
    return code ? QString::fromStdString(*code) : QString();
}

QVariant BankListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const proto::BankDto &item = m_items[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Code:
            return QString::fromStdString(item.code);
        case Name:
            return QString::fromStdString(item.name);
        case Country:
            return item.country ? QString::fromStdString(*item.country) : QString();
        case Currency:
            return QString::fromStdString(item.fiatCurrency);
        case Active:
            return item.active ? tr("Yes") : tr("No");
        case Updated:
            return DisplayText::dateTime(item.updatedAt);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Active)
            return item.active ? tr("Customers may name this bank for payouts in %1.")
                                     .arg(QString::fromStdString(item.fiatCurrency))
                               : tr("Switched off: no new payout account may name this bank.");
        return {};
    case Qt::FontRole:
        if (index.column() == Code)
            return QVariant::fromValue(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        return {};
    case Qt::ForegroundRole:
        if (!item.active)
            return QVariant::fromValue(QColor(Qt::gray));
        return {};
    case BankIdRole:
        return static_cast<qint64>(item.id);
    default:
        return {};
    }
}

QVariant BankListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Country:
        return tr("Country");
    case Currency:
        return tr("Currency");
    case Active:
        return tr("Active");
    case Updated:
        return tr("Changed");
    default:
        return {};
    }
}

void BankListModel::setBanks(const QList<proto::BankDto> &banks)
{
    beginResetModel();
    m_items.assign(banks.begin(), banks.end());
    endResetModel();
}

int BankListModel::rowOf(std::int64_t bankId) const
{
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == bankId)
            return static_cast<int>(i);
    }
    return -1;
}

bool BankListModel::containsCode(const QString &code) const
{
    const std::string wanted = code.toStdString();
    for (const auto &item : m_items) {
        if (item.code == wanted)
            return true;
    }
    return false;
}

void BankListModel::upsert(const proto::BankDto &bank)
{
    const int row = rowOf(bank.id);
    if (row >= 0) {
        m_items[static_cast<std::size_t>(row)] = bank;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = static_cast<int>(m_items.size());
    beginInsertRows({}, at, at);
    m_items.push_back(bank);
    endInsertRows();
}

} // namespace p2pdesk::workstation
