#pragma once

#include "p2pdesk/proto/Orders.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <vector>

namespace p2pdesk::workstation {

// One checklist of an order ("verify" or "payout") with a checkbox per item. Ticking emits
// toggleRequested and shows the tick at once; the order syncd sends back is the truth and
// replaces it (a refused tick disappears on the next setItems).
class ChecklistModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Item, DoneBy, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, DoneRole };

    explicit ChecklistModel(QObject *parent = nullptr);

    void setItems(std::vector<proto::ChecklistItemState> items);
    // Only the holder, online, may tick items.
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    bool isComplete() const;
    int doneCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void toggleRequested(qint64 itemId, bool done);

private:
    std::vector<proto::ChecklistItemState> m_items;
    bool m_editable = false;
};

} // namespace p2pdesk::workstation
