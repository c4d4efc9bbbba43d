#include "models/CustomerRiskFlagModel.h"

#include "models/DisplayText.h"

#include <QColor>

#include <algorithm>

namespace p2pdesk::workstation {

CustomerRiskFlagModel::CustomerRiskFlagModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CustomerRiskFlagModel::setFlags(std::vector<proto::CustomerRiskFlag> flags)
{
    beginResetModel();
    m_flags = std::move(flags);
    endResetModel();
}

int CustomerRiskFlagModel::openCount() const
{
    return static_cast<int>(std::count_if(m_flags.begin(), m_flags.end(),
                                          [](const proto::CustomerRiskFlag &f) { return !f.flag.clearedAt; }));
}

int CustomerRiskFlagModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_flags.size());
}

int CustomerRiskFlagModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerRiskFlagModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const proto::CustomerRiskFlag &row = m_flags[static_cast<std::size_t>(index.row())];
    const proto::RiskFlag &flag = row.flag;
    switch (role) {
    case OrderIdRole:
        return row.orderId ? QVariant::fromValue<qint64>(*row.orderId) : QVariant();
    case ClearedRole:
        return flag.clearedAt.has_value();
    case Qt::ForegroundRole:
        if (!flag.clearedAt && flag.severity != proto::RiskSeverity::Info &&
            (index.column() == Severity || index.column() == Cleared))
            return QColor(Qt::darkRed);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Order:
        return row.orderCode ? QString::fromStdString(*row.orderCode) : tr("the customer");
    case Rule:
        // The code is for support: in the tooltip only.
        return role == Qt::ToolTipRole ? DisplayText::riskRuleTooltip(flag.rule, flag.severity)
                                       : DisplayText::riskRule(flag.rule);
    case Severity:
        return DisplayText::severity(flag.severity);
    case Figures:
        return DisplayText::riskFigures(flag.figures, flag.rule);
    case Raised:
        return DisplayText::dateTime(flag.raisedAt);
    case Cleared:
        if (!flag.clearedAt)
            return tr("open");
        return tr("by %1 at %2").arg(DisplayText::operatorName(flag.clearedBy), DisplayText::dateTime(*flag.clearedAt));
    case ClearReason:
        return QString::fromStdString(flag.clearReason.value_or(""));
    default:
        return {};
    }
}

QVariant CustomerRiskFlagModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Order:
        return tr("Order");
    case Rule:
        return tr("Rule");
    case Severity:
        return tr("Severity");
    case Figures:
        return tr("Observed");
    case Raised:
        return tr("Raised");
    case Cleared:
        return tr("Cleared");
    case ClearReason:
        return tr("Why cleared");
    default:
        return {};
    }
}

} // namespace p2pdesk::workstation
