#include "core/PinnedNetworkAccess.h"

#include "core/CertificatePinStore.h"
#include "core/Logging.h"
#include "core/TrustPrompt.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

namespace p2pdesk::workstation {

namespace {

constexpr char kVerdictProperty[] = "p2pdeskTlsVerdict";
constexpr char kErrorTextProperty[] = "p2pdeskTlsErrorText";

// The errors that only say "nobody vouches for this certificate" — exactly what a pin replaces.
bool isTrustError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
        return true;
    default:
        return false;
    }
}

bool isAccepted(TlsVerdict verdict)
{
    return verdict == TlsVerdict::Pinned || verdict == TlsVerdict::NewlyTrusted;
}

void setVerdict(QNetworkReply *reply, TlsVerdict verdict)
{
    reply->setProperty(kVerdictProperty, static_cast<int>(verdict));
}

} // namespace

PinnedNetworkAccess::PinnedNetworkAccess(CertificatePinStore *pins, TrustPrompt *prompt, QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
    , m_pins(pins)
    , m_prompt(prompt)
{
    // Connection reuse is what makes long-polls cheap, but a reused connection skips the handshake;
    // forgetPin() clears the pool so a changed pin is always checked again.
    connect(m_manager, &QNetworkAccessManager::sslErrors, this, &PinnedNetworkAccess::onSslErrors);
    connect(m_manager, &QNetworkAccessManager::encrypted, this, &PinnedNetworkAccess::onEncrypted);
}

QNetworkReply *PinnedNetworkAccess::send(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body)
{
    QNetworkReply *reply = m_manager->sendCustomRequest(request, verb, body);
    setVerdict(reply, TlsVerdict::Unchecked);
    return reply;
}

void PinnedNetworkAccess::forgetPin(const QString &host, quint16 port)
{
    m_pins->removePin(host, port);
    m_manager->clearConnectionCache();
}

TlsVerdict PinnedNetworkAccess::verdict(const QNetworkReply *reply)
{
    const QVariant value = reply->property(kVerdictProperty);
    return value.isValid() ? static_cast<TlsVerdict>(value.toInt()) : TlsVerdict::Unchecked;
}

QString PinnedNetworkAccess::tlsErrorText(const QNetworkReply *reply)
{
    return reply->property(kErrorTextProperty).toString();
}

TlsVerdict PinnedNetworkAccess::judge(QNetworkReply *reply, const QSslCertificate &certificate)
{
    const QUrl url = reply->url();
    const QString host = url.host();
    const auto port = static_cast<quint16>(url.port(443));
    const QByteArray seen = CertificatePinStore::fingerprint(certificate);

    if (const auto pinned = m_pins->pin(host, port)) {
        if (*pinned == seen)
            return TlsVerdict::Pinned;
        qCWarning(lcTls) << "certificate of" << host << port << "changed; pinned"
                         << CertificatePinStore::formatFingerprint(*pinned) << "got"
                         << CertificatePinStore::formatFingerprint(seen);
        return TlsVerdict::Changed;
    }

    const CertificateInfo info = CertificateInfo::from(host, port, certificate);
    if (!m_prompt || !m_prompt->confirmTrust(info))
        return TlsVerdict::Refused;
    // Another reply may have been judged while the prompt was open.
    if (const auto pinned = m_pins->pin(host, port))
        return *pinned == seen ? TlsVerdict::Pinned : TlsVerdict::Changed;
    m_pins->setPin(host, port, seen);
    qCInfo(lcTls) << "pinned" << host << port << info.fingerprintText();
    return TlsVerdict::NewlyTrusted;
}

void PinnedNetworkAccess::onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    QSslCertificate certificate = reply->sslConfiguration().peerCertificate();
    QStringList texts;
    bool onlyTrustErrors = true;
    for (const QSslError &error : errors) {
        texts << error.errorString();
        if (!isTrustError(error.error()))
            onlyTrustErrors = false;
        if (certificate.isNull())
            certificate = error.certificate();
    }
    reply->setProperty(kErrorTextProperty, texts.join(QStringLiteral("; ")));

    if (!onlyTrustErrors || certificate.isNull()) {
        qCWarning(lcTls) << "TLS errors that a pin cannot excuse:" << texts;
        setVerdict(reply, TlsVerdict::Invalid);
        return;
    }
    const TlsVerdict verdict = judge(reply, certificate);
    setVerdict(reply, verdict);
    if (isAccepted(verdict))
        reply->ignoreSslErrors(errors);
}

void PinnedNetworkAccess::onEncrypted(QNetworkReply *reply)
{
    if (isAccepted(verdict(reply)))
        return; // already judged in onSslErrors
    // A certificate from a CA the system trusts raises no sslErrors, yet must be pinned all the same.
    const TlsVerdict verdict = judge(reply, reply->sslConfiguration().peerCertificate());
    setVerdict(reply, verdict);
    if (!isAccepted(verdict))
        reply->abort();
}

} // namespace p2pdesk::workstation
