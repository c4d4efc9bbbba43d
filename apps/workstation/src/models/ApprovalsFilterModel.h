#pragma once

#include "p2pdesk/domain/ApprovalPolicy.h"

#include <QSortFilterProxyModel>

#include <cstdint>
#include <optional>

namespace p2pdesk::workstation {

// The approvals inbox over the queue model: orders in PAYMENT_VERIFIED held by someone else, for a
// senior. The holder's own orders never appear, so the inbox cannot offer approving them. With the
// thresholds known (admin settings readable), payouts below them are left out too.
class ApprovalsFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit ApprovalsFilterModel(QObject *parent = nullptr);

    void setApprover(std::int64_t operatorId, bool senior);
    void setPolicy(std::optional<domain::ApprovalPolicy> policy);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::int64_t m_operatorId = 0;
    bool m_senior = false;
    std::optional<domain::ApprovalPolicy> m_policy;
};

} // namespace p2pdesk::workstation
