#pragma once

#include "models/QueueTab.h"

#include <QSortFilterProxyModel>

#include <array>
#include <cstdint>

namespace p2pdesk::workstation {

class OrderQueueModel;
struct OrderSnapshot;

// The queue as one tab shows it: tab membership, text search, and sorting that compares the
// snapshots themselves (exact decimals for amounts and rates, timestamps for age and deadline).
class OrderQueueFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit OrderQueueFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setTab(QueueTab tab);
    QueueTab tab() const { return m_tab; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // "Mine" needs to know who "me" is.
    void setCurrentOperatorId(std::int64_t operatorId);

    static bool belongsTo(QueueTab tab, const OrderSnapshot &row, std::int64_t currentOperatorId);
    // How many orders each tab holds (search not applied), indexed by QueueTab: one walk over the
    // source, for the counters on the tabs.
    std::array<int, kQueueTabCount> tabCounts() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    OrderQueueModel *m_orders = nullptr;
    QueueTab m_tab = QueueTab::All;
    QString m_search; // lower-case
    std::int64_t m_operatorId = 0;
};

} // namespace p2pdesk::workstation
