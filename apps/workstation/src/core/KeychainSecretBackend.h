#pragma once

#include "core/SecretBackend.h"

#include <QObject>

namespace p2pdesk::workstation {

// QtKeychain (libsecret / KWallet / macOS Keychain / Windows Credential Manager). Insecure
// fallback is off: without a keychain service every job fails and we report Unavailable.
class KeychainSecretBackend final : public QObject, public SecretBackend {
    Q_OBJECT

public:
    explicit KeychainSecretBackend(QString service, QObject *parent = nullptr);

    void write(const QString &key, const QByteArray &secret, WriteCallback done) override;
    void read(const QString &key, ReadCallback done) override;
    void remove(const QString &key, WriteCallback done) override;

private:
    QString m_service;
};

} // namespace p2pdesk::workstation
