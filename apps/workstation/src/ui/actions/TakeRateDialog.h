#pragma once

#include "p2pdesk/domain/Decimal.h"

#include <QDialog>
#include <QString>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace p2pdesk::workstation {

// What the take dialog needs to know about the order.
struct TakeRateInput {
    QString orderCode;
    QString pairText; // "Sell 100.00000000 USDT (TRON) for RUB"
    domain::Decimal suggestedRate;
    std::optional<domain::Decimal> maxDeviationPercent; // the admin limit, when this account can read it
    bool reasonRequired = false;                        // syncd already said the deviation needs one
    // Offer "send the deposit address right after taking" (take + await_crypto as one action).
    bool offerSendDeposit = false;
    bool sendDeposit = true;
    // Shown above the form: why the suggestion is not the customer's quote (it expired).
    QString note = {};
};

// Take: the final rate, prefilled with the suggestion. The deviation from the suggestion is shown
// live, computed exactly (libs/domain deviationPercent, never floating point); above the admin
// limit a warning appears and the reason becomes required.
class TakeRateDialog final : public QDialog {
    Q_OBJECT

public:
    explicit TakeRateDialog(const TakeRateInput &input, QWidget *parent = nullptr);

    void setRateText(const QString &text);
    // The desk's rate for this pair is stale now: the suggestion may be far from the market, so
    // the dialog says so above the form (the take itself is still the operator's call).
    void showRateStale();
    bool showsRateStale() const;
    // The typed rate when it is a valid positive rate of at most kRateScale digits.
    std::optional<domain::Decimal> finalRate() const;
    QString reason() const;
    bool deviationAboveLimit() const { return m_aboveLimit; }
    bool reasonRequired() const;
    // Whether the operator wants the deposit address sent right after the take.
    bool sendDeposit() const;

    // "12.3456" with ',' accepted as the decimal separator.
    static std::optional<domain::Decimal> parseRate(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void tryAccept();

    TakeRateInput m_input;
    QLabel *m_stale;
    QLineEdit *m_rate;
    QLabel *m_deviation;
    QLabel *m_warning;
    QLabel *m_reasonLabel;
    QPlainTextEdit *m_reason;
    QCheckBox *m_sendDeposit;
    QDialogButtonBox *m_buttons;
    bool m_aboveLimit = false;
};

} // namespace p2pdesk::workstation
