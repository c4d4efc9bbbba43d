#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSslCertificate>
#include <QString>

namespace p2pdesk::workstation {

// What the operator is asked to confirm on the first connection to a server.
struct CertificateInfo {
    QString host;
    quint16 port = 0;
    QByteArray sha256; // raw digest of the DER certificate
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;

    static CertificateInfo from(const QString &host, quint16 port, const QSslCertificate &certificate);
    // "AB:CD:…" — the spelling syncd prints on first start, so the operator can compare.
    QString fingerprintText() const;
};

// Asked synchronously while the TLS handshake waits; the GUI answers with a dialog, tests with a
// canned answer.
class TrustPrompt {
public:
    virtual ~TrustPrompt();
    virtual bool confirmTrust(const CertificateInfo &certificate) = 0;
};

} // namespace p2pdesk::workstation
