#include "models/ChecklistEditModel.h"

#include <utility>

namespace p2pdesk::workstation {

ChecklistEditModel::ChecklistEditModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ChecklistEditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ChecklistEditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistEditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const proto::ChecklistItemInput &item = m_items[static_cast<std::size_t>(index.row())];
    if (role == ItemIdRole)
        return item.id ? QVariant::fromValue(static_cast<qlonglong>(*item.id)) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Title:
        return QString::fromStdString(item.title);
    case Origin:
        return role == Qt::DisplayRole ? (item.id ? tr("saved #%1").arg(*item.id) : tr("new")) : QVariant();
    default:
        return {};
    }
}

bool ChecklistEditModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != Title || role != Qt::EditRole)
        return false;
    const QString title = value.toString().trimmed();
    if (title.isEmpty())
        return false;
    std::string &stored = m_items[static_cast<std::size_t>(index.row())].title;
    if (stored == title.toStdString())
        return true;
    stored = title.toStdString();
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    markDirty();
    return true;
}

Qt::ItemFlags ChecklistEditModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Title)
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant ChecklistEditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Title:
        return tr("Item");
    case Origin:
        return tr("State");
    default:
        return {};
    }
}

bool ChecklistEditModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_items.erase(m_items.begin() + row, m_items.begin() + row + count);
    endRemoveRows();
    markDirty();
    return true;
}

void ChecklistEditModel::setChecklist(const proto::ChecklistDef &checklist)
{
    beginResetModel();
    m_kind = checklist.kind;
    m_items.clear();
    for (const proto::ChecklistItemDef &item : checklist.items)
        m_items.push_back(proto::ChecklistItemInput{item.id, item.title});
    endResetModel();
    if (std::exchange(m_dirty, false))
        emit dirtyChanged(false);
}

int ChecklistEditModel::addItem(const QString &title)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty())
        return -1;
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_items.push_back(proto::ChecklistItemInput{std::nullopt, trimmed.toStdString()});
    endInsertRows();
    markDirty();
    return row;
}

bool ChecklistEditModel::moveUp(int row)
{
    if (row <= 0 || row >= rowCount())
        return false;
    beginMoveRows({}, row, row, {}, row - 1);
    std::swap(m_items[static_cast<std::size_t>(row)], m_items[static_cast<std::size_t>(row - 1)]);
    endMoveRows();
    markDirty();
    return true;
}

bool ChecklistEditModel::moveDown(int row)
{
    if (row < 0 || row + 1 >= rowCount())
        return false;
    // Moving row r below r+1 is, in Qt's terms, inserting it before r+2.
    beginMoveRows({}, row, row, {}, row + 2);
    std::swap(m_items[static_cast<std::size_t>(row)], m_items[static_cast<std::size_t>(row + 1)]);
    endMoveRows();
    markDirty();
    return true;
}

bool ChecklistEditModel::isValid() const
{
    for (const proto::ChecklistItemInput &item : m_items) {
        if (QString::fromStdString(item.title).trimmed().isEmpty())
            return false;
    }
    return true;
}

void ChecklistEditModel::markDirty()
{
    if (!std::exchange(m_dirty, true))
        emit dirtyChanged(true);
}

} // namespace p2pdesk::workstation
