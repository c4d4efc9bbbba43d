#pragma once

#include <QObject>
#include <QString>

namespace p2pdesk::workstation {

class SecretBackend;

// Remembers the session token per server + username in the credential store, and only there.
class SessionStore final : public QObject {
    Q_OBJECT

public:
    explicit SessionStore(SecretBackend *backend, QObject *parent = nullptr); // backend not owned

    static QString keyFor(const QString &server, const QString &username);

    void remember(const QString &server, const QString &username, const QString &token);
    void recall(const QString &server, const QString &username);
    void forget(const QString &server, const QString &username);

signals:
    // remembered == false: the token lives only in memory for this run; `reason` says why.
    void rememberFinished(bool remembered, const QString &reason);
    // An empty token: nothing stored (or no keychain).
    void recallFinished(const QString &token);
    void forgetFinished();

private:
    SecretBackend *m_backend;
};

} // namespace p2pdesk::workstation
