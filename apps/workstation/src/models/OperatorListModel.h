#pragma once

#include "p2pdesk/proto/Operators.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <vector>

namespace p2pdesk::workstation {

// Operator accounts for the admin screen: value snapshots keyed by id, updated in place.
class OperatorListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Username, Roles, Active, TwoFactor, Created, LockedUntil, ColumnCount };
    enum Role {
        OperatorIdRole = Qt::UserRole + 1,
        ActiveRole,
        // QStringList of wire role names ("operator", "senior", "admin").
        RoleNamesRole,
    };

    explicit OperatorListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setOperators(const QList<proto::OperatorAccount> &operators);
    void upsert(const proto::OperatorAccount &account);

    int rowOf(std::int64_t id) const { return m_rows.value(id, -1); }
    const proto::OperatorAccount *find(std::int64_t id) const;

    static QString roleTitle(domain::Role role);

private:
    std::vector<proto::OperatorAccount> m_items;
    QHash<std::int64_t, int> m_rows;
};

} // namespace p2pdesk::workstation
