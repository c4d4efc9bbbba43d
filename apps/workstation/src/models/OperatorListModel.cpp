#include "models/OperatorListModel.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QStringList>

#include <chrono>

namespace p2pdesk::workstation {

namespace {

QString timeText(proto::Timestamp at)
{
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

} // namespace

OperatorListModel::OperatorListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString OperatorListModel::roleTitle(domain::Role role)
{
    switch (role) {
    case domain::Role::Operator:
        return tr("operator");
    case domain::Role::Senior:
        return tr("senior");
    case domain::Role::Admin:
        return tr("admin");
    }
    return {};
}

int OperatorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int OperatorListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperatorListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const proto::OperatorAccount &item = m_items[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Username:
            return QString::fromStdString(item.username);
        case Roles: {
            QStringList titles;
            for (domain::Role r : item.roles)
                titles << roleTitle(r);
            return titles.join(QStringLiteral(", "));
        }
        case Active:
            return item.active ? tr("active") : tr("deactivated");
        case TwoFactor:
            return item.totpConfirmed ? tr("confirmed") : tr("awaiting first login");
        case Created:
            return timeText(item.createdAt);
        case LockedUntil:
            return item.lockedUntil ? timeText(*item.lockedUntil) : QString();
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (!item.active)
            return QColor(Qt::gray);
        return {};
    case OperatorIdRole:
        return QVariant::fromValue(static_cast<qlonglong>(item.id));
    case ActiveRole:
        return item.active;
    case RoleNamesRole: {
        QStringList names;
        for (domain::Role r : item.roles) {
            const std::string_view name = domain::toString(r);
            names << QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
        }
        return names;
    }
    default:
        return {};
    }
}

QVariant OperatorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Username:
        return tr("Username");
    case Roles:
        return tr("Roles");
    case Active:
        return tr("State");
    case TwoFactor:
        return tr("2FA");
    case Created:
        return tr("Created");
    case LockedUntil:
        return tr("Locked until");
    default:
        return {};
    }
}

void OperatorListModel::setOperators(const QList<proto::OperatorAccount> &operators)
{
    beginResetModel();
    m_items.assign(operators.begin(), operators.end());
    m_rows.clear();
    for (std::size_t i = 0; i < m_items.size(); ++i)
        m_rows.insert(m_items[i].id, static_cast<int>(i));
    endResetModel();
}

void OperatorListModel::upsert(const proto::OperatorAccount &account)
{
    const int row = rowOf(account.id);
    if (row >= 0) {
        m_items[static_cast<std::size_t>(row)] = account;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int newRow = static_cast<int>(m_items.size());
    beginInsertRows({}, newRow, newRow);
    m_items.push_back(account);
    m_rows.insert(account.id, newRow);
    endInsertRows();
}

const proto::OperatorAccount *OperatorListModel::find(std::int64_t id) const
{
    const int row = rowOf(id);
    return row >= 0 ? &m_items[static_cast<std::size_t>(row)] : nullptr;
}

} // namespace p2pdesk::workstation
