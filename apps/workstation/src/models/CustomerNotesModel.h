#pragma once

#include "p2pdesk/proto/Customers.h"

#include <QAbstractTableModel>

#include <vector>

namespace p2pdesk::workstation {

// The notes operators left on a customer, newest first: when, who, and the note (several lines
// kept as typed).
class CustomerNotesModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Written, Author, Text, ColumnCount };

    explicit CustomerNotesModel(QObject *parent = nullptr);

    void setNotes(std::vector<proto::CustomerNote> notes);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<proto::CustomerNote> m_notes;
};

} // namespace p2pdesk::workstation
