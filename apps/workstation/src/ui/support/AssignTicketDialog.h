#pragma once

#include "p2pdesk/proto/Common.h"

#include <QDialog>

#include <cstdint>
#include <optional>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;

namespace p2pdesk::workstation {

// "Assign to another operator": whom (from the operators the workstation knows) and why. OK stays
// disabled until both are given; syncd refuses an account that cannot work tickets.
class AssignTicketDialog final : public QDialog {
    Q_OBJECT

public:
    AssignTicketDialog(const std::vector<proto::OperatorRef> &operators, QWidget *parent = nullptr);

    std::optional<std::int64_t> operatorId() const;
    QString reason() const;

private:
    void updateOk();

    QComboBox *m_operators;
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace p2pdesk::workstation
