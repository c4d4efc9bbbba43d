#include "models/CannedReplyListModel.h"

#include "models/DisplayText.h"

#include <QColor>
#include <QPalette>

namespace p2pdesk::workstation {

CannedReplyListModel::CannedReplyListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CannedReplyListModel::setReplies(const QList<proto::CannedReply> &replies)
{
    beginResetModel();
    m_items.assign(replies.begin(), replies.end());
    endResetModel();
}

int CannedReplyListModel::rowOf(std::int64_t id) const
{
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

int CannedReplyListModel::upsert(const proto::CannedReply &reply)
{
    const int row = rowOf(reply.id);
    if (row >= 0) {
        m_items[static_cast<std::size_t>(row)] = reply;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return row;
    }
    const int end = rowCount();
    beginInsertRows({}, end, end);
    m_items.push_back(reply);
    endInsertRows();
    return end;
}

int CannedReplyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int CannedReplyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CannedReplyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const proto::CannedReply &item = m_items[static_cast<std::size_t>(index.row())];
    switch (role) {
    case ReplyIdRole:
        return QVariant::fromValue<qint64>(item.id);
    case ActiveRole:
        return item.active;
    case Qt::ForegroundRole:
        if (!item.active)
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Shortcut:
        return QString(QLatin1Char('/') + QString::fromStdString(item.shortcut));
    case Title:
        return QString::fromStdString(item.title);
    case Active:
        return item.active ? tr("Active") : tr("Inactive");
    case Updated:
        return DisplayText::dateTime(item.updatedAt);
    default:
        return {};
    }
}

QVariant CannedReplyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Shortcut:
        return tr("Shortcut");
    case Title:
        return tr("Title");
    case Active:
        return tr("State");
    case Updated:
        return tr("Last change");
    default:
        return {};
    }
}

} // namespace p2pdesk::workstation
