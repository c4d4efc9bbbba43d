#include "ui/login/LoginDialog.h"

#include "p2pdesk/proto/Limits.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace p2pdesk::workstation {

LoginDialog::LoginDialog(QWidget *parent)
    : QDialog(parent)
    , m_notice(new QLabel(this))
    , m_server(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_totp(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the session on this computer"), this))
    , m_error(new QLabel(this))
    , m_login(new QPushButton(tr("&Log in"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in — p2pdesk"));

    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_server->setObjectName(QStringLiteral("serverLineEdit"));
    // No example host: an operator would take it for the desk's address. https:// may be left out.
    m_server->setPlaceholderText(tr("host:port"));
    m_username->setObjectName(QStringLiteral("usernameLineEdit"));
    m_username->setMaxLength(static_cast<int>(proto::limits::kUsername));
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(static_cast<int>(proto::limits::kPassword));
    m_totp->setObjectName(QStringLiteral("totpLineEdit"));
    m_totp->setPlaceholderText(tr("6 digits from your authenticator app"));
    m_totp->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,8}")), m_totp));
    m_totp->setMaxLength(8);
    m_remember->setObjectName(QStringLiteral("rememberCheckBox"));
    m_remember->setChecked(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_login->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Code (2FA):"), m_totp);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_login);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    for (QLineEdit *edit : {m_server, m_username, m_password, m_totp})
        connect(edit, &QLineEdit::textChanged, this, &LoginDialog::updateButton);
    connect(m_login, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    updateButton();
    focusFirstEmpty();
    // Wide enough for a full server URL and the code field's hint in either language.
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
}

void LoginDialog::setServer(const QString &server)
{
    m_server->setText(server);
    focusFirstEmpty();
}

void LoginDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    focusFirstEmpty();
}

void LoginDialog::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void LoginDialog::showError(const QString &text)
{
    setBusy(false);
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    // A TOTP code is good once; the next attempt needs a fresh one.
    m_totp->clear();
    m_totp->setFocus();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_server, m_username, m_password, m_totp, m_remember})
        widget->setEnabled(!busy);
    m_login->setText(busy ? tr("Connecting…") : tr("&Log in"));
    updateButton();
}

LoginForm LoginDialog::form() const
{
    return LoginForm{m_server->text().trimmed(), m_username->text().trimmed(), m_password->text(), m_totp->text(),
                     m_remember->isChecked()};
}

void LoginDialog::updateButton()
{
    const bool complete = !m_server->text().trimmed().isEmpty() && !m_username->text().trimmed().isEmpty() &&
                          !m_password->text().isEmpty() && m_totp->text().size() >= 6;
    m_login->setEnabled(complete && !m_busy);
}

void LoginDialog::submit()
{
    if (!m_login->isEnabled())
        return;
    m_error->hide();
    setBusy(true);
    emit loginRequested(form());
}

void LoginDialog::focusFirstEmpty()
{
    for (QLineEdit *edit : {m_server, m_username, m_password, m_totp}) {
        if (edit->text().isEmpty()) {
            edit->setFocus();
            return;
        }
    }
    m_totp->setFocus();
}

} // namespace p2pdesk::workstation
