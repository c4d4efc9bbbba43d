#pragma once

#include "p2pdesk/proto/Customers.h"

#include <QAbstractTableModel>

#include <vector>

namespace p2pdesk::workstation {

// A customer's orders in their profile, newest first: code, status (with "on hold"), amounts in the
// user's locale, when created and last changed.
class CustomerOrdersModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Code, Status, Direction, AmountCrypto, AmountFiat, Created, Updated, ColumnCount };
    enum Role { OrderIdRole = Qt::UserRole + 1, HoldRole };

    explicit CustomerOrdersModel(QObject *parent = nullptr);

    void setOrders(std::vector<proto::CustomerOrder> orders);
    const proto::CustomerOrder &at(int row) const { return m_orders.at(static_cast<std::size_t>(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<proto::CustomerOrder> m_orders;
};

} // namespace p2pdesk::workstation
