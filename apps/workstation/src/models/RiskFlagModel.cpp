#include "models/RiskFlagModel.h"

#include "core/OrderSnapshot.h"
#include "models/DisplayText.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace p2pdesk::workstation {

RiskFlagModel::RiskFlagModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RiskFlagModel::setFlags(std::vector<proto::RiskFlag> flags)
{
    const bool sameFlags = flags.size() == m_flags.size() &&
                           std::equal(m_flags.begin(), m_flags.end(), flags.begin(),
                                      [](const proto::RiskFlag &a, const proto::RiskFlag &b) { return a.id == b.id; });
    if (!sameFlags) {
        beginResetModel();
        m_flags = std::move(flags);
        endResetModel();
        return;
    }
    for (std::size_t i = 0; i < flags.size(); ++i) {
        const bool changed = m_flags[i].clearedAt != flags[i].clearedAt || m_flags[i].figures != flags[i].figures ||
                             m_flags[i].severity != flags[i].severity;
        m_flags[i] = std::move(flags[i]);
        if (changed)
            emit dataChanged(index(static_cast<int>(i), 0), index(static_cast<int>(i), ColumnCount - 1));
    }
}

int RiskFlagModel::unclearedCount() const
{
    return static_cast<int>(
        std::count_if(m_flags.begin(), m_flags.end(), [](const proto::RiskFlag &flag) { return !flag.clearedAt; }));
}

int RiskFlagModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_flags.size());
}

int RiskFlagModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RiskFlagModel::figuresText(const proto::Json &figures)
{
    if (!figures.is_object())
        return QString::fromStdString(figures.dump());
    QStringList parts;
    for (const auto &[key, value] : figures.items()) {
        const QString text =
            value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString::fromStdString(value.dump());
        parts << QStringLiteral("%1: %2").arg(QString::fromStdString(key), text);
    }
    return parts.join(QStringLiteral(", "));
}

QString RiskFlagModel::severityText(proto::RiskSeverity severity)
{
    return DisplayText::severity(severity);
}

QVariant RiskFlagModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const proto::RiskFlag &flag = m_flags[static_cast<std::size_t>(index.row())];
    switch (role) {
    case FlagIdRole:
        return QVariant::fromValue<qint64>(flag.id);
    case ClearedRole:
        return flag.clearedAt.has_value();
    case SeverityRole:
        return static_cast<int>(flag.severity);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    const auto when = [](const proto::Timestamp &at) { return DisplayText::dateTime(at); };
    switch (index.column()) {
    case Rule:
        // The code is for support: in the tooltip only.
        return role == Qt::ToolTipRole ? DisplayText::riskRuleTooltip(flag.rule, flag.severity)
                                       : DisplayText::riskRule(flag.rule);
    case Severity:
        return severityText(flag.severity);
    case Figures: {
        const QString words = DisplayText::riskFigures(flag.figures, flag.rule);
        return words.isEmpty() || role == Qt::ToolTipRole ? figuresText(flag.figures) : words;
    }
    case Raised:
        return when(flag.raisedAt);
    case Cleared:
        if (!flag.clearedAt)
            return tr("open");
        return tr("cleared by %1 at %2: %3")
            .arg(flag.clearedBy ? QString::fromStdString(flag.clearedBy->username) : QString(), when(*flag.clearedAt),
                 flag.clearReason ? QString::fromStdString(*flag.clearReason) : QString());
    default:
        return {};
    }
}

QVariant RiskFlagModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rule:
        return tr("Rule");
    case Severity:
        return tr("Severity");
    case Figures:
        return tr("Figures");
    case Raised:
        return tr("Raised");
    case Cleared:
        return tr("Cleared");
    default:
        return {};
    }
}

} // namespace p2pdesk::workstation
