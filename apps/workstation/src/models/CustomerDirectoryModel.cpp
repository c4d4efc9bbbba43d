#include "models/CustomerDirectoryModel.h"

#include "models/DisplayText.h"

#include <QColor>

namespace p2pdesk::workstation {

CustomerDirectoryModel::CustomerDirectoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CustomerDirectoryModel::setPage(const proto::CustomerList &page)
{
    beginResetModel();
    m_items = page.customers;
    m_more = page.more;
    endResetModel();
}

void CustomerDirectoryModel::appendPage(const proto::CustomerList &page)
{
    m_more = page.more;
    if (page.customers.empty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(page.customers.size()) - 1);
    m_items.insert(m_items.end(), page.customers.begin(), page.customers.end());
    endInsertRows();
}

void CustomerDirectoryModel::clear()
{
    setPage({});
}

QString CustomerDirectoryModel::matchText(proto::CustomerMatch match)
{
    switch (match) {
    case proto::CustomerMatch::TelegramId:
        return tr("Telegram ID");
    case proto::CustomerMatch::OrderCode:
        return tr("Order code");
    case proto::CustomerMatch::Username:
        return tr("Username");
    case proto::CustomerMatch::Name:
        return tr("Name");
    case proto::CustomerMatch::PayoutAccount:
        return tr("Payout account");
    }
    return {};
}

int CustomerDirectoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int CustomerDirectoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerDirectoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const proto::CustomerListItem &item = m_items[static_cast<std::size_t>(index.row())];
    const proto::CustomerInfo &c = item.customer;
    switch (role) {
    case CustomerIdRole:
        return QVariant::fromValue<qint64>(c.id);
    case BlockedRole:
        return c.blocked;
    case Qt::TextAlignmentRole:
        if (index.column() == Orders || index.column() == OpenOrders || index.column() == OpenFlags ||
            index.column() == TelegramId)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == State && c.blocked)
            return QColor(0xb0, 0x00, 0x20);
        if (index.column() == OpenFlags && item.openFlags > 0)
            return QColor(Qt::darkRed);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == State && c.blocked)
            return tr("Blocked by %1: %2")
                .arg(DisplayText::operatorName(c.blockedBy), QString::fromStdString(c.blockedReason.value_or("")));
        if (index.column() == OpenFlags)
            return tr("Uncleared risk flags on the customer or their open orders");
        if (index.column() == Verification)
            return DisplayText::kycLevel(c.kycLevel);
        return tr("Double-click to open the customer's profile");
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case Customer:
        return DisplayText::customerName(c);
    case TelegramId:
        return QString::number(c.telegramId); // an id, not a quantity: no group separators
    case Orders:
        return locale.toString(item.ordersTotal);
    case OpenOrders:
        return locale.toString(item.ordersOpen);
    case OpenFlags:
        return locale.toString(item.openFlags);
    case LastOrder:
        return item.lastOrderAt ? DisplayText::dateTime(*item.lastOrderAt) : tr("no orders");
    case Verification:
        return tr("Level %1").arg(domain::toNumber(c.kycLevel));
    case State:
        if (c.blocked)
            return tr("Blocked");
        if (c.unreachable)
            return tr("Unreachable in Telegram");
        return tr("Active");
    case Matched:
        return item.matched ? matchText(*item.matched) : QString();
    default:
        return {};
    }
}

QVariant CustomerDirectoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Customer:
        return tr("Customer");
    case TelegramId:
        return tr("Telegram ID");
    case Orders:
        return tr("Orders");
    case OpenOrders:
        return tr("Open");
    case OpenFlags:
        return tr("Flags");
    case LastOrder:
        return tr("Last order");
    case Verification:
        return tr("Verification");
    case State:
        return tr("State");
    case Matched:
        return tr("Found by");
    default:
        return {};
    }
}

} // namespace p2pdesk::workstation
