#pragma once

#include <QDialog>
#include <QString>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace p2pdesk::workstation {

struct LoginForm {
    QString server;
    QString username;
    QString password;
    QString totp;
    bool remember = true;
};

// Server, username, password and the current TOTP code. It only collects them: whoever listens to
// loginRequested() talks to syncd and answers with showError() or accept().
class LoginDialog final : public QDialog {
    Q_OBJECT

public:
    explicit LoginDialog(QWidget *parent = nullptr);

    void setServer(const QString &server);
    void setUsername(const QString &username);
    // A note above the form, e.g. why the previous session ended.
    void setNotice(const QString &text);
    void showError(const QString &text);
    void setBusy(bool busy);

    LoginForm form() const;

signals:
    void loginRequested(const p2pdesk::workstation::LoginForm &form);

private:
    void updateButton();
    void submit();
    void focusFirstEmpty();

    QLabel *m_notice;
    QLineEdit *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_totp;
    QCheckBox *m_remember;
    QLabel *m_error;
    QPushButton *m_login;
    QPushButton *m_cancel;
    bool m_busy = false;
};

} // namespace p2pdesk::workstation
