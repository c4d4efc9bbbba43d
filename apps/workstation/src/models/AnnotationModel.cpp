#include "models/AnnotationModel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <chrono>

namespace p2pdesk::workstation {

AnnotationModel::AnnotationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int AnnotationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int AnnotationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QRectF AnnotationModel::normalizedRect(const proto::Annotation &annotation)
{
    return QRectF(static_cast<double>(annotation.x) / 1000.0, static_cast<double>(annotation.y) / 1000.0,
                  static_cast<double>(annotation.w) / 1000.0, static_cast<double>(annotation.h) / 1000.0);
}

QVariant AnnotationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const proto::Annotation &item = m_items[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return index.row() + 1;
        case Note:
            return item.note.empty() ? tr("(no note)") : QString::fromStdString(item.note);
        case Author:
            return QString::fromStdString(item.author.username);
        case At: {
            const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(item.at.time_since_epoch()).count();
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return QString::fromStdString(item.note);
    case AnnotationIdRole:
        return QVariant::fromValue(static_cast<qlonglong>(item.id));
    case NormalizedRectRole:
        return normalizedRect(item);
    default:
        return {};
    }
}

QVariant AnnotationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("#");
    case Note:
        return tr("Note");
    case Author:
        return tr("Author");
    case At:
        return tr("Time");
    default:
        return {};
    }
}

void AnnotationModel::setAnnotations(const QList<proto::Annotation> &annotations)
{
    beginResetModel();
    m_items.assign(annotations.begin(), annotations.end());
    std::stable_sort(m_items.begin(), m_items.end(),
                     [](const proto::Annotation &a, const proto::Annotation &b) { return a.at < b.at; });
    reindex();
    endResetModel();
}

void AnnotationModel::upsert(const proto::Annotation &annotation)
{
    const int row = rowOf(annotation.id);
    if (row >= 0) {
        m_items[static_cast<std::size_t>(row)] = annotation;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int newRow = static_cast<int>(m_items.size());
    beginInsertRows({}, newRow, newRow);
    m_items.push_back(annotation);
    m_rows.insert(annotation.id, newRow);
    endInsertRows();
}

void AnnotationModel::clear()
{
    if (m_items.empty())
        return;
    beginRemoveRows({}, 0, static_cast<int>(m_items.size()) - 1);
    m_items.clear();
    m_rows.clear();
    endRemoveRows();
}

void AnnotationModel::reindex()
{
    m_rows.clear();
    for (std::size_t i = 0; i < m_items.size(); ++i)
        m_rows.insert(m_items[i].id, static_cast<int>(i));
}

} // namespace p2pdesk::workstation
