#include "models/CustomerNotesModel.h"

#include "models/DisplayText.h"

namespace p2pdesk::workstation {

CustomerNotesModel::CustomerNotesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CustomerNotesModel::setNotes(std::vector<proto::CustomerNote> notes)
{
    beginResetModel();
    m_notes = std::move(notes);
    endResetModel();
}

int CustomerNotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_notes.size());
}

int CustomerNotesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerNotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const proto::CustomerNote &note = m_notes[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case Written:
        return DisplayText::dateTime(note.createdAt);
    case Author:
        return DisplayText::operatorName(note.author);
    case Text:
        return QString::fromStdString(note.text);
    default:
        return {};
    }
}

QVariant CustomerNotesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Written:
        return tr("Written");
    case Author:
        return tr("By");
    case Text:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace p2pdesk::workstation
