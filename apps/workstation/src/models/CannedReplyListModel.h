#pragma once

#include "p2pdesk/proto/Tickets.h"

#include <QAbstractTableModel>
#include <QList>

#include <vector>

namespace p2pdesk::workstation {

// Canned replies for the admin screen, inactive ones included: shortcut, title, active, last change.
class CannedReplyListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Shortcut, Title, Active, Updated, ColumnCount };
    enum Role { ReplyIdRole = Qt::UserRole + 1, ActiveRole };

    explicit CannedReplyListModel(QObject *parent = nullptr);

    void setReplies(const QList<proto::CannedReply> &replies);
    // Replaces the reply of the same id, or appends it; returns its row.
    int upsert(const proto::CannedReply &reply);
    const proto::CannedReply &at(int row) const { return m_items.at(static_cast<std::size_t>(row)); }
    int rowOf(std::int64_t id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<proto::CannedReply> m_items;
};

} // namespace p2pdesk::workstation
