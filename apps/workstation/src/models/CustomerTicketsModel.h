#pragma once

#include "p2pdesk/proto/Tickets.h"

#include <QAbstractTableModel>

#include <vector>

namespace p2pdesk::workstation {

// A customer's support tickets in their profile: the order's (or the general one), open or closed,
// who answers it, the customer's last message and how many of theirs the viewer has not read.
class CustomerTicketsModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Ticket, Status, Assignee, LastMessage, Unread, ColumnCount };
    // OrderIdRole: the ticket's order, or an invalid QVariant for a general ticket.
    enum Role { TicketIdRole = Qt::UserRole + 1, OrderIdRole };

    explicit CustomerTicketsModel(QObject *parent = nullptr);

    void setTickets(std::vector<proto::TicketSummary> tickets);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<proto::TicketSummary> m_tickets;
};

} // namespace p2pdesk::workstation
