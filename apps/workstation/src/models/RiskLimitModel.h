#pragma once

#include "p2pdesk/proto/RiskLimits.h"

#include <QAbstractTableModel>

#include <optional>
#include <string>
#include <vector>

namespace p2pdesk::workstation {

// The admin's risk limits as syncd stores them (inactive rows included), with the rule catalogue
// the edit dialog offers and the flags each limit raised in 30 days.
class RiskLimitModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Rule, Currency, Threshold, Action, Active, Flags30d, Updated, ColumnCount };
    enum Role { RuleIdRole = Qt::UserRole + 1 };

    explicit RiskLimitModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setList(const proto::RiskLimitList &list);
    // Replaces the row of the same rule and currency, or appends one.
    void upsert(const proto::RiskLimitDto &limit);

    const proto::RiskLimitDto &at(int row) const { return m_items[static_cast<std::size_t>(row)]; }
    int rowOf(const std::string &rule, const std::optional<std::string> &fiat) const;
    const std::vector<proto::RiskRuleInfo> &rules() const { return m_rules; }
    const proto::RiskRuleInfo *rule(const std::string &id) const;

    // The threshold as the rule reads it: an amount in the fiat, "× 3.50", "30 min", a count.
    static QString threshold(const domain::Decimal &value, proto::LimitKind kind,
                             const std::optional<std::string> &fiat);

private:
    std::vector<proto::RiskLimitDto> m_items;
    std::vector<proto::RiskRuleInfo> m_rules;
};

} // namespace p2pdesk::workstation
