#include "models/OrderQueueFilterModel.h"

#include "models/OrderQueueModel.h"

#include <limits>

namespace p2pdesk::workstation {

OrderQueueFilterModel::OrderQueueFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Ticks of the age/deadline columns announce only display roles; with these roles the proxy
    // knows they cannot change the order or the filter.
    setSortRole(OrderQueueModel::SortRole);
    setFilterRole(OrderQueueModel::SearchRole);
    setDynamicSortFilter(true);
}

void OrderQueueFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_orders = qobject_cast<OrderQueueModel *>(sourceModel);
    Q_ASSERT_X(m_orders || !sourceModel, "OrderQueueFilterModel", "the source must be an OrderQueueModel");
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void OrderQueueFilterModel::setTab(QueueTab tab)
{
    if (tab == m_tab)
        return;
    m_tab = tab;
    invalidateRowsFilter();
}

void OrderQueueFilterModel::setSearchText(const QString &text)
{
    const QString lowered = text.trimmed().toLower();
    if (lowered == m_search)
        return;
    m_search = lowered;
    invalidateRowsFilter();
}

void OrderQueueFilterModel::setCurrentOperatorId(std::int64_t operatorId)
{
    if (operatorId == m_operatorId)
        return;
    m_operatorId = operatorId;
    invalidateRowsFilter();
}

bool OrderQueueFilterModel::belongsTo(QueueTab tab, const OrderSnapshot &row, std::int64_t currentOperatorId)
{
    using S = domain::OrderStatus;
    const S status = row.summary.status;
    switch (tab) {
    case QueueTab::New:
        return status == S::New;
    case QueueTab::Mine:
        return currentOperatorId != 0 && row.holderId() == currentOperatorId && !domain::isTerminal(status);
    case QueueTab::WaitingForCustomer:
        // The ball is in the customer's court: send crypto, attach a proof, confirm receipt.
        return status == S::AwaitingCrypto || status == S::UserMarkedSent || status == S::PaidOut;
    case QueueTab::NeedsApproval:
        // Payouts wait for a second senior here; held orders wait for a senior to clear flags.
        return status == S::PaymentVerified || (row.onHold && !domain::isTerminal(status));
    case QueueTab::Disputes:
        return status == S::Dispute;
    case QueueTab::All:
        return true;
    }
    return false;
}

std::array<int, kQueueTabCount> OrderQueueFilterModel::tabCounts() const
{
    std::array<int, kQueueTabCount> counts{};
    if (!m_orders)
        return counts;
    const int rows = m_orders->rowCount();
    for (int row = 0; row < rows; ++row) {
        const OrderSnapshot &order = m_orders->at(row);
        for (int tab = 0; tab < kQueueTabCount; ++tab) {
            if (belongsTo(static_cast<QueueTab>(tab), order, m_operatorId))
                ++counts[static_cast<std::size_t>(tab)];
        }
    }
    return counts;
}

bool OrderQueueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_orders || sourceParent.isValid())
        return false;
    const OrderSnapshot &row = m_orders->at(sourceRow);
    if (!belongsTo(m_tab, row, m_operatorId))
        return false;
    return m_search.isEmpty() || row.searchKey.contains(m_search);
}

bool OrderQueueFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_orders)
        return QSortFilterProxyModel::lessThan(left, right);
    const OrderSnapshot &a = m_orders->at(left.row());
    const OrderSnapshot &b = m_orders->at(right.row());
    const proto::OrderSummary &x = a.summary;
    const proto::OrderSummary &y = b.summary;
    switch (left.column()) {
    case OrderQueueModel::Code:
        return a.code < b.code;
    case OrderQueueModel::Age:
        // Older orders have the greater age.
        return a.createdAtMs > b.createdAtMs;
    case OrderQueueModel::AmountCrypto:
        return x.amountCrypto < y.amountCrypto;
    case OrderQueueModel::AmountFiat:
        return x.amountFiat < y.amountFiat;
    case OrderQueueModel::SuggestedRate:
        return x.suggestedRate < y.suggestedRate;
    case OrderQueueModel::FinalRate:
        // Orders without a final rate (not taken yet) sort first.
        if (!x.finalRate || !y.finalRate)
            return !x.finalRate && y.finalRate;
        return *x.finalRate < *y.finalRate;
    case OrderQueueModel::Customer:
        return a.customer.compare(b.customer, Qt::CaseInsensitive) < 0;
    case OrderQueueModel::Holder:
        return a.holder.compare(b.holder, Qt::CaseInsensitive) < 0;
    case OrderQueueModel::Status:
        return static_cast<int>(x.status) < static_cast<int>(y.status);
    case OrderQueueModel::Deadline: {
        // No deadline sorts last: it is the least urgent.
        const qint64 da = a.deadlineMs < 0 ? std::numeric_limits<qint64>::max() : a.deadlineMs;
        const qint64 db = b.deadlineMs < 0 ? std::numeric_limits<qint64>::max() : b.deadlineMs;
        return da < db;
    }
    case OrderQueueModel::RiskFlags:
        return a.summary.risk.size() < b.summary.risk.size();
    case OrderQueueModel::Direction:
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace p2pdesk::workstation
