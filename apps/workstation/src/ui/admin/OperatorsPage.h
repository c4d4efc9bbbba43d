#pragma once

#include "core/AdminService.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace p2pdesk::workstation {

class AdminPrompts;
class EnrolmentDialog;
class OperatorListModel;

// Operator accounts: list, create (with the 2FA enrolment QR), roles, deactivate, reset password,
// reset 2FA. Each change asks for a reason first.
class OperatorsPage final : public QWidget {
    Q_OBJECT

public:
    OperatorsPage(AdminService *service, AdminPrompts *prompts, QWidget *parent = nullptr);

    OperatorListModel *model() const { return m_model; }
    void reload();
    // The enrolment on screen, if any (tests look at it).
    EnrolmentDialog *enrolmentDialog() const;

signals:
    void message(const QString &text);

private:
    std::optional<proto::OperatorAccount> selected() const;
    void createOperator();
    void changeRoles();
    void deactivate();
    void resetPassword();
    void reset2fa();
    void showEnrolment(const QString &username, const QString &uri);
    void updateButtons();

    AdminService *m_service;
    AdminPrompts *m_prompts;
    OperatorListModel *m_model;
    QTableView *m_table;
    QPushButton *m_create;
    QPushButton *m_roles;
    QPushButton *m_deactivate;
    QPushButton *m_resetPassword;
    QPushButton *m_reset2fa;
    QPointer<EnrolmentDialog> m_enrolment;
};

} // namespace p2pdesk::workstation
