#pragma once

#include "p2pdesk/proto/Banks.h"

#include <QDialog>

#include <optional>
#include <variant>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace p2pdesk::workstation {

class BankListModel;

// Adds a bank to the directory or edits one: the code (A–Z, 0–9, '_'; fixed once the bank exists),
// the name, the country (ISO 3166 two letters, optional), the currency it pays out (fixed once the
// bank exists), whether payout accounts may name it, and the reason that goes to the audit log.
// Checked as typed, as syncd will; Save stays off until everything is right. The dialog stays open
// while syncd answers: a refusal shows here in words (showRefusal), success closes it.
class BankDialog final : public QDialog {
    Q_OBJECT

public:
    using Request = std::variant<proto::CreateBankRequest, proto::UpdateBankRequest>;

    // `existing`: the bank to edit; nullopt adds one. `known`: the directory, to refuse a taken code.
    BankDialog(const std::optional<proto::BankDto> &existing, const BankListModel *known, QWidget *parent = nullptr);

    std::optional<std::int64_t> bankId() const;
    // The request as typed; nullopt (with `problem` in words) while something is missing or wrong.
    std::optional<Request> request(QString *problem) const;
    // syncd refused: the words, and Save again once something changes.
    void showRefusal(const QString &text, const QString &tooltip);

signals:
    void submitted(const p2pdesk::workstation::BankDialog::Request &request);

private:
    void validate();

    std::optional<proto::BankDto> m_existing;
    const BankListModel *m_known;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_country;
    QComboBox *m_fiat;
    QCheckBox *m_active;
    QLineEdit *m_reason;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace p2pdesk::workstation
