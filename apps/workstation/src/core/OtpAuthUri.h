#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace p2pdesk::workstation {

// An otpauth://totp/… enrolment URI as syncd hands it out once. The workstation only shows it (QR and
// secret text) and checks the first code the new operator reads from the app, so that a mistyped or
// mis-scanned enrolment is caught while the admin is still at the desk; syncd itself marks the
// enrolment confirmed on the operator's first login.
class OtpAuthUri final {
public:
    static std::optional<OtpAuthUri> parse(const QString &uri);

    const QString &uri() const { return m_uri; }
    const QString &label() const { return m_label; }
    const QString &issuer() const { return m_issuer; }
    // The base32 secret as written in the URI, grouped in fours for reading aloud or typing.
    QString secretForDisplay() const;
    int digits() const { return m_digits; }
    int periodSeconds() const { return m_period; }

    // RFC 6238 code at `when`.
    QString codeAt(const QDateTime &when) const;
    // True when `code` matches the step at `now` or one step either side (clock drift of the phone).
    bool accepts(const QString &code, const QDateTime &now) const;

private:
    QString m_uri;
    QString m_label;
    QString m_issuer;
    QString m_secretText;
    QByteArray m_secret;
    QByteArray m_algorithm = "SHA1";
    int m_digits = 6;
    int m_period = 30;
};

} // namespace p2pdesk::workstation
