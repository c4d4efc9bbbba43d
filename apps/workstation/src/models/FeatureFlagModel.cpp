#include "models/FeatureFlagModel.h"

#include "models/DisplayText.h"

#include <QBrush>
#include <QPalette>

#include <algorithm>

namespace p2pdesk::workstation {

FeatureFlagModel::FeatureFlagModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int FeatureFlagModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int FeatureFlagModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FeatureFlagModel::name(const proto::FeatureFlagDto &flag)
{
    const auto &key = flag.key;
    if (key == "telegram_intake")
        return tr("New exchanges in Telegram");
    if (key == "new_orders")
        return tr("New orders");
    if (key == "rate_feed")
        return tr("Reference rate feed");
    if (key == "rates_export")
        return tr("Public rates export");
    if (key == "explorer_hints")
        return tr("On-chain hints");
    if (key == "reserve_sync")
        return tr("Reserves from wallet balances");
    return tr("Other switch");
}

QString FeatureFlagModel::meaning(const proto::FeatureFlagDto &flag)
{
    const auto &key = flag.key;
    if (key == "telegram_intake")
        return tr("The Telegram bot starts new exchanges. Off: the bot politely refuses a new exchange; customers "
                  "with orders under way still send proofs, cancel and write to the desk as usual.");
    if (key == "new_orders")
        return tr("New orders are accepted, from the bot and entered by operators. Off: both are refused; open "
                  "orders are worked as usual.");
    if (key == "rate_feed")
        return tr("Rates that follow the reference feed take their base from it (syncd polls the provider it is "
                  "configured with). Off: no polls; those rates keep their last value and go stale, which stops "
                  "quoting.");
    if (key == "rates_export")
        return tr("The public rates export for rate aggregators (/export/rates.xml) is served: the current rates "
                  "with what is left of the reserves. Off: the address shows nothing.");
    if (key == "explorer_hints")
        return tr("Beside a transaction proof, the network's block explorer is asked what the transaction moved and "
                  "whether that matches the order. A hint for the operator, never a verification.");
    if (key == "reserve_sync")
        return tr("Crypto reserves are recounted every few minutes from the balances of the desk's active hot "
                  "wallets, read from the network's block explorer. A reserve without a hot wallet or an explorer "
                  "keeps its hand count.");
    return QString::fromStdString(flag.description);
}

QVariant FeatureFlagModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const proto::FeatureFlagDto &item = m_items[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Flag:
            return name(item);
        case State:
            if (!item.inEffect)
                return item.enabled ? tr("On (no effect yet)") : tr("Off (no effect yet)");
            return item.enabled ? tr("On") : tr("Off");
        case Changed:
            if (!item.updatedAt)
                return tr("Never changed (default)");
            return item.updatedBy ? tr("%1 by %2")
                                        .arg(DisplayText::dateTime(*item.updatedAt),
                                             QString::fromStdString(item.updatedBy->username))
                                  : DisplayText::dateTime(*item.updatedAt);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return meaning(item);
    case Qt::ForegroundRole:
        // A switched-off flag that acts is what the admin must not overlook.
        if (index.column() == State && item.inEffect && !item.enabled)
            return QBrush(Qt::darkRed);
        if (!item.inEffect)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case KeyRole:
        return QString::fromStdString(item.key);
    case EnabledRole:
        return item.enabled;
    default:
        return {};
    }
}

QVariant FeatureFlagModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Flag:
        return tr("Switch");
    case State:
        return tr("State");
    case Changed:
        return tr("Last change");
    default:
        return {};
    }
}

void FeatureFlagModel::setList(const proto::FeatureFlagList &list)
{
    beginResetModel();
    m_items = list.items;
    endResetModel();
}

void FeatureFlagModel::update(const proto::FeatureFlagDto &flag)
{
    const int row = rowOf(flag.key);
    if (row < 0) {
        beginInsertRows({}, rowCount(), rowCount());
        m_items.push_back(flag);
        endInsertRows();
        return;
    }
    m_items[static_cast<std::size_t>(row)] = flag;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int FeatureFlagModel::rowOf(const std::string &key) const
{
    const auto it = std::find_if(m_items.begin(), m_items.end(),
                                 [&key](const proto::FeatureFlagDto &flag) { return flag.key == key; });
    return it == m_items.end() ? -1 : static_cast<int>(it - m_items.begin());
}

} // namespace p2pdesk::workstation
