#pragma once

#include "p2pdesk/proto/Customers.h"

#include <QAbstractTableModel>

#include <vector>

namespace p2pdesk::workstation {

// A page of the customers directory as syncd answered it, the most recently active first: who
// they are, their orders (all and still open), uncleared risk flags, when they last ordered,
// whether the desk blocked them or Telegram no longer delivers to them, and — for a search — what
// matched. Pages append (more()): the directory loads the next one on request.
class CustomerDirectoryModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Customer,
        TelegramId,
        Orders,
        OpenOrders,
        OpenFlags,
        LastOrder,
        Verification,
        State,
        Matched,
        ColumnCount
    };
    enum Role { CustomerIdRole = Qt::UserRole + 1, BlockedRole };

    explicit CustomerDirectoryModel(QObject *parent = nullptr);

    // A new search's first page replaces the rows; a further page of the same search appends.
    void setPage(const proto::CustomerList &page);
    void appendPage(const proto::CustomerList &page);
    void clear();
    bool more() const { return m_more; }
    const proto::CustomerListItem &at(int row) const { return m_items.at(static_cast<std::size_t>(row)); }

    static QString matchText(proto::CustomerMatch match);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<proto::CustomerListItem> m_items;
    bool m_more = false;
};

} // namespace p2pdesk::workstation
