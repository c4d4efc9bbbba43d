#include "ui/support/TicketWindow.h"

#include "core/OrderCreation.h"
#include "core/TicketConversation.h"
#include "ui/support/ChatPane.h"
#include "ui/support/CreateOrderDialog.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace p2pdesk::workstation {

TicketWindow::TicketWindow(ChatPane *chat, OrderCreation *creation, QWidget *parent)
    : QWidget(parent)
    , m_chat(chat)
    , m_creation(creation)
    , m_createOrder(new QPushButton(tr("Create order for this customer…"), this))
    , m_openOrder(new QPushButton(this))
    , m_customerProfile(new QPushButton(tr("Customer profile…"), this))
{
    setObjectName(QStringLiteral("ticketWindow"));
    setWindowTitle(tr("Chat"));
    m_chat->setParent(this);
    m_createOrder->setObjectName(QStringLiteral("createOrderButton"));
    m_createOrder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_openOrder->setObjectName(QStringLiteral("openOrderButton"));
    m_openOrder->hide();
    m_customerProfile->setObjectName(QStringLiteral("customerProfileButton"));
    m_customerProfile->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_customerProfile->setToolTip(tr("The customer's orders, flags, payout accounts and tickets (Ctrl+Shift+U)"));
    connect(m_customerProfile, &QPushButton::clicked, this, [this] {
        if (m_chat->conversation()->hasTicket())
            emit openCustomerRequested(m_chat->conversation()->detail().customer.id);
    });
    connect(m_createOrder, &QPushButton::clicked, this, &TicketWindow::askCreateOrder);
    connect(m_openOrder, &QPushButton::clicked, this, [this] {
        if (const auto orderId = m_chat->conversation()->orderId())
            emit openOrderRequested(*orderId);
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_createOrder);
    bar->addWidget(m_openOrder);
    bar->addWidget(m_customerProfile);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_chat, 1);
    TicketConversation *conversation = m_chat->conversation();
    connect(conversation, &TicketConversation::ticketChanged, this, &TicketWindow::updateState);
    connect(conversation, &TicketConversation::onlineChanged, this, &TicketWindow::updateState);
    resize(640, 760);
    updateState();
}

void TicketWindow::updateState()
{
    TicketConversation *conversation = m_chat->conversation();
    const bool has = conversation->hasTicket();
    if (has) {
        const auto &customer = conversation->detail().customer;
        const QString name = customer.firstName  ? QString::fromStdString(*customer.firstName)
                             : customer.username ? u'@' + QString::fromStdString(*customer.username)
                                                 : QString::number(customer.telegramId);
        setWindowTitle(tr("Chat with %1").arg(name));
        const auto &ticket = conversation->detail().ticket;
        m_openOrder->setVisible(ticket.orderId.has_value());
        if (ticket.orderCode)
            m_openOrder->setText(tr("Open order %1").arg(QString::fromStdString(*ticket.orderCode)));
    }
    m_customerProfile->setEnabled(has && conversation->detail().customer.id > 0);
    const bool online = conversation->isOnline();
    m_createOrder->setEnabled(m_creation && has && online);
    if (!m_creation)
        m_createOrder->setToolTip(tr("Only operators and seniors record orders."));
    else if (!online)
        m_createOrder->setToolTip(tr("Offline: orders are recorded on the server."));
    else
        m_createOrder->setToolTip(tr("Record an order the customer asked for here or by phone (Ctrl+Shift+N)"));
}

void TicketWindow::askCreateOrder()
{
    TicketConversation *conversation = m_chat->conversation();
    if (!m_creation || !conversation->hasTicket() || !m_createOrder->isEnabled())
        return;
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    auto *dialog = new CreateOrderDialog(m_creation, conversation->detail().customer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &CreateOrderDialog::orderCreated, this, &TicketWindow::openOrderRequested);
    m_dialog = dialog;
    dialog->open();
}

} // namespace p2pdesk::workstation
