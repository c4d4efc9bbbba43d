#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QSettings;
class QSslCertificate;

namespace p2pdesk::workstation {

// Trust-on-first-use pins: one SHA-256 certificate fingerprint per host:port, kept in QSettings.
// A fingerprint is public information, so QSettings (not the keychain) is the right place.
class CertificatePinStore final {
public:
    explicit CertificatePinStore(QSettings *settings); // not owned

    std::optional<QByteArray> pin(const QString &host, quint16 port) const;
    void setPin(const QString &host, quint16 port, const QByteArray &sha256);
    void removePin(const QString &host, quint16 port);

    static QByteArray fingerprint(const QSslCertificate &certificate);
    static QString formatFingerprint(const QByteArray &sha256);

private:
    static QString key(const QString &host, quint16 port);

    QSettings *m_settings;
};

} // namespace p2pdesk::workstation
