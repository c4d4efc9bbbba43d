#pragma once

#include "core/TicketStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QString>
#include <QTimer>

#include <cstdint>
#include <vector>

namespace p2pdesk::workstation {

class Clock;

// One inbox row: the wire TicketSummary plus what sorting, filtering and searching touch on
// every row, converted once per update instead of once per comparison.
struct TicketRow {
    proto::TicketSummary summary;
    QString customer;  // TicketInbox::customerName
    QString orderCode; // empty for the customer's general ticket
    QString assignee;  // username, empty when nobody has it
    QString searchKey; // lower-case order code, username, first name, Telegram id
    qint64 dueMs = -1; // the first- or next-response deadline; -1 while no answer is due
    qint64 lastCustomerMs = -1;
    bool open = true;
    bool urgent = false;

    std::int64_t id() const { return summary.id; }
    std::int64_t assigneeId() const { return summary.assignee ? summary.assignee->id : 0; }
    bool overdueAt(qint64 nowMs) const { return open && dueMs >= 0 && dueMs < nowMs; }

    static TicketRow fromSummary(proto::TicketSummary summary);
};

// Every support ticket TicketInbox holds (open ones, the closed ones read so far), one row each
// in arrival order; TicketFilterModel sorts and filters. Updates are per row (dataChanged, or one
// beginInsertRows for new rows) so the view keeps selection and scroll position. The SLA and
// last-message columns count with the clock: tick() moves them on, and a row whose deadline
// passes since the last tick is announced in full so the proxy files it under Overdue.
class TicketListModel final : public QAbstractTableModel, public TicketStore {
    Q_OBJECT

public:
    enum Column { Priority, Customer, Order, Assignee, LastMessage, Sla, Unread, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        TicketIdRole = Qt::UserRole + 1,
        OrderIdRole,    // qint64, 0 for a general ticket
        AssigneeIdRole, // qint64, 0 when unassigned
        UnreadRole,     // int
        DueRole,        // msecs since epoch, -1 when no answer is due
        OverdueRole,    // bool
        OpenRole,       // bool
        UrgentRole,     // bool
        SearchRole,     // the lower-case text the local search matches
        CustomerIdRole, // qint64, the customer's id at the desk (not the Telegram id)
    };
    Q_ENUM(Role)

    explicit TicketListModel(Clock *clock = nullptr, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // TicketStore
    bool upsert(proto::TicketSummary ticket) override;
    void upsertMany(std::vector<proto::TicketSummary> tickets) override;
    bool remove(std::int64_t ticketId) override;
    const proto::TicketSummary *find(std::int64_t ticketId) const override;
    std::vector<std::int64_t> ticketIds() const override;
    std::optional<std::int64_t> ticketOfOrder(std::int64_t orderId) const override;
    int ticketCount() const override { return static_cast<int>(m_rows.size()); }

    const TicketRow &at(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    int rowOf(std::int64_t ticketId) const { return m_rowById.value(ticketId, -1); }
    QModelIndex indexOf(std::int64_t ticketId, int column = Customer) const;

    void setTickInterval(int msecs);
    void tick();
    qint64 now() const;

    // "P-1001 · Awaiting crypto", or "General question" for a ticket without an order.
    static QString orderText(const TicketRow &row);
    // "12 min ago": the time since the customer's last message.
    static QString sinceText(qint64 msecs);

private:
    QVariant displayData(const TicketRow &row, int column) const;
    QVariant toolTip(const TicketRow &row, int column) const;
    void remember(int row);

    Clock *m_clock;
    std::vector<TicketRow> m_rows;
    QHash<std::int64_t, int> m_rowById;
    QHash<std::int64_t, std::int64_t> m_ticketByOrder;
    QTimer m_tickTimer;
    qint64 m_lastTickMs = 0;
};

} // namespace p2pdesk::workstation
