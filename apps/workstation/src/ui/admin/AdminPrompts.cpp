#include "ui/admin/AdminPrompts.h"

#include "ui/actions/ReasonDialog.h"
#include "ui/admin/OperatorFormDialog.h"

#include <QCoreApplication>

namespace p2pdesk::workstation {

std::optional<NewOperatorForm> DialogAdminPrompts::newOperator(QWidget *parent)
{
    OperatorFormDialog dialog(OperatorFormDialog::Mode::Create, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return NewOperatorForm{dialog.username(), dialog.password(), dialog.roles()};
}

std::optional<std::vector<domain::Role>> DialogAdminPrompts::roles(QWidget *parent,
                                                                   const proto::OperatorAccount &account)
{
    OperatorFormDialog dialog(OperatorFormDialog::Mode::Roles, parent);
    dialog.setAccount(account);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.roles();
}

std::optional<QString> DialogAdminPrompts::newPassword(QWidget *parent, const proto::OperatorAccount &account)
{
    OperatorFormDialog dialog(OperatorFormDialog::Mode::Password, parent);
    dialog.setAccount(account);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.password();
}

std::optional<QString> DialogAdminPrompts::reason(QWidget *parent, const QString &action)
{
    ReasonDialog dialog(QCoreApplication::translate("p2pdesk::workstation::AdminPrompts", "Reason"),
                        QCoreApplication::translate("p2pdesk::workstation::AdminPrompts",
                                                    "%1\n\nWhy? The reason is kept in the audit log.")
                            .arg(action),
                        parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

} // namespace p2pdesk::workstation
