#include "core/CertificatePinStore.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QSslCertificate>
#include <QUrl>

namespace p2pdesk::workstation {

CertificatePinStore::CertificatePinStore(QSettings *settings)
    : m_settings(settings)
{
}

QString CertificatePinStore::key(const QString &host, quint16 port)
{
    // QSettings treats '/' as a group separator and some backends dislike ':'; a percent-encoded
    // host keeps one flat key per endpoint whatever the host spelling.
    const QString endpoint = host.toLower() + u':' + QString::number(port);
    return QStringLiteral("tls-pins/") + QString::fromLatin1(QUrl::toPercentEncoding(endpoint));
}

std::optional<QByteArray> CertificatePinStore::pin(const QString &host, quint16 port) const
{
    const QVariant value = m_settings->value(key(host, port));
    if (!value.isValid())
        return std::nullopt;
    const QByteArray digest = QByteArray::fromHex(value.toString().toLatin1());
    if (digest.size() != 32)
        return std::nullopt;
    return digest;
}

void CertificatePinStore::setPin(const QString &host, quint16 port, const QByteArray &sha256)
{
    m_settings->setValue(key(host, port), QString::fromLatin1(sha256.toHex()));
    m_settings->sync();
}

void CertificatePinStore::removePin(const QString &host, quint16 port)
{
    m_settings->remove(key(host, port));
    m_settings->sync();
}

QByteArray CertificatePinStore::fingerprint(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256);
}

QString CertificatePinStore::formatFingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

} // namespace p2pdesk::workstation
