#pragma once

#include "p2pdesk/domain/OrderStatus.h"
#include "p2pdesk/proto/Operators.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace p2pdesk::workstation {

// New operator (username, initial password, roles), roles of an existing one, or a new password.
class OperatorFormDialog final : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Create, Roles, Password };
    // Shorter passwords are refused here already; syncd applies its own policy as well.
    static constexpr int kMinPasswordLength = 12; // syncd's admin API minimum

    explicit OperatorFormDialog(Mode mode, QWidget *parent = nullptr);

    void setAccount(const proto::OperatorAccount &account);
    QString username() const;
    QString password() const;
    std::vector<domain::Role> roles() const;

private:
    void validate();

    Mode m_mode;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QCheckBox *m_operator;
    QCheckBox *m_senior;
    QCheckBox *m_admin;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace p2pdesk::workstation
