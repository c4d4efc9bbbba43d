#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace p2pdesk::workstation {

enum class SecretStatus {
    Ok,
    NotFound,
    Unavailable, // no keychain service (headless, locked, denied): the secret is not stored anywhere
};

// The operating system's credential store, behind an interface so tests can inject a working or a
// failing one. Implementations must never fall back to storing secrets in plain text.
class SecretBackend {
public:
    using WriteCallback = std::function<void(SecretStatus)>;
    using ReadCallback = std::function<void(SecretStatus, QByteArray)>;

    virtual ~SecretBackend();
    virtual void write(const QString &key, const QByteArray &secret, WriteCallback done) = 0;
    virtual void read(const QString &key, ReadCallback done) = 0;
    virtual void remove(const QString &key, WriteCallback done) = 0;
};

} // namespace p2pdesk::workstation
