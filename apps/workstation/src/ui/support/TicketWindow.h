#pragma once

#include "ui/support/CreateOrderDialog.h"

#include <QPointer>
#include <QWidget>

class QPushButton;

namespace p2pdesk::workstation {

class ChatPane;
class OrderCreation;

// A ticket that belongs to no order (the customer's general questions) in a window of its own:
// the same chat pane as the order card's, and "Create order for this customer" for an order the
// operator takes in the conversation or by phone. A ticket that does have an order offers its
// card instead. AppController::openTicket opens these.
class TicketWindow final : public QWidget {
    Q_OBJECT

public:
    // `creation` may be null: then the account may not record orders and the button says so.
    TicketWindow(ChatPane *chat, OrderCreation *creation, QWidget *parent = nullptr);

    ChatPane *chat() const { return m_chat; }
    QPushButton *createOrderButton() const { return m_createOrder; }
    QPushButton *customerProfileButton() const { return m_customerProfile; }
    CreateOrderDialog *createOrderDialog() const { return m_dialog.data(); }
    void askCreateOrder();

signals:
    void openOrderRequested(qint64 orderId);
    void openCustomerRequested(qint64 customerId);

private:
    void updateState();

    ChatPane *m_chat;
    OrderCreation *m_creation;
    QPushButton *m_createOrder;
    QPushButton *m_openOrder;
    QPushButton *m_customerProfile;
    QPointer<CreateOrderDialog> m_dialog;
};

} // namespace p2pdesk::workstation
