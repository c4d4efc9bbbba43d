#pragma once

#include "p2pdesk/proto/Orders.h"

#include <QAbstractTableModel>

#include <vector>

namespace p2pdesk::workstation {

// The order's history (order_history rows), oldest first. History only grows, so an update that
// extends the rows already shown inserts just the new ones.
class OrderTimelineModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Time, Actor, From, To, Reason, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1, ToStatusRole };

    explicit OrderTimelineModel(QObject *parent = nullptr);

    void setEntries(std::vector<proto::OrderHistoryEntry> entries);
    const proto::OrderHistoryEntry &at(int row) const { return m_entries.at(static_cast<std::size_t>(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString actorText(const proto::Actor &actor);

private:
    std::vector<proto::OrderHistoryEntry> m_entries;
};

} // namespace p2pdesk::workstation
