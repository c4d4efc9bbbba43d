#include "models/ChecklistModel.h"

#include "core/OrderSnapshot.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace p2pdesk::workstation {

ChecklistModel::ChecklistModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ChecklistModel::setItems(std::vector<proto::ChecklistItemState> items)
{
    const bool sameItems = items.size() == m_items.size() &&
                           std::equal(m_items.begin(), m_items.end(), items.begin(),
                                      [](const proto::ChecklistItemState &a, const proto::ChecklistItemState &b) {
                                          return a.itemId == b.itemId;
                                      });
    if (!sameItems) {
        beginResetModel(); // the admin changed the list, or another order
        m_items = std::move(items);
        endResetModel();
        return;
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        proto::ChecklistItemState &shown = m_items[i];
        const bool changed = shown.done != items[i].done || shown.title != items[i].title ||
                             (shown.doneBy ? shown.doneBy->id : 0) != (items[i].doneBy ? items[i].doneBy->id : 0);
        shown = std::move(items[i]);
        if (changed)
            emit dataChanged(index(static_cast<int>(i), 0), index(static_cast<int>(i), ColumnCount - 1));
    }
}

void ChecklistModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    if (!m_items.empty())
        emit dataChanged(index(0, Item), index(rowCount() - 1, Item), {Qt::CheckStateRole});
}

bool ChecklistModel::isComplete() const
{
    return std::all_of(m_items.begin(), m_items.end(), [](const proto::ChecklistItemState &item) { return item.done; });
}

int ChecklistModel::doneCount() const
{
    return static_cast<int>(
        std::count_if(m_items.begin(), m_items.end(), [](const proto::ChecklistItemState &item) { return item.done; }));
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const proto::ChecklistItemState &item = m_items[static_cast<std::size_t>(index.row())];
    switch (role) {
    case ItemIdRole:
        return QVariant::fromValue<qint64>(item.itemId);
    case DoneRole:
        return item.done;
    case Qt::CheckStateRole:
        return index.column() == Item ? QVariant(item.done ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole: // a long item is elided in the view: the whole text on hover
        if (index.column() == Item)
            return QString::fromStdString(item.title);
        if (index.column() == DoneBy && item.doneBy) {
            const QString when =
                item.doneAt ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(toMsecsSinceEpoch(*item.doneAt)),
                                                 QLocale::ShortFormat)
                            : QString();
            return tr("%1, %2").arg(QString::fromStdString(item.doneBy->username), when);
        }
        return {};
    default:
        return {};
    }
}

bool ChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::CheckStateRole || index.column() != Item || !m_editable)
        return false;
    proto::ChecklistItemState &item = m_items[static_cast<std::size_t>(index.row())];
    const bool done = value.value<Qt::CheckState>() == Qt::Checked;
    if (item.done == done)
        return true;
    item.done = done;
    emit dataChanged(index, index, {Qt::CheckStateRole, DoneRole});
    emit toggleRequested(item.itemId, done);
    return true;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Item && m_editable)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Item)
        return tr("Item");
    if (section == DoneBy)
        return tr("Ticked by");
    return {};
}

} // namespace p2pdesk::workstation
