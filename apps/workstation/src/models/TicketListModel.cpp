#include "models/TicketListModel.h"

#include "core/Clock.h"
#include "core/OrderSnapshot.h"
#include "core/TicketInbox.h"
#include "models/DisplayText.h"
#include "models/OrderQueueModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace p2pdesk::workstation {

namespace {

qint64 msecsOr(const std::optional<proto::Timestamp> &at, qint64 fallback)
{
    return at ? toMsecsSinceEpoch(*at) : fallback;
}

const QColor kOverdue(0xc6, 0x28, 0x28);
const QColor kQuiet(0x75, 0x75, 0x75);

bool sameTicket(const proto::TicketSummary &a, const proto::TicketSummary &b)
{
    const auto sameRef = [](const std::optional<proto::OperatorRef> &x, const std::optional<proto::OperatorRef> &y) {
        return x.has_value() == y.has_value() && (!x || (x->id == y->id && x->username == y->username));
    };
    return a.id == b.id && a.status == b.status && a.priority == b.priority && a.customer.id == b.customer.id &&
           a.customer.telegramId == b.customer.telegramId && a.customer.username == b.customer.username &&
           a.customerFirstName == b.customerFirstName && a.orderId == b.orderId && a.orderCode == b.orderCode &&
           a.orderStatus == b.orderStatus && sameRef(a.assignee, b.assignee) &&
           a.firstResponseDueAt == b.firstResponseDueAt && a.nextResponseDueAt == b.nextResponseDueAt &&
           a.firstRespondedAt == b.firstRespondedAt && a.lastCustomerMessageAt == b.lastCustomerMessageAt &&
           a.lastMessageId == b.lastMessageId && a.closedAt == b.closedAt && a.createdAt == b.createdAt &&
           a.updatedAt == b.updatedAt && a.version == b.version && a.unread == b.unread && a.overdue == b.overdue;
}

} // namespace

TicketRow TicketRow::fromSummary(proto::TicketSummary summary)
{
    TicketRow row;
    row.customer = TicketInbox::customerName(summary);
    row.orderCode = QString::fromStdString(summary.orderCode.value_or(std::string()));
    row.assignee = summary.assignee ? QString::fromStdString(summary.assignee->username) : QString();
    row.open = summary.status != "closed";
    row.urgent = summary.priority == "urgent";
    // The clock that runs: the first answer until there was one, the next answer after that.
    const qint64 first = msecsOr(summary.firstResponseDueAt, -1);
    const qint64 next = msecsOr(summary.nextResponseDueAt, -1);
    row.dueMs = first >= 0 && next >= 0 ? std::min(first, next) : std::max(first, next);
    if (!row.open)
        row.dueMs = -1;
    row.lastCustomerMs = msecsOr(summary.lastCustomerMessageAt, -1);
    row.searchKey = (row.orderCode + u'\n' + QString::fromStdString(summary.customer.username.value_or(std::string())) +
                     u'\n' + QString::fromStdString(summary.customerFirstName.value_or(std::string())) + u'\n' +
                     QString::number(summary.customer.telegramId))
                        .toLower();
    row.summary = std::move(summary);
    return row;
}

TicketListModel::TicketListModel(Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock ? clock : SystemClock::instance())
    , m_lastTickMs(m_clock->nowMsecsSinceEpoch())
{
    connect(&m_tickTimer, &QTimer::timeout, this, &TicketListModel::tick);
}

int TicketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TicketListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 TicketListModel::now() const
{
    return m_clock->nowMsecsSinceEpoch();
}

QString TicketListModel::orderText(const TicketRow &row)
{
    if (row.orderCode.isEmpty())
        return tr("General question");
    const auto status = row.summary.orderStatus ? domain::parseOrderStatus(*row.summary.orderStatus) : std::nullopt;
    if (!status)
        return row.orderCode;
    return tr("%1 · %2", "ticket's order: code · status").arg(row.orderCode, OrderQueueModel::statusText(*status));
}

QString TicketListModel::sinceText(qint64 msecs)
{
    return tr("%1 ago", "time since the customer's last message").arg(DisplayText::duration(msecs));
}

QVariant TicketListModel::displayData(const TicketRow &row, int column) const
{
    switch (column) {
    case Priority:
        return row.urgent ? tr("Urgent") : QString();
    case Customer:
        return row.customer;
    case Order:
        return orderText(row);
    case Assignee:
        return row.assignee.isEmpty() ? tr("Unassigned") : row.assignee;
    case LastMessage:
        return row.lastCustomerMs < 0 ? QString() : sinceText(now() - row.lastCustomerMs);
    case Sla:
        if (!row.open)
            return tr("Closed");
        return row.dueMs < 0 ? QString() : DisplayText::deadline(row.dueMs, now());
    case Unread:
        return row.summary.unread > 0 ? QString::number(row.summary.unread) : QString();
    default:
        return {};
    }
}

QVariant TicketListModel::toolTip(const TicketRow &row, int column) const
{
    const proto::TicketSummary &t = row.summary;
    switch (column) {
    case Priority:
        return row.urgent ? tr("Urgent: the desk answers this customer first.") : QVariant();
    case Customer:
        return row.customer;
    case Order:
        return orderText(row);
    case LastMessage:
        return row.lastCustomerMs < 0
                   ? QVariant()
                   : tr("Last message from the customer: %1").arg(DisplayText::dateTime(row.lastCustomerMs));
    case Sla:
        if (!row.open)
            return t.closedAt ? tr("Closed at %1").arg(DisplayText::dateTime(*t.closedAt)) : QVariant();
        if (row.dueMs < 0)
            return tr("No answer is due: the customer has not written since the desk's last reply.");
        return t.firstRespondedAt ? tr("Next answer due at %1").arg(DisplayText::dateTime(row.dueMs))
                                  : tr("First answer due at %1").arg(DisplayText::dateTime(row.dueMs));
    case Unread:
        return t.unread > 0 ? tr("%n message(s) from the customer you have not read", nullptr, int(t.unread))
                            : QVariant();
    default:
        return {};
    }
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TicketRow &row = at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::TextAlignmentRole:
        if (column == Unread || column == Priority)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        if (column == LastMessage || column == Sla)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ForegroundRole: {
        // An overdue row stands out whole; otherwise the deadline warns before it passes.
        if (row.overdueAt(now()))
            return QBrush(kOverdue);
        if (column == Sla) {
            const QColor colour = DisplayText::urgencyColor(DisplayText::urgency(row.dueMs, now()));
            return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
        }
        if (column == Priority && row.urgent)
            return QBrush(kOverdue);
        if ((column == Assignee && row.assignee.isEmpty()) || !row.open)
            return QBrush(kQuiet);
        return {};
    }
    case Qt::FontRole:
        if (row.overdueAt(now()) || (row.summary.unread > 0 && row.open) || (column == Priority && row.urgent)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case TicketIdRole:
        return QVariant::fromValue<qint64>(row.id());
    case OrderIdRole:
        return QVariant::fromValue<qint64>(row.summary.orderId.value_or(0));
    case AssigneeIdRole:
        return QVariant::fromValue<qint64>(row.assigneeId());
    case UnreadRole:
        return static_cast<int>(row.summary.unread);
    case DueRole:
        return row.dueMs;
    case OverdueRole:
        return row.overdueAt(now());
    case OpenRole:
        return row.open;
    case UrgentRole:
        return row.urgent;
    case SearchRole:
        return row.searchKey;
    case CustomerIdRole:
        return QVariant::fromValue<qint64>(row.summary.customer.id);
    default:
        return {};
    }
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Sla:
            return tr("Time left to answer the customer (first answer, then each next one)");
        case Unread:
            return tr("Customer messages you have not read");
        case LastMessage:
            return tr("Time since the customer last wrote");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Priority:
        return tr("Priority");
    case Customer:
        return tr("Customer");
    case Order:
        return tr("Order");
    case Assignee:
        return tr("Assignee");
    case LastMessage:
        return tr("Last message");
    case Sla:
        return tr("Answer due");
    case Unread:
        return tr("Unread");
    default:
        return {};
    }
}

QHash<int, QByteArray> TicketListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(TicketIdRole, "ticketId");
    names.insert(OrderIdRole, "orderId");
    names.insert(AssigneeIdRole, "assigneeId");
    names.insert(UnreadRole, "unread");
    names.insert(DueRole, "due");
    names.insert(OverdueRole, "overdue");
    names.insert(OpenRole, "open");
    names.insert(UrgentRole, "urgent");
    names.insert(SearchRole, "searchKey");
    names.insert(CustomerIdRole, "customerId");
    return names;
}

const proto::TicketSummary *TicketListModel::find(std::int64_t ticketId) const
{
    const int row = rowOf(ticketId);
    return row < 0 ? nullptr : &at(row).summary;
}

std::vector<std::int64_t> TicketListModel::ticketIds() const
{
    std::vector<std::int64_t> ids;
    ids.reserve(m_rows.size());
    for (const TicketRow &row : m_rows)
        ids.push_back(row.id());
    return ids;
}

std::optional<std::int64_t> TicketListModel::ticketOfOrder(std::int64_t orderId) const
{
    const auto it = m_ticketByOrder.constFind(orderId);
    return it == m_ticketByOrder.constEnd() ? std::nullopt : std::optional<std::int64_t>(it.value());
}

QModelIndex TicketListModel::indexOf(std::int64_t ticketId, int column) const
{
    const int row = rowOf(ticketId);
    return row < 0 ? QModelIndex() : index(row, column);
}

void TicketListModel::remember(int row)
{
    const TicketRow &ticket = at(row);
    m_rowById.insert(ticket.id(), row);
    if (ticket.summary.orderId)
        m_ticketByOrder.insert(*ticket.summary.orderId, ticket.id());
}

bool TicketListModel::upsert(proto::TicketSummary ticket)
{
    const int row = rowOf(ticket.id);
    if (row < 0) {
        const int newRow = static_cast<int>(m_rows.size());
        beginInsertRows({}, newRow, newRow);
        m_rows.push_back(TicketRow::fromSummary(std::move(ticket)));
        remember(newRow);
        endInsertRows();
        return true;
    }
    TicketRow &current = m_rows[static_cast<std::size_t>(row)];
    if (ticket.version < current.summary.version || sameTicket(ticket, current.summary))
        return false;
    current = TicketRow::fromSummary(std::move(ticket));
    remember(row);
    // The whole row, every role: a ticket changes rarely, and its filter and sort keys may move.
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void TicketListModel::upsertMany(std::vector<proto::TicketSummary> tickets)
{
    std::vector<proto::TicketSummary> fresh;
    for (proto::TicketSummary &ticket : tickets) {
        if (m_rowById.contains(ticket.id))
            upsert(std::move(ticket));
        else
            fresh.push_back(std::move(ticket));
    }
    if (fresh.empty())
        return;
    // Duplicates inside one batch (pages read while the list moved): the highest version wins.
    std::stable_sort(fresh.begin(), fresh.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    std::vector<proto::TicketSummary> unique;
    unique.reserve(fresh.size());
    for (proto::TicketSummary &ticket : fresh) {
        if (!unique.empty() && unique.back().id == ticket.id) {
            if (ticket.version >= unique.back().version)
                unique.back() = std::move(ticket);
        } else {
            unique.push_back(std::move(ticket));
        }
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(unique.size()) - 1);
    m_rows.reserve(m_rows.size() + unique.size());
    m_rowById.reserve(static_cast<qsizetype>(m_rows.size() + unique.size()));
    for (proto::TicketSummary &ticket : unique) {
        m_rows.push_back(TicketRow::fromSummary(std::move(ticket)));
        remember(static_cast<int>(m_rows.size()) - 1);
    }
    endInsertRows();
}

bool TicketListModel::remove(std::int64_t ticketId)
{
    const int row = rowOf(ticketId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    if (const auto orderId = at(row).summary.orderId)
        m_ticketByOrder.remove(*orderId);
    m_rows.erase(m_rows.begin() + row);
    m_rowById.remove(ticketId);
    for (int i = row; i < static_cast<int>(m_rows.size()); ++i)
        m_rowById[m_rows[static_cast<std::size_t>(i)].id()] = i;
    endRemoveRows();
    return true;
}

void TicketListModel::setTickInterval(int msecs)
{
    if (msecs > 0)
        m_tickTimer.start(msecs);
    else
        m_tickTimer.stop();
}

void TicketListModel::tick()
{
    const qint64 nowMs = now();
    const qint64 previous = std::exchange(m_lastTickMs, nowMs);
    if (m_rows.empty())
        return;
    // Countdowns are display roles only: the proxy need not re-sort or re-filter for them. A row
    // whose deadline passed since the last tick is announced whole (no roles): it now belongs
    // under Overdue, turns red and bold, and counts on the Support tab.
    const int last = static_cast<int>(m_rows.size()) - 1;
    const QList<int> roles{Qt::DisplayRole, Qt::ForegroundRole};
    emit dataChanged(index(0, LastMessage), index(last, Sla), roles);
    for (int row = 0; row <= last; ++row) {
        const TicketRow &ticket = at(row);
        if (ticket.open && ticket.dueMs >= previous && ticket.dueMs < nowMs)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

} // namespace p2pdesk::workstation
