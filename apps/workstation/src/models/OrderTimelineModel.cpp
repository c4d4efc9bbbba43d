#include "models/OrderTimelineModel.h"

#include "core/OrderSnapshot.h"
#include "models/DisplayText.h"
#include "models/OrderQueueModel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace p2pdesk::workstation {

OrderTimelineModel::OrderTimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OrderTimelineModel::setEntries(std::vector<proto::OrderHistoryEntry> entries)
{
    const bool extendsShown =
        entries.size() >= m_entries.size() &&
        std::equal(m_entries.begin(), m_entries.end(), entries.begin(),
                   [](const proto::OrderHistoryEntry &a, const proto::OrderHistoryEntry &b) { return a.id == b.id; });
    if (!extendsShown) {
        beginResetModel(); // another order, or history rewritten: nothing to keep
        m_entries = std::move(entries);
        endResetModel();
        return;
    }
    if (entries.size() == m_entries.size())
        return;
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, static_cast<int>(entries.size()) - 1);
    m_entries = std::move(entries);
    endInsertRows();
}

int OrderTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int OrderTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrderTimelineModel::actorText(const proto::Actor &actor)
{
    return DisplayText::actor(actor);
}

QVariant OrderTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const proto::OrderHistoryEntry &entry = m_entries[static_cast<std::size_t>(index.row())];
    if (role == EntryIdRole)
        return QVariant::fromValue<qint64>(entry.id);
    if (role == ToStatusRole)
        return static_cast<int>(entry.to);
    if (role == Qt::TextAlignmentRole && index.column() == Time)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Time:
        return DisplayText::dateTime(entry.at);
    case Actor:
        return actorText(entry.actor);
    case From:
        return entry.from ? OrderQueueModel::statusText(*entry.from) : tr("created");
    case To:
        return OrderQueueModel::statusText(entry.to);
    case Reason:
        return entry.reason ? QString::fromStdString(*entry.reason) : QString();
    default:
        return {};
    }
}

QVariant OrderTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Actor:
        return tr("By");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace p2pdesk::workstation
