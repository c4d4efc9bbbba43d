#include "models/CustomerOrdersModel.h"

#include "models/DisplayText.h"
#include "models/OrderQueueModel.h"

#include <QColor>

namespace p2pdesk::workstation {

CustomerOrdersModel::CustomerOrdersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CustomerOrdersModel::setOrders(std::vector<proto::CustomerOrder> orders)
{
    beginResetModel();
    m_orders = std::move(orders);
    endResetModel();
}

int CustomerOrdersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_orders.size());
}

int CustomerOrdersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerOrdersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const proto::CustomerOrder &order = m_orders[static_cast<std::size_t>(index.row())];
    switch (role) {
    case OrderIdRole:
        return QVariant::fromValue<qint64>(order.id);
    case HoldRole:
        return order.hold;
    case Qt::TextAlignmentRole:
        if (index.column() == AmountCrypto || index.column() == AmountFiat)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Status && order.hold)
            return QColor(Qt::darkRed);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Status && order.hold)
            return tr("A risk flag holds this order until a senior clears it.");
        if (index.column() == Code)
            return tr("Double-click to open the order");
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Code:
        return QString::fromStdString(order.code);
    case Status: {
        const QString status = OrderQueueModel::statusText(order.status);
        return order.hold ? tr("%1, on hold").arg(status) : status;
    }
    case Direction:
        return order.direction == domain::Direction::Sell ? tr("Sells %1").arg(QString::fromStdString(order.asset))
                                                          : tr("Buys %1").arg(QString::fromStdString(order.asset));
    case AmountCrypto:
        return DisplayText::cryptoAmount(order.amountCrypto, order.asset, order.network);
    case AmountFiat:
        return DisplayText::fiatAmount(order.amountFiat, order.fiatCurrency);
    case Created:
        return DisplayText::dateTime(order.createdAt);
    case Updated:
        return DisplayText::dateTime(order.updatedAt);
    default:
        return {};
    }
}

QVariant CustomerOrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Order");
    case Status:
        return tr("Status");
    case Direction:
        return tr("Direction");
    case AmountCrypto:
        return tr("Crypto");
    case AmountFiat:
        return tr("Fiat");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Last change");
    default:
        return {};
    }
}

} // namespace p2pdesk::workstation
