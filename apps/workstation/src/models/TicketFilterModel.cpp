#include "models/TicketFilterModel.h"

#include "models/TicketListModel.h"

namespace p2pdesk::workstation {

TicketFilterModel::TicketFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Countdown ticks announce display roles only: with this role the proxy knows they change
    // neither the order nor the filter (a deadline that passes is announced in full).
    setFilterRole(TicketListModel::SearchRole);
    setSortRole(TicketListModel::DueRole);
    setDynamicSortFilter(true);
}

void TicketFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_tickets = qobject_cast<TicketListModel *>(sourceModel);
    Q_ASSERT_X(m_tickets || !sourceModel, "TicketFilterModel", "the source must be a TicketListModel");
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void TicketFilterModel::setView(TicketView view)
{
    if (view == m_view)
        return;
    m_view = view;
    invalidateRowsFilter();
}

void TicketFilterModel::setSearchText(const QString &text)
{
    const QString lowered = text.trimmed().toLower();
    if (lowered == m_search)
        return;
    m_search = lowered;
    invalidateRowsFilter();
}

void TicketFilterModel::setServerMatches(const QString &text, const QSet<qint64> &ticketIds)
{
    m_serverText = text.trimmed().toLower();
    m_serverMatches = ticketIds;
    if (m_serverText == m_search)
        invalidateRowsFilter();
}

void TicketFilterModel::setCurrentOperatorId(std::int64_t operatorId)
{
    if (operatorId == m_operatorId)
        return;
    m_operatorId = operatorId;
    invalidateRowsFilter();
}

bool TicketFilterModel::belongsTo(TicketView view, const TicketRow &row, std::int64_t currentOperatorId, qint64 nowMs)
{
    switch (view) {
    case TicketView::Mine:
        return row.open && currentOperatorId != 0 && row.assigneeId() == currentOperatorId;
    case TicketView::Unassigned:
        return row.open && row.assigneeId() == 0;
    case TicketView::Urgent:
        return row.open && row.urgent;
    case TicketView::Overdue:
        return row.overdueAt(nowMs);
    case TicketView::AllOpen:
        return row.open;
    case TicketView::Closed:
        return !row.open;
    }
    return false;
}

std::array<int, kTicketViewCount> TicketFilterModel::viewCounts() const
{
    std::array<int, kTicketViewCount> counts{};
    if (!m_tickets)
        return counts;
    const qint64 nowMs = m_tickets->now();
    for (int row = 0; row < m_tickets->rowCount(); ++row) {
        const TicketRow &ticket = m_tickets->at(row);
        for (int view = 0; view < kTicketViewCount; ++view) {
            if (belongsTo(static_cast<TicketView>(view), ticket, m_operatorId, nowMs))
                ++counts[static_cast<std::size_t>(view)];
        }
    }
    return counts;
}

TicketFilterModel::Attention TicketFilterModel::attention() const
{
    Attention attention;
    if (!m_tickets)
        return attention;
    const qint64 nowMs = m_tickets->now();
    for (int row = 0; row < m_tickets->rowCount(); ++row) {
        const TicketRow &ticket = m_tickets->at(row);
        const std::int64_t assignee = ticket.assigneeId();
        if (!ticket.open || (assignee != 0 && assignee != m_operatorId))
            continue;
        const bool overdue = ticket.overdueAt(nowMs);
        if (overdue || ticket.summary.unread > 0)
            ++attention.tickets;
        if (overdue)
            ++attention.overdue;
    }
    return attention;
}

bool TicketFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_tickets || sourceParent.isValid())
        return false;
    const TicketRow &row = m_tickets->at(sourceRow);
    if (!belongsTo(m_view, row, m_operatorId, m_tickets->now()))
        return false;
    if (m_search.isEmpty() || row.searchKey.contains(m_search))
        return true;
    return m_serverText == m_search && m_serverMatches.contains(row.id());
}

bool TicketFilterModel::slaBefore(const TicketRow &a, const TicketRow &b)
{
    // No answer due sorts last: nothing is waiting on the desk.
    if ((a.dueMs < 0) != (b.dueMs < 0))
        return b.dueMs < 0;
    if (a.dueMs != b.dueMs)
        return a.dueMs < b.dueMs;
    if (a.urgent != b.urgent)
        return a.urgent;
    if (a.lastCustomerMs != b.lastCustomerMs)
        return a.lastCustomerMs > b.lastCustomerMs;
    return a.id() > b.id();
}

bool TicketFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_tickets)
        return QSortFilterProxyModel::lessThan(left, right);
    const TicketRow &a = m_tickets->at(left.row());
    const TicketRow &b = m_tickets->at(right.row());
    // Equal keys fall back to the SLA order, so a column sort keeps the most pressing first.
    const auto compare = [&a, &b](int result) { return result != 0 ? result < 0 : slaBefore(a, b); };
    switch (left.column()) {
    case TicketListModel::Priority:
        return compare(int(b.urgent) - int(a.urgent));
    case TicketListModel::Customer:
        return compare(a.customer.compare(b.customer, Qt::CaseInsensitive));
    case TicketListModel::Order:
        return compare(a.orderCode.compare(b.orderCode, Qt::CaseInsensitive));
    case TicketListModel::Assignee:
        return compare(a.assignee.compare(b.assignee, Qt::CaseInsensitive));
    case TicketListModel::LastMessage:
        // The most recent message has the shortest "ago".
        if (a.lastCustomerMs != b.lastCustomerMs)
            return a.lastCustomerMs > b.lastCustomerMs;
        return slaBefore(a, b);
    case TicketListModel::Unread:
        if (a.summary.unread != b.summary.unread)
            return a.summary.unread < b.summary.unread;
        return slaBefore(a, b);
    case TicketListModel::Sla:
    default:
        return slaBefore(a, b);
    }
}

} // namespace p2pdesk::workstation
