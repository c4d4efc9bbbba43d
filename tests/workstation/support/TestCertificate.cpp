#include "TestCertificate.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace p2pdesk::workstation::test {

std::optional<TestCertificate> TestCertificate::generate(const QTemporaryDir &dir, const QString &name)
{
    const QString keyPath = dir.filePath(name + QStringLiteral(".key"));
    const QString certPath = dir.filePath(name + QStringLiteral(".pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath, QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1/O=p2pdesk test ") + name,
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    if (!openssl.waitForFinished(30'000) || openssl.exitCode() != 0) {
        qWarning("openssl failed: %s", openssl.readAllStandardError().constData());
        return std::nullopt;
    }
    QFile keyFile(keyPath);
    QFile certFile(certPath);
    if (!keyFile.open(QIODevice::ReadOnly) || !certFile.open(QIODevice::ReadOnly))
        return std::nullopt;
    TestCertificate result{QSslCertificate(certFile.readAll(), QSsl::Pem),
                           QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem)};
    if (result.certificate.isNull() || result.key.isNull())
        return std::nullopt;
    return result;
}

} // namespace p2pdesk::workstation::test
