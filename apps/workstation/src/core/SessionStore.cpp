#include "core/SessionStore.h"

#include "core/Logging.h"
#include "core/SecretBackend.h"

#include <QPointer>

namespace p2pdesk::workstation {

SessionStore::SessionStore(SecretBackend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{
}

QString SessionStore::keyFor(const QString &server, const QString &username)
{
    return QStringLiteral("session/") + server + u'/' + username;
}

void SessionStore::remember(const QString &server, const QString &username, const QString &token)
{
    QPointer<SessionStore> self(this);
    m_backend->write(keyFor(server, username), token.toUtf8(), [self](SecretStatus status) {
        if (!self)
            return;
        if (status == SecretStatus::Ok) {
            emit self->rememberFinished(true, {});
        } else {
            qCInfo(lcSession) << "session not remembered: no usable keychain";
            emit self->rememberFinished(false, tr("No keychain is available on this computer, so the session is "
                                                  "not remembered. You will log in again next time."));
        }
    });
}

void SessionStore::recall(const QString &server, const QString &username)
{
    QPointer<SessionStore> self(this);
    m_backend->read(keyFor(server, username), [self](SecretStatus status, const QByteArray &secret) {
        if (self)
            emit self->recallFinished(status == SecretStatus::Ok ? QString::fromUtf8(secret) : QString());
    });
}

void SessionStore::forget(const QString &server, const QString &username)
{
    QPointer<SessionStore> self(this);
    m_backend->remove(keyFor(server, username), [self](SecretStatus) {
        if (self)
            emit self->forgetFinished();
    });
}

} // namespace p2pdesk::workstation
