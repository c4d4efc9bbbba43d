#pragma once

#include "p2pdesk/proto/Customers.h"

#include <QAbstractTableModel>

#include <vector>

namespace p2pdesk::workstation {

// A customer's risk flags with their history, newest first: the order each is on, the rule in
// words, what was observed against the limit, when raised, and whether and why a senior cleared it.
class CustomerRiskFlagModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Order, Rule, Severity, Figures, Raised, Cleared, ClearReason, ColumnCount };
    enum Role { OrderIdRole = Qt::UserRole + 1, ClearedRole };

    explicit CustomerRiskFlagModel(QObject *parent = nullptr);

    void setFlags(std::vector<proto::CustomerRiskFlag> flags);
    const proto::CustomerRiskFlag &at(int row) const { return m_flags.at(static_cast<std::size_t>(row)); }
    int openCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<proto::CustomerRiskFlag> m_flags;
};

} // namespace p2pdesk::workstation
