#pragma once

#include "core/OrderSnapshot.h"
#include "core/OrderStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

#include <cstdint>
#include <vector>

namespace p2pdesk::workstation {

class Clock;

// Every order the change feed delivered, one row each, in arrival order; the proxy sorts and
// filters. Rows are value snapshots keyed by order id; updates are fine-grained (dataChanged on
// the changed columns, beginInsertRows for new rows) so views keep selection and scroll position.
class OrderQueueModel final : public QAbstractTableModel, public OrderStore {
    Q_OBJECT

public:
    enum Column {
        Code,
        Age,
        Direction,
        AmountCrypto,
        AmountFiat,
        SuggestedRate,
        FinalRate,
        Customer,
        Holder,
        Status,
        Deadline,
        RiskFlags,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        OrderIdRole = Qt::UserRole + 1,
        StatusRole,    // domain::OrderStatus as int
        HolderIdRole,  // qint64, 0 when free
        DeadlineRole,  // msecs since epoch, -1 when none
        CreatedAtRole, // msecs since epoch
        VersionRole,
        OnHoldRole,
        SortRole,   // a value that orders the column; amounts as exact decimal strings
        SearchRole, // the lower-case text the search filter matches
    };
    Q_ENUM(Role)

    explicit OrderQueueModel(Clock *clock = nullptr, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Inserts or replaces; an older version than the one held is ignored (fetches can race the
    // feed). Returns true when the model changed.
    bool upsert(proto::OrderSummary summary) override;
    // Bulk load: replacements in place, all new rows in one beginInsertRows.
    void upsertMany(std::vector<proto::OrderSummary> summaries) override;
    bool remove(std::int64_t orderId) override;
    void removeAll() override;
    int orderCount() const override { return static_cast<int>(m_rows.size()); }

    const OrderSnapshot &at(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    const OrderSnapshot *find(std::int64_t orderId) const override;
    int rowOf(std::int64_t orderId) const { return m_rowById.value(orderId, -1); }
    QModelIndex indexOf(std::int64_t orderId, int column = Code) const;

    // Age and Deadline are derived from the clock; tick() tells views they moved on.
    void setTickInterval(int msecs);
    void tick();
    qint64 now() const;

    static QString statusText(domain::OrderStatus status);
    static QString durationText(qint64 msecs);

private:
    QVariant displayData(const OrderSnapshot &row, int column) const;
    QVariant sortData(const OrderSnapshot &row, int column) const;
    static std::vector<int> changedColumns(const OrderSnapshot &before, const OrderSnapshot &after);

    Clock *m_clock;
    std::vector<OrderSnapshot> m_rows;
    QHash<std::int64_t, int> m_rowById;
    QTimer m_tickTimer;
};

} // namespace p2pdesk::workstation
