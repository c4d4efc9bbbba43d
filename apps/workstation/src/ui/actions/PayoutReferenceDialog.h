#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace p2pdesk::workstation {

// PROCESSING_PAYOUT → PAID_OUT: the bank's or the P2P platform's reference of the payout.
class PayoutReferenceDialog final : public QDialog {
    Q_OBJECT

public:
    static constexpr int kMaxLength = 256;

    explicit PayoutReferenceDialog(const QString &orderCode, QWidget *parent = nullptr);

    QString payoutReference() const;

private:
    QLineEdit *m_reference;
    QDialogButtonBox *m_buttons;
};

} // namespace p2pdesk::workstation
