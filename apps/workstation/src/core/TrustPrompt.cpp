#include "core/TrustPrompt.h"

#include "core/CertificatePinStore.h"

#include <QCryptographicHash>
#include <QStringList>

namespace p2pdesk::workstation {

TrustPrompt::~TrustPrompt() = default;

CertificateInfo CertificateInfo::from(const QString &host, quint16 port, const QSslCertificate &certificate)
{
    CertificateInfo info;
    info.host = host;
    info.port = port;
    info.sha256 = CertificatePinStore::fingerprint(certificate);
    info.subject = certificate.subjectDisplayName();
    info.issuer = certificate.issuerDisplayName();
    info.notBefore = certificate.effectiveDate();
    info.notAfter = certificate.expiryDate();
    return info;
}

QString CertificateInfo::fingerprintText() const
{
    return CertificatePinStore::formatFingerprint(sha256);
}

} // namespace p2pdesk::workstation
