#include "models/RiskLimitModel.h"

#include "models/DisplayText.h"

#include <algorithm>

namespace p2pdesk::workstation {

RiskLimitModel::RiskLimitModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int RiskLimitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int RiskLimitModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const proto::RiskRuleInfo *RiskLimitModel::rule(const std::string &id) const
{
    const auto it =
        std::find_if(m_rules.begin(), m_rules.end(), [&id](const proto::RiskRuleInfo &r) { return r.rule == id; });
    return it == m_rules.end() ? nullptr : &*it;
}

QString RiskLimitModel::threshold(const domain::Decimal &value, proto::LimitKind kind,
                                  const std::optional<std::string> &fiat)
{
    switch (kind) {
    case proto::LimitKind::AmountPerFiat:
        return fiat ? DisplayText::fiatAmount(value, *fiat) : DisplayText::number(value, 2);
    case proto::LimitKind::Multiplier:
        return tr("× %1").arg(DisplayText::number(value, 2));
    case proto::LimitKind::Minutes:
        return tr("%1 min").arg(DisplayText::number(value, 0));
    case proto::LimitKind::Count:
        return DisplayText::number(value, 0);
    }
    return DisplayText::number(value, 0);
}

QVariant RiskLimitModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const proto::RiskLimitDto &item = m_items[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Rule:
            return DisplayText::riskRule(item.rule);
        case Currency:
            return item.fiatCurrency ? QString::fromStdString(*item.fiatCurrency) : tr("All");
        case Threshold: {
            const auto *info = rule(item.rule);
            const auto kind =
                info ? info->kind : (item.fiatCurrency ? proto::LimitKind::AmountPerFiat : proto::LimitKind::Count);
            return threshold(item.threshold, kind, item.fiatCurrency);
        }
        case Action:
            return DisplayText::limitAction(item.action);
        case Active:
            return item.active ? tr("Yes") : tr("No (default applies)");
        case Flags30d:
            return QString::number(item.flags30d);
        case Updated:
            return DisplayText::dateTime(item.updatedAt);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Rule)
            return tr("%1 (rule %2)").arg(DisplayText::riskRuleMeaning(item.rule), QString::fromStdString(item.rule));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Threshold || index.column() == Flags30d)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ForegroundRole:
        if (!item.active)
            return QVariant::fromValue(QColor(Qt::gray));
        return {};
    case RuleIdRole:
        return QString::fromStdString(item.rule);
    default:
        return {};
    }
}

QVariant RiskLimitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rule:
        return tr("Rule");
    case Currency:
        return tr("Currency");
    case Threshold:
        return tr("Threshold");
    case Action:
        return tr("Action");
    case Active:
        return tr("Active");
    case Flags30d:
        return tr("Flags in 30 days");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}

void RiskLimitModel::setList(const proto::RiskLimitList &list)
{
    beginResetModel();
    m_items = list.items;
    m_rules = list.rules;
    endResetModel();
}

int RiskLimitModel::rowOf(const std::string &rule, const std::optional<std::string> &fiat) const
{
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].rule == rule && m_items[i].fiatCurrency == fiat)
            return static_cast<int>(i);
    }
    return -1;
}

void RiskLimitModel::upsert(const proto::RiskLimitDto &limit)
{
    const int row = rowOf(limit.rule, limit.fiatCurrency);
    if (row >= 0) {
        m_items[static_cast<std::size_t>(row)] = limit;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = static_cast<int>(m_items.size());
    beginInsertRows({}, at, at);
    m_items.push_back(limit);
    endInsertRows();
}

} // namespace p2pdesk::workstation
