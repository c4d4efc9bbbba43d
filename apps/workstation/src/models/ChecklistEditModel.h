#pragma once

#include "p2pdesk/proto/Checklists.h"

#include <QAbstractTableModel>

#include <vector>

namespace p2pdesk::workstation {

// One checklist (verify or payout) being edited: titles in display order, editable in place, with
// add/remove/move. Existing items keep their id so orders keep their completion state for them.
class ChecklistEditModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Title, Origin, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1 };

    explicit ChecklistEditModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    // Loads the saved list and forgets the edits.
    void setChecklist(const proto::ChecklistDef &checklist);
    proto::ChecklistKind kind() const { return m_kind; }
    // Appends an item; returns its row. Blank titles are refused (-1).
    int addItem(const QString &title);
    bool moveUp(int row);
    bool moveDown(int row);
    bool isDirty() const { return m_dirty; }
    // Every title is non-blank (the server refuses blank ones).
    bool isValid() const;
    std::vector<proto::ChecklistItemInput> items() const { return m_items; }

signals:
    void dirtyChanged(bool dirty);

private:
    void markDirty();

    proto::ChecklistKind m_kind = proto::ChecklistKind::Verify;
    std::vector<proto::ChecklistItemInput> m_items;
    bool m_dirty = false;
};

} // namespace p2pdesk::workstation
