#pragma once

#include "core/ApiError.h"

#include "p2pdesk/proto/Orders.h"
#include "p2pdesk/proto/Tickets.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace p2pdesk::workstation {

class OrderCreation;

// "Create order for this customer" from a general ticket: the operator records what the customer
// asked for (by phone or in the chat) — direction, pair, amount in crypto or fiat, where to pay —
// and syncd prices it and runs the risk rules as for an order from the bot. The new order opens in
// its card (orderCreated).
class CreateOrderDialog final : public QDialog {
    Q_OBJECT

public:
    CreateOrderDialog(OrderCreation *creation, const proto::TicketCustomer &customer, QWidget *parent = nullptr);

    // The request the form describes now, or nullopt with the reason in `why`.
    std::optional<proto::CreateOrderRequest> request(QString *why = nullptr) const;
    QString errorText() const;

signals:
    void orderCreated(qint64 orderId);

private:
    void fillPairs();
    void updateUnits();
    void fillBanks();
    void updateOk();
    void submit();

    OrderCreation *m_creation;
    proto::TicketCustomer m_customer;
    QComboBox *m_direction;
    QComboBox *m_pair;
    QLineEdit *m_amount;
    QComboBox *m_unit;
    // The bank a fiat payout goes to: the pair's currency's active banks; the row shows only for a
    // sell whose currency has banks in the directory.
    QComboBox *m_bank;
    QFormLayout *m_form = nullptr;
    QLabel *m_requisitesLabel;
    QPlainTextEdit *m_requisites;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace p2pdesk::workstation
