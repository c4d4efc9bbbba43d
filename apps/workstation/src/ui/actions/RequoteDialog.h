#pragma once

#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/proto/Orders.h"

#include <QDialog>
#include <QString>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace p2pdesk::workstation {

// Re-quote an order whose customer paid after its rate stopped holding: propose the desk's current
// rate (or any other) and show exactly what the customer would receive at it (libs/domain
// requoteAfterPayment, never floating point); or keep the order's rate, which needs no answer
// from the customer. A reason is always required: it is the customer's money either way.
class RequoteDialog final : public QDialog {
    Q_OBJECT

public:
    explicit RequoteDialog(const proto::OrderDetail &order, QWidget *parent = nullptr);

    std::optional<domain::Decimal> rate() const;
    QString reason() const;
    // Whether the chosen rate is the order's own (the desk keeps it).
    bool keepsRate() const;

private:
    void update();

    proto::OrderDetail m_order;
    QLineEdit *m_rate;
    QLabel *m_outcome;
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
    QPushButton *m_keep;
};

} // namespace p2pdesk::workstation
