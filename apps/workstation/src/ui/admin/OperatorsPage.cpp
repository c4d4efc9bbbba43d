#include "ui/admin/OperatorsPage.h"

#include "models/OperatorListModel.h"
#include "ui/admin/AdminPrompts.h"
#include "ui/admin/AdminTables.h"
#include "ui/admin/EnrolmentDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace p2pdesk::workstation {

OperatorsPage::OperatorsPage(AdminService *service, AdminPrompts *prompts, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_prompts(prompts)
    , m_model(new OperatorListModel(this))
    , m_table(new QTableView(this))
    , m_create(new QPushButton(tr("&New operator…"), this))
    , m_roles(new QPushButton(tr("&Roles…"), this))
    , m_deactivate(new QPushButton(tr("&Deactivate…"), this))
    , m_resetPassword(new QPushButton(tr("Reset &password…"), this))
    , m_reset2fa(new QPushButton(tr("Reset &2FA…"), this))
{
    setObjectName(QStringLiteral("operatorsPage"));
    m_table->setObjectName(QStringLiteral("operatorsTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    fitColumnsToContents(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OperatorsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OperatorsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OperatorsPage::updateButtons);

    m_create->setObjectName(QStringLiteral("newOperatorButton"));
    m_create->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_roles->setObjectName(QStringLiteral("rolesButton"));
    m_deactivate->setObjectName(QStringLiteral("deactivateButton"));
    m_resetPassword->setObjectName(QStringLiteral("resetPasswordButton"));
    m_reset2fa->setObjectName(QStringLiteral("reset2faButton"));
    connect(m_create, &QPushButton::clicked, this, &OperatorsPage::createOperator);
    connect(m_roles, &QPushButton::clicked, this, &OperatorsPage::changeRoles);
    connect(m_deactivate, &QPushButton::clicked, this, &OperatorsPage::deactivate);
    connect(m_resetPassword, &QPushButton::clicked, this, &OperatorsPage::resetPassword);
    connect(m_reset2fa, &QPushButton::clicked, this, &OperatorsPage::reset2fa);

    connect(m_service, &AdminService::operatorsLoaded, m_model, &OperatorListModel::setOperators);
    connect(m_service, &AdminService::operatorUpdated, this, [this](const proto::OperatorAccount &account) {
        m_model->upsert(account);
        emit message(tr("Operator %1 updated.").arg(QString::fromStdString(account.username)));
    });
    connect(m_service, &AdminService::operatorCreated, this,
            [this](const proto::OperatorAccount &account, const QString &uri) {
                m_model->upsert(account);
                m_table->selectRow(m_model->rowOf(account.id));
                emit message(tr("Operator %1 created.").arg(QString::fromStdString(account.username)));
                showEnrolment(QString::fromStdString(account.username), uri);
            });
    connect(m_service, &AdminService::twoFactorReset, this, [this](qint64 operatorId, const QString &uri) {
        const proto::OperatorAccount *account = m_model->find(operatorId);
        const QString name = account ? QString::fromStdString(account->username) : QString::number(operatorId);
        emit message(tr("Two-factor authentication of %1 reset.").arg(name));
        showEnrolment(name, uri);
        m_service->loadOperators(); // totp_confirmed went back to false
    });

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_create, m_roles, m_deactivate, m_resetPassword, m_reset2fa})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    updateButtons();
}

void OperatorsPage::reload()
{
    m_service->loadOperators();
}

EnrolmentDialog *OperatorsPage::enrolmentDialog() const
{
    return m_enrolment.data();
}

std::optional<proto::OperatorAccount> OperatorsPage::selected() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const proto::OperatorAccount *account =
        m_model->find(current.siblingAtColumn(0).data(OperatorListModel::OperatorIdRole).toLongLong());
    return account ? std::optional(*account) : std::nullopt;
}

void OperatorsPage::updateButtons()
{
    const auto account = selected();
    const bool active = account && account->active;
    m_roles->setEnabled(active);
    m_deactivate->setEnabled(active);
    m_resetPassword->setEnabled(active);
    m_reset2fa->setEnabled(active);
}

void OperatorsPage::createOperator()
{
    const auto form = m_prompts->newOperator(this);
    if (!form)
        return;
    const auto reason = m_prompts->reason(this, tr("Create operator %1").arg(form->username));
    if (!reason)
        return;
    proto::CreateOperatorRequest request;
    request.username = form->username.toStdString();
    request.password = form->password.toStdString();
    request.roles = form->roles;
    request.reason = reason->toStdString();
    m_service->createOperator(request);
}

void OperatorsPage::changeRoles()
{
    const auto account = selected();
    if (!account)
        return;
    const auto roles = m_prompts->roles(this, *account);
    if (!roles)
        return;
    const auto reason =
        m_prompts->reason(this, tr("Change the roles of %1").arg(QString::fromStdString(account->username)));
    if (!reason)
        return;
    m_service->setRoles(account->id, proto::SetRolesRequest{*roles, reason->toStdString()});
}

void OperatorsPage::deactivate()
{
    const auto account = selected();
    if (!account)
        return;
    // The reason dialog doubles as the confirmation: cancelling it changes nothing.
    const auto reason = m_prompts->reason(this, tr("Deactivate %1: their sessions end and they can no longer log in")
                                                    .arg(QString::fromStdString(account->username)));
    if (!reason)
        return;
    m_service->deactivate(account->id, proto::DeactivateOperatorRequest{reason->toStdString()});
}

void OperatorsPage::resetPassword()
{
    const auto account = selected();
    if (!account)
        return;
    const auto password = m_prompts->newPassword(this, *account);
    if (!password)
        return;
    const auto reason =
        m_prompts->reason(this, tr("Reset the password of %1").arg(QString::fromStdString(account->username)));
    if (!reason)
        return;
    m_service->resetPassword(account->id, proto::ResetPasswordRequest{password->toStdString(), reason->toStdString()});
}

void OperatorsPage::reset2fa()
{
    const auto account = selected();
    if (!account)
        return;
    const auto reason =
        m_prompts->reason(this, tr("Reset two-factor authentication of %1: their current app codes stop working")
                                    .arg(QString::fromStdString(account->username)));
    if (!reason)
        return;
    m_service->reset2fa(account->id, proto::Reset2faRequest{reason->toStdString()});
}

void OperatorsPage::showEnrolment(const QString &username, const QString &uri)
{
    if (m_enrolment)
        m_enrolment->close();
    m_enrolment = new EnrolmentDialog(username, uri, this);
    m_enrolment->setWindowModality(Qt::WindowModal);
    m_enrolment->show();
}

} // namespace p2pdesk::workstation
