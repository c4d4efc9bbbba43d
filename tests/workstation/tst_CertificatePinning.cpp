#include "FakeSyncd.h"
#include "ScriptedTrustPrompt.h"
#include "TestCertificate.h"
#include "core/ApiClient.h"
#include "core/ApiReply.h"
#include "core/CertificatePinStore.h"
#include "core/PinnedNetworkAccess.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace p2pdesk::workstation;
using namespace p2pdesk::workstation::test;

class TestCertificatePinning : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fingerprintFormat();
    void pinStoreKeepsOnePinPerEndpoint();
    void firstUsePromptsAndPins();
    void sameCertificateAcceptedSilently();
    void changedCertificateRefused();
    void refusingThePromptPinsNothing();
    void forgetPinAsksAgain();

private:
    // Sends GET /api/v1/me and waits; returns the finished reply's error (nullopt on success).
    std::optional<ApiError> call();

    QTemporaryDir m_dir;
    std::optional<TestCertificate> m_first;
    std::optional<TestCertificate> m_second;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CertificatePinStore> m_pins;
    std::unique_ptr<ScriptedTrustPrompt> m_prompt;
    std::unique_ptr<PinnedNetworkAccess> m_network;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<FakeSyncd> m_server;
};

void TestCertificatePinning::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_first = TestCertificate::generate(m_dir, QStringLiteral("first"));
    m_second = TestCertificate::generate(m_dir, QStringLiteral("second"));
    QVERIFY(m_first && m_second);
    QVERIFY(m_first->certificate != m_second->certificate);
}

void TestCertificatePinning::init()
{
    m_settings = std::make_unique<QSettings>(
        m_dir.filePath(QStringLiteral("settings-%1.ini").arg(QLatin1String(QTest::currentTestFunction()))),
        QSettings::IniFormat);
    m_settings->clear();
    m_pins = std::make_unique<CertificatePinStore>(m_settings.get());
    m_prompt = std::make_unique<ScriptedTrustPrompt>(true);
    m_network = std::make_unique<PinnedNetworkAccess>(m_pins.get(), m_prompt.get());
    m_api = std::make_unique<ApiClient>(m_network.get());
    m_server = std::make_unique<FakeSyncd>();
    QVERIFY(m_server->listen(*m_first));
    m_server->routeJson("GET", QStringLiteral("/api/v1/me"), 200, QByteArrayLiteral("{}"));
    m_api->setServer(m_server->url());
}

void TestCertificatePinning::cleanup()
{
    m_api.reset();
    m_network.reset();
    m_server.reset();
}

std::optional<ApiError> TestCertificatePinning::call()
{
    ApiReply *reply = m_api->me();
    QSignalSpy finished(reply, &ApiReply::finished);
    std::optional<ApiError> error;
    connect(reply, &ApiReply::finished, this, [&error, reply] { error = reply->error(); });
    if (!finished.wait(10'000))
        return ApiError{0, QStringLiteral("test_timeout"), {}};
    return error;
}

void TestCertificatePinning::fingerprintFormat()
{
    const QByteArray digest = CertificatePinStore::fingerprint(m_first->certificate);
    QCOMPARE(digest.size(), 32);
    const QString text = CertificatePinStore::formatFingerprint(digest);
    QCOMPARE(text.size(), 95);
    QCOMPARE(text.count(u':'), 31);
    QCOMPARE(text, text.toUpper());
    QCOMPARE(QByteArray::fromHex(text.toLatin1()), digest);
}

void TestCertificatePinning::pinStoreKeepsOnePinPerEndpoint()
{
    const QByteArray a = CertificatePinStore::fingerprint(m_first->certificate);
    const QByteArray b = CertificatePinStore::fingerprint(m_second->certificate);
    m_pins->setPin(QStringLiteral("desk.example.org"), 8443, a);
    m_pins->setPin(QStringLiteral("desk.example.org"), 9443, b);
    QCOMPARE(m_pins->pin(QStringLiteral("DESK.example.org"), 8443), std::optional(a));
    QCOMPARE(m_pins->pin(QStringLiteral("desk.example.org"), 9443), std::optional(b));
    QVERIFY(!m_pins->pin(QStringLiteral("other.example.org"), 8443));
    m_pins->removePin(QStringLiteral("desk.example.org"), 8443);
    QVERIFY(!m_pins->pin(QStringLiteral("desk.example.org"), 8443));
    QVERIFY(m_pins->pin(QStringLiteral("desk.example.org"), 9443));
}

void TestCertificatePinning::firstUsePromptsAndPins()
{
    QVERIFY(!m_pins->pin(QStringLiteral("127.0.0.1"), m_server->port()));
    const auto error = call();
    QVERIFY2(!error, qPrintable(error ? error->code + u' ' + error->message : QString()));
    QCOMPARE(m_prompt->asked(), 1);
    QCOMPARE(m_prompt->last().host, QStringLiteral("127.0.0.1"));
    QCOMPARE(m_prompt->last().port, m_server->port());
    QCOMPARE(m_prompt->last().sha256, CertificatePinStore::fingerprint(m_first->certificate));
    QCOMPARE(m_pins->pin(QStringLiteral("127.0.0.1"), m_server->port()),
             std::optional(CertificatePinStore::fingerprint(m_first->certificate)));
    QCOMPARE(m_server->requestsTo(QStringLiteral("/api/v1/me")).size(), 1);
}

void TestCertificatePinning::sameCertificateAcceptedSilently()
{
    QVERIFY(!call());
    QCOMPARE(m_prompt->asked(), 1);
    // The fake server closes every connection, so each call is a fresh handshake against the pin.
    for (int i = 0; i < 3; ++i)
        QVERIFY(!call());
    QCOMPARE(m_prompt->asked(), 1);
    QVERIFY(m_server->handshakes() >= 4);
    QCOMPARE(m_server->requestsTo(QStringLiteral("/api/v1/me")).size(), 4);
}

void TestCertificatePinning::changedCertificateRefused()
{
    QVERIFY(!call());
    m_server->setCertificate(*m_second);
    const auto error = call();
    QVERIFY(error);
    QCOMPARE(error->code, ApiError::kTlsChanged);
    QVERIFY(error->plainText().contains(QStringLiteral("tls_certificate_changed")));
    QCOMPARE(m_prompt->asked(), 1); // a changed certificate is refused, never offered for trust
    QCOMPARE(m_pins->pin(QStringLiteral("127.0.0.1"), m_server->port()),
             std::optional(CertificatePinStore::fingerprint(m_first->certificate)));
    QCOMPARE(m_server->requestsTo(QStringLiteral("/api/v1/me")).size(), 1); // nothing sent to the impostor
}

void TestCertificatePinning::refusingThePromptPinsNothing()
{
    m_prompt->setAnswer(false);
    const auto error = call();
    QVERIFY(error);
    QCOMPARE(error->code, ApiError::kTlsRefused);
    QCOMPARE(m_prompt->asked(), 1);
    QVERIFY(!m_pins->pin(QStringLiteral("127.0.0.1"), m_server->port()));
    QVERIFY(m_server->requestsTo(QStringLiteral("/api/v1/me")).isEmpty());
    // Asked again next time, since nothing was decided.
    QVERIFY(call());
    QCOMPARE(m_prompt->asked(), 2);
}

void TestCertificatePinning::forgetPinAsksAgain()
{
    QVERIFY(!call());
    m_server->setCertificate(*m_second);
    QCOMPARE(call()->code, ApiError::kTlsChanged);
    // The admin confirmed the new certificate out of band: forget the old pin, trust the new one.
    m_network->forgetPin(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY(!call());
    QCOMPARE(m_prompt->asked(), 2);
    QCOMPARE(m_pins->pin(QStringLiteral("127.0.0.1"), m_server->port()),
             std::optional(CertificatePinStore::fingerprint(m_second->certificate)));
}

QTEST_GUILESS_MAIN(TestCertificatePinning)
#include "tst_CertificatePinning.moc"
