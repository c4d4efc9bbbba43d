#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslError>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QSslCertificate;

namespace p2pdesk::workstation {

class CertificatePinStore;
class TrustPrompt;

// How the peer certificate of one reply was judged.
enum class TlsVerdict {
    Unchecked,    // no TLS (or the handshake never got that far)
    Pinned,       // matches the stored pin
    NewlyTrusted, // first use, the operator confirmed it and it is pinned now
    Refused,      // first use, the operator declined; nothing was pinned
    Changed,      // a pin exists and this certificate is a different one
    Invalid,      // TLS errors other than "not signed by a known CA" (expired, wrong host…)
};

// Owns the QNetworkAccessManager and enforces trust-on-first-use pinning on every reply: only the
// "self-signed / untrusted issuer" errors are ignored, and only for exactly the pinned certificate.
class PinnedNetworkAccess final : public QObject {
    Q_OBJECT

public:
    PinnedNetworkAccess(CertificatePinStore *pins, TrustPrompt *prompt, QObject *parent = nullptr);

    QNetworkReply *send(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body = {});

    // Drops the pin and every pooled connection that was verified against it.
    void forgetPin(const QString &host, quint16 port);

    static TlsVerdict verdict(const QNetworkReply *reply);
    static QString tlsErrorText(const QNetworkReply *reply);

private:
    void onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    void onEncrypted(QNetworkReply *reply);
    TlsVerdict judge(QNetworkReply *reply, const QSslCertificate &certificate);

    QNetworkAccessManager *m_manager;
    CertificatePinStore *m_pins;
    TrustPrompt *m_prompt;
};

} // namespace p2pdesk::workstation
