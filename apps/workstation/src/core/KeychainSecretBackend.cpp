#include "core/KeychainSecretBackend.h"

#include "core/Logging.h"

#include <qt6keychain/keychain.h>

namespace p2pdesk::workstation {

namespace {

SecretStatus statusOf(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return SecretStatus::Ok;
    case QKeychain::EntryNotFound:
        return SecretStatus::NotFound;
    default:
        qCInfo(lcSession) << "keychain unavailable:" << job->error() << job->errorString();
        return SecretStatus::Unavailable;
    }
}

// Jobs have no parent and delete themselves when finished: libsecret answers asynchronously and
// calls back into the job, so a job deleted with its owner before the answer (the app or a test
// tearing down the controller) would be called after free. The owner's callbacks are connected
// with the owner as context, so they are dropped if it is gone by then.
template<typename JobT> JobT *makeJob(const QString &service, const QString &key)
{
    auto *job = new JobT(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plain text in QSettings
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretBackend::KeychainSecretBackend(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

void KeychainSecretBackend::write(const QString &key, const QByteArray &secret, WriteCallback done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *finished) { done(statusOf(finished)); });
    job->start();
}

void KeychainSecretBackend::read(const QString &key, ReadCallback done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        const SecretStatus status = statusOf(finished);
        const auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        done(status, status == SecretStatus::Ok ? readJob->binaryData() : QByteArray());
    });
    job->start();
}

void KeychainSecretBackend::remove(const QString &key, WriteCallback done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *finished) { done(statusOf(finished)); });
    job->start();
}

} // namespace p2pdesk::workstation
