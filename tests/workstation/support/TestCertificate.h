#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <optional>

class QTemporaryDir;

namespace p2pdesk::workstation::test {

// A throw-away self-signed certificate for 127.0.0.1/localhost, made with the openssl CLI at test
// run time in a temporary directory; nothing of it is ever committed.
struct TestCertificate {
    QSslCertificate certificate;
    QSslKey key;

    static std::optional<TestCertificate> generate(const QTemporaryDir &dir, const QString &name);
};

} // namespace p2pdesk::workstation::test
