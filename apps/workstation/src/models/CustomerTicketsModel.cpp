#include "models/CustomerTicketsModel.h"

#include "models/DisplayText.h"

namespace p2pdesk::workstation {

CustomerTicketsModel::CustomerTicketsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CustomerTicketsModel::setTickets(std::vector<proto::TicketSummary> tickets)
{
    beginResetModel();
    m_tickets = std::move(tickets);
    endResetModel();
}

int CustomerTicketsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tickets.size());
}

int CustomerTicketsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTicketsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const proto::TicketSummary &ticket = m_tickets[static_cast<std::size_t>(index.row())];
    if (role == TicketIdRole)
        return QVariant::fromValue<qint64>(ticket.id);
    if (role == OrderIdRole)
        return ticket.orderId ? QVariant::fromValue<qint64>(*ticket.orderId) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Ticket:
        return ticket.orderCode ? tr("Order %1").arg(QString::fromStdString(*ticket.orderCode))
                                : tr("General questions");
    case Status:
        return ticket.status == "closed" ? tr("Closed") : tr("Open");
    case Assignee:
        return DisplayText::operatorName(ticket.assignee);
    case LastMessage:
        return ticket.lastCustomerMessageAt ? DisplayText::dateTime(*ticket.lastCustomerMessageAt) : QString();
    case Unread:
        return ticket.unread > 0 ? QString::number(ticket.unread) : QString();
    default:
        return {};
    }
}

QVariant CustomerTicketsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Ticket:
        return tr("Ticket");
    case Status:
        return tr("Status");
    case Assignee:
        return tr("Assigned to");
    case LastMessage:
        return tr("Customer's last message");
    case Unread:
        return tr("Unread");
    default:
        return {};
    }
}

} // namespace p2pdesk::workstation
