#include "models/ApprovalsFilterModel.h"

#include "core/OrderSnapshot.h"
#include "models/OrderQueueModel.h"

#include "p2pdesk/domain/OrderStatus.h"

namespace p2pdesk::workstation {

ApprovalsFilterModel::ApprovalsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortRole(OrderQueueModel::SortRole);
}

void ApprovalsFilterModel::setApprover(std::int64_t operatorId, bool senior)
{
    m_operatorId = operatorId;
    m_senior = senior;
    invalidateFilter();
}

void ApprovalsFilterModel::setPolicy(std::optional<domain::ApprovalPolicy> policy)
{
    m_policy = std::move(policy);
    invalidateFilter();
}

bool ApprovalsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_senior || m_operatorId == 0)
        return false;
    const auto *orders = qobject_cast<const OrderQueueModel *>(sourceModel());
    if (!orders || sourceParent.isValid())
        return false;
    const OrderSnapshot &row = orders->at(sourceRow);
    const proto::OrderSummary &order = row.summary;
    if (order.status != domain::OrderStatus::PaymentVerified || !order.holder || order.holder->id == m_operatorId)
        return false;
    return !m_policy || m_policy->needsApproval(order.fiatCurrency, order.amountFiat);
}

} // namespace p2pdesk::workstation
