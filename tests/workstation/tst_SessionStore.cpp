#include "FreshAppData.h"
#include "core/KeychainSecretBackend.h"
#include "core/SecretBackend.h"
#include "core/SessionStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <map>

using namespace p2pdesk::workstation;

namespace {

// An in-memory keychain that works, or one that fails like a headless machine; answers
// asynchronously like the real one.
class FakeSecretBackend final : public SecretBackend {
public:
    explicit FakeSecretBackend(bool available)
        : m_available(available)
    {
    }

    void write(const QString &key, const QByteArray &secret, WriteCallback done) override
    {
        if (m_available)
            m_secrets[key] = secret;
        later([this, done] { done(m_available ? SecretStatus::Ok : SecretStatus::Unavailable); });
    }
    void read(const QString &key, ReadCallback done) override
    {
        const auto it = m_secrets.find(key);
        const SecretStatus status = !m_available            ? SecretStatus::Unavailable
                                    : it == m_secrets.end() ? SecretStatus::NotFound
                                                            : SecretStatus::Ok;
        const QByteArray secret = status == SecretStatus::Ok ? it->second : QByteArray();
        later([done, status, secret] { done(status, secret); });
    }
    void remove(const QString &key, WriteCallback done) override
    {
        m_secrets.erase(key);
        later([this, done] { done(m_available ? SecretStatus::Ok : SecretStatus::Unavailable); });
    }

    std::map<QString, QByteArray> m_secrets;

private:
    template<typename F> void later(F f) { QTimer::singleShot(0, &m_context, std::move(f)); }
    bool m_available;
    QObject m_context;
};

} // namespace

class TestSessionStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void keyIsPerServerAndUser();
    void workingKeychainRemembersRecallsForgets();
    void failingKeychainRemembersNothing();
    void realKeychainWithoutServiceStoresNothing();

private:
    p2pdesk::workstation::FreshAppData m_appData;
};

void TestSessionStore::initTestCase()
{
    QVERIFY(m_appData.isValid()); // a home of this run's own (FreshAppData.h)
}

void TestSessionStore::keyIsPerServerAndUser()
{
    QVERIFY(SessionStore::keyFor(QStringLiteral("https://a:1"), QStringLiteral("bob")) !=
            SessionStore::keyFor(QStringLiteral("https://a:2"), QStringLiteral("bob")));
    QVERIFY(SessionStore::keyFor(QStringLiteral("https://a:1"), QStringLiteral("bob")) !=
            SessionStore::keyFor(QStringLiteral("https://a:1"), QStringLiteral("eve")));
}

void TestSessionStore::workingKeychainRemembersRecallsForgets()
{
    FakeSecretBackend backend(true);
    SessionStore store(&backend);
    QSignalSpy remembered(&store, &SessionStore::rememberFinished);
    QSignalSpy recalled(&store, &SessionStore::recallFinished);

    store.remember(QStringLiteral("https://desk:8443"), QStringLiteral("alice"), QStringLiteral("tok-1"));
    QVERIFY(remembered.wait());
    QCOMPARE(remembered.at(0).at(0).toBool(), true);
    QCOMPARE(backend.m_secrets.size(), std::size_t(1));

    store.recall(QStringLiteral("https://desk:8443"), QStringLiteral("alice"));
    QVERIFY(recalled.wait());
    QCOMPARE(recalled.at(0).at(0).toString(), QStringLiteral("tok-1"));

    store.recall(QStringLiteral("https://desk:8443"), QStringLiteral("bob"));
    QVERIFY(recalled.wait());
    QCOMPARE(recalled.at(1).at(0).toString(), QString());

    QSignalSpy forgotten(&store, &SessionStore::forgetFinished);
    store.forget(QStringLiteral("https://desk:8443"), QStringLiteral("alice"));
    QVERIFY(forgotten.wait());
    QVERIFY(backend.m_secrets.empty());
}

void TestSessionStore::failingKeychainRemembersNothing()
{
    FakeSecretBackend backend(false);
    SessionStore store(&backend);
    QSignalSpy remembered(&store, &SessionStore::rememberFinished);
    store.remember(QStringLiteral("https://desk:8443"), QStringLiteral("alice"), QStringLiteral("tok-1"));
    QVERIFY(remembered.wait());
    QCOMPARE(remembered.at(0).at(0).toBool(), false);
    QVERIFY(remembered.at(0).at(1).toString().contains(QStringLiteral("not remembered")));
    QVERIFY(backend.m_secrets.empty());

    QSignalSpy recalled(&store, &SessionStore::recallFinished);
    store.recall(QStringLiteral("https://desk:8443"), QStringLiteral("alice"));
    QVERIFY(recalled.wait());
    QCOMPARE(recalled.at(0).at(0).toString(), QString());
}

void TestSessionStore::realKeychainWithoutServiceStoresNothing()
{
    // No session bus, no secret service: QtKeychain must fail, and must not fall back to a file.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    const QString home =
        QDir::temp().filePath(QStringLiteral("p2pdesk-keychain-test-%1").arg(QCoreApplication::applicationPid()));
    QDir(home).removeRecursively();
    QVERIFY(QDir().mkpath(home));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home + QStringLiteral("/config")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home + QStringLiteral("/data")));

    KeychainSecretBackend backend(QStringLiteral("p2pdesk-workstation-test"));
    SessionStore store(&backend);
    QSignalSpy remembered(&store, &SessionStore::rememberFinished);
    const QString token = QStringLiteral("plaintext-must-not-appear-%1").arg(QCoreApplication::applicationPid());
    store.remember(QStringLiteral("https://desk:8443"), QStringLiteral("alice"), token);
    QVERIFY(remembered.wait(30'000));
    QCOMPARE(remembered.at(0).at(0).toBool(), false);

    QSignalSpy recalled(&store, &SessionStore::recallFinished);
    store.recall(QStringLiteral("https://desk:8443"), QStringLiteral("alice"));
    QVERIFY(recalled.wait(30'000));
    QCOMPARE(recalled.at(0).at(0).toString(), QString());

    // Nothing anywhere under the (redirected) config and data homes holds the token.
    QDirIterator files(home, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(token.toUtf8()), qPrintable(file.fileName()));
    }
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(token), qPrintable(key));
    QDir(home).removeRecursively();
}

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_SessionStore.moc"
