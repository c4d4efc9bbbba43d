#pragma once

#include "p2pdesk/proto/Orders.h"

#include <QAbstractTableModel>

#include <vector>

namespace p2pdesk::workstation {

// The order's risk flags with the figures that raised them ("24h orders: 7 of 5").
class RiskFlagModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Rule, Severity, Figures, Raised, Cleared, ColumnCount };
    enum Role { FlagIdRole = Qt::UserRole + 1, ClearedRole, SeverityRole };

    explicit RiskFlagModel(QObject *parent = nullptr);

    void setFlags(std::vector<proto::RiskFlag> flags);
    const proto::RiskFlag &at(int row) const { return m_flags.at(static_cast<std::size_t>(row)); }
    int unclearedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "key: value, key: value" from the flag's figures object.
    static QString figuresText(const proto::Json &figures);
    static QString severityText(proto::RiskSeverity severity);

private:
    std::vector<proto::RiskFlag> m_flags;
};

} // namespace p2pdesk::workstation
