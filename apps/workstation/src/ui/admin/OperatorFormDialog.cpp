#include "ui/admin/OperatorFormDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

#include <algorithm>

namespace p2pdesk::workstation {

OperatorFormDialog::OperatorFormDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_operator(new QCheckBox(tr("&Operator"), this))
    , m_senior(new QCheckBox(tr("&Senior (approvals, disputes)"), this))
    , m_admin(new QCheckBox(tr("&Admin"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("operatorFormDialog"));
    m_username->setObjectName(QStringLiteral("usernameLineEdit"));
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatPasswordLineEdit"));
    m_operator->setObjectName(QStringLiteral("operatorRoleCheckBox"));
    m_senior->setObjectName(QStringLiteral("seniorRoleCheckBox"));
    m_admin->setObjectName(QStringLiteral("adminRoleCheckBox"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("operatorFormOkButton"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_username->setMaxLength(64);
    m_operator->setChecked(mode == Mode::Create);

    auto *generate = new QPushButton(tr("&Generate"), this);
    generate->setObjectName(QStringLiteral("generatePasswordButton"));
    generate->setToolTip(tr("A random 16-character password, shown so it can be handed over (Alt+G)"));
    connect(generate, &QPushButton::clicked, this, [this] {
        static const QString alphabet = QStringLiteral("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
        QString generated;
        for (int i = 0; i < 16; ++i)
            generated += alphabet.at(QRandomGenerator::system()->bounded(static_cast<int>(alphabet.size())));
        m_password->setEchoMode(QLineEdit::Normal);
        m_password->setText(generated);
        m_repeat->setText(generated);
    });
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(generate);

    auto *form = new QFormLayout;
    form->addRow(tr("&Username:"), m_username);
    // A row that is a layout gets no buddy from QFormLayout: without one the label shows "&".
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, passwordRow);
    form->addRow(tr("&Repeat:"), m_repeat);
    auto *roles = new QVBoxLayout;
    roles->addWidget(m_operator);
    roles->addWidget(m_senior);
    roles->addWidget(m_admin);
    form->addRow(tr("Roles:"), roles);

    const bool showPassword = mode != Mode::Roles;
    const bool showRoles = mode != Mode::Password;
    m_password->setVisible(showPassword);
    generate->setVisible(showPassword);
    m_repeat->setVisible(showPassword);
    form->setRowVisible(1, showPassword);
    form->setRowVisible(2, showPassword);
    form->setRowVisible(3, showRoles);
    m_username->setReadOnly(mode != Mode::Create);

    switch (mode) {
    case Mode::Create:
        setWindowTitle(tr("New operator"));
        break;
    case Mode::Roles:
        setWindowTitle(tr("Roles"));
        break;
    case Mode::Password:
        setWindowTitle(tr("Reset password"));
        break;
    }

    m_problem->setWordWrap(true);
    for (QLineEdit *edit : {m_username, m_password, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &OperatorFormDialog::validate);
    for (QCheckBox *box : {m_operator, m_senior, m_admin})
        connect(box, &QCheckBox::toggled, this, &OperatorFormDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    validate();
}

void OperatorFormDialog::setAccount(const proto::OperatorAccount &account)
{
    m_username->setText(QString::fromStdString(account.username));
    const auto has = [&account](domain::Role role) {
        return std::find(account.roles.begin(), account.roles.end(), role) != account.roles.end();
    };
    m_operator->setChecked(has(domain::Role::Operator));
    m_senior->setChecked(has(domain::Role::Senior));
    m_admin->setChecked(has(domain::Role::Admin));
    validate();
}

QString OperatorFormDialog::username() const
{
    return m_username->text().trimmed();
}

QString OperatorFormDialog::password() const
{
    return m_password->text();
}

std::vector<domain::Role> OperatorFormDialog::roles() const
{
    std::vector<domain::Role> result;
    if (m_operator->isChecked())
        result.push_back(domain::Role::Operator);
    if (m_senior->isChecked())
        result.push_back(domain::Role::Senior);
    if (m_admin->isChecked())
        result.push_back(domain::Role::Admin);
    return result;
}

void OperatorFormDialog::validate()
{
    QString problem;
    if (m_mode == Mode::Create && username().isEmpty())
        problem = tr("Enter a username.");
    else if (m_mode != Mode::Roles && m_password->text().size() < kMinPasswordLength)
        problem = tr("The password needs at least %n characters.", nullptr, kMinPasswordLength);
    else if (m_mode != Mode::Roles && m_password->text() != m_repeat->text())
        problem = tr("The two passwords differ.");
    else if (m_mode != Mode::Password && roles().empty())
        problem = tr("Choose at least one role.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace p2pdesk::workstation
