#pragma once

#include "core/OtpAuthUri.h"

#include <QDateTime>
#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace p2pdesk::workstation {

// Shows a fresh TOTP enrolment once: the otpauth:// URI as a QR code and the secret as text, then
// asks for the first code from the operator's app. syncd has no separate confirmation call: the
// enrolment becomes confirmed on the operator's first login with a code, so the check here is a
// local one that catches a bad scan while the admin is still at the desk.
class EnrolmentDialog final : public QDialog {
    Q_OBJECT

public:
    using Now = std::function<QDateTime()>;

    EnrolmentDialog(const QString &username, const QString &otpauthUri, QWidget *parent = nullptr);

    void setClock(Now now) { m_now = std::move(now); }
    bool hasQrCode() const;
    bool codeConfirmed() const { return m_confirmed; }

private:
    void checkCode();

    std::optional<OtpAuthUri> m_uri;
    QLabel *m_qrLabel;
    QLineEdit *m_uriEdit;
    QLabel *m_secretLabel;
    QLineEdit *m_codeEdit;
    QPushButton *m_checkButton;
    QLabel *m_codeStatus;
    Now m_now;
    bool m_confirmed = false;
};

} // namespace p2pdesk::workstation
