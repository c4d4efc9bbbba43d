#include "security/Encoding.h"
#include "security/Totp.h"

#include <QObject>
#include <QTest>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

using namespace p2pdesk::syncd::security;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

// The RFC 6238 appendix B SHA1 seed.
constexpr std::string_view kRfcSecret = "12345678901234567890";

std::chrono::sys_seconds at(qint64 unixSeconds)
{
    return std::chrono::sys_seconds{std::chrono::seconds{unixSeconds}};
}

} // namespace

class TestTotp final : public QObject {
    Q_OBJECT

private slots:
    void concurrentFirstUse(); // first, so that it really is liboath's first use in this process
    void rfc6238Vectors_data();
    void rfc6238Vectors();
    void windowIsOneStepEitherSide_data();
    void windowIsOneStepEitherSide();
    void replayIsRefused();
    void olderCodeAfterNewerIsRefused();
    void malformedCodesAreRefused_data();
    void malformedCodesAreRefused();
    void wrongSecretIsRefused();
    void generatedSecretsAreRandom();
    void provisioningUri();
    void provisioningUriEncodesLabel();
    void provisioningUriNeedsUsernameAndSecret();
};

// RFC 6238 appendix B, SHA1 rows; six digits are the low six of the eight-digit values.
void TestTotp::rfc6238Vectors_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("step");
    QTest::newRow("59") << qint64(59) << u"287082"_s << qint64(1);
    QTest::newRow("1111111109") << qint64(1111111109) << u"081804"_s << qint64(0x23523EC);
    QTest::newRow("1111111111") << qint64(1111111111) << u"050471"_s << qint64(0x23523ED);
    QTest::newRow("1234567890") << qint64(1234567890) << u"005924"_s << qint64(0x273EF07);
    QTest::newRow("2000000000") << qint64(2000000000) << u"279037"_s << qint64(0x3F940AA);
    QTest::newRow("20000000000") << qint64(20000000000) << u"353130"_s << qint64(0x27BC86AA);
}

void TestTotp::rfc6238Vectors()
{
    QFETCH(qint64, time);
    QFETCH(QString, code);
    QFETCH(qint64, step);
    const ByteView secret = asBytes(kRfcSecret);
    QCOMPARE(totpStep(at(time)), step);
    QCOMPARE(QString::fromStdString(totpCodeAt(secret, at(time))), code);
    const auto matched = matchTotp(secret, code.toStdString(), at(time));
    QVERIFY(matched);
    QCOMPARE(*matched, step);
    QCOMPARE(acceptTotp(secret, code.toStdString(), at(time), std::nullopt), std::optional<std::int64_t>(step));
}

void TestTotp::windowIsOneStepEitherSide_data()
{
    QTest::addColumn<int>("offsetSeconds");
    QTest::addColumn<bool>("accepted");
    // "now" is the first second of step 50000000; the code is the one for step 50000000.
    QTest::newRow("same step, start") << 0 << true;
    QTest::newRow("same step, end") << 29 << true;
    QTest::newRow("one step late, last second") << 59 << true;
    QTest::newRow("two steps late") << 60 << false;
    QTest::newRow("one step early, first second") << -30 << true;
    QTest::newRow("two steps early, last second") << -31 << false;
}

void TestTotp::windowIsOneStepEitherSide()
{
    QFETCH(int, offsetSeconds);
    QFETCH(bool, accepted);
    const SecretBytes secret = generateTotpSecret();
    const std::int64_t step = 50000000;
    const auto stepStart = at(step * 30);
    const std::string code = totpCodeAt(secret, stepStart);
    const auto matched = matchTotp(secret, code, stepStart + std::chrono::seconds{offsetSeconds});
    QCOMPARE(matched.has_value(), accepted);
    if (accepted)
        QCOMPARE(*matched, step);
}

void TestTotp::replayIsRefused()
{
    const SecretBytes secret = generateTotpSecret();
    const auto now = at(1700000000);
    const std::string code = totpCodeAt(secret, now);
    const auto first = acceptTotp(secret, code, now, std::nullopt);
    QVERIFY(first);
    QCOMPARE(*first, totpStep(now));
    // The same code again, at once and while it is still inside the window: refused.
    QVERIFY(!acceptTotp(secret, code, now, first));
    QVERIFY(!acceptTotp(secret, code, now + 40s, first));
    // The next step's code is still accepted.
    const std::string next = totpCodeAt(secret, now + 30s);
    QCOMPARE(acceptTotp(secret, next, now + 30s, first), std::optional<std::int64_t>(*first + 1));
}

void TestTotp::olderCodeAfterNewerIsRefused()
{
    const SecretBytes secret = generateTotpSecret();
    const auto now = at(1700000000);
    const std::int64_t step = totpStep(now);
    // A code from the step before is inside the window, but a newer step has already been used.
    const std::string previous = totpCodeAt(secret, now - 30s);
    QCOMPARE(matchTotp(secret, previous, now), std::optional<std::int64_t>(step - 1));
    QVERIFY(!acceptTotp(secret, previous, now, step));
    QVERIFY(!acceptTotp(secret, previous, now, step - 1));
    QCOMPARE(acceptTotp(secret, previous, now, step - 2), std::optional<std::int64_t>(step - 1));
}

void TestTotp::malformedCodesAreRefused_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("five digits") << QByteArray("28708");
    QTest::newRow("seven digits") << QByteArray("2870820");
    QTest::newRow("eight-digit RFC value") << QByteArray("94287082");
    QTest::newRow("letter") << QByteArray("28708a");
    QTest::newRow("leading space") << QByteArray(" 287082");
    QTest::newRow("sign") << QByteArray("+28708");
    QTest::newRow("trailing nul") << QByteArray("287082\0", 7);
}

void TestTotp::malformedCodesAreRefused()
{
    QFETCH(QByteArray, code);
    const std::string_view view(code.constData(), static_cast<std::size_t>(code.size()));
    QVERIFY(!matchTotp(asBytes(kRfcSecret), view, at(59)));
    QVERIFY(!acceptTotp(asBytes(kRfcSecret), view, at(59), std::nullopt));
}

void TestTotp::wrongSecretIsRefused()
{
    const SecretBytes secret = generateTotpSecret();
    const SecretBytes other = generateTotpSecret();
    const auto now = at(1700000000);
    int accepted = 0;
    // A single wrong-secret code matches with probability ~3e-6; many in a row would be a bug.
    for (int i = 0; i < 50; ++i) {
        const auto t = now + std::chrono::seconds{i * 90};
        if (matchTotp(other, totpCodeAt(secret, t), t))
            ++accepted;
    }
    QVERIFY(accepted <= 1);
    QVERIFY(!matchTotp(SecretBytes{}, totpCodeAt(secret, now), now));
}

void TestTotp::generatedSecretsAreRandom()
{
    const SecretBytes a = generateTotpSecret();
    const SecretBytes b = generateTotpSecret();
    QCOMPARE(a.size(), std::size_t(20));
    QCOMPARE(b.size(), std::size_t(20));
    QVERIFY(a != b);
}

void TestTotp::provisioningUri()
{
    QCOMPARE(QString::fromStdString(totpProvisioningUri("alice", asBytes(kRfcSecret))),
             u"otpauth://totp/p2pdesk:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
             u"&issuer=p2pdesk&algorithm=SHA1&digits=6&period=30"_s);
    // The secret in the URI is the one codes are checked against.
    const SecretBytes secret = generateTotpSecret();
    const std::string uri = totpProvisioningUri("bob", secret);
    const auto begin = uri.find("secret=") + 7;
    const auto decoded = base32Decode(std::string_view(uri).substr(begin, uri.find('&') - begin));
    QVERIFY(decoded);
    QVERIFY(*decoded == secret);
}

void TestTotp::provisioningUriEncodesLabel()
{
    const std::string uri = totpProvisioningUri("ops desk/ü:x?&=", asBytes(kRfcSecret));
    QVERIFY2(uri.starts_with("otpauth://totp/p2pdesk:ops%20desk%2F%C3%BC%3Ax%3F%26%3D?secret="), uri.c_str());
}

void TestTotp::provisioningUriNeedsUsernameAndSecret()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, totpProvisioningUri("", asBytes(kRfcSecret)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, totpProvisioningUri("alice", ByteView{}));
}

// liboath is initialised lazily; the first calls from several threads at once must all work.
void TestTotp::concurrentFirstUse()
{
    std::atomic<int> matches{0};
    std::vector<std::thread> threads;
    threads.reserve(8);
    for (int i = 0; i < 8; ++i) {
        threads.emplace_back([&matches] {
            for (int j = 0; j < 50; ++j) {
                if (matchTotp(asBytes(kRfcSecret), "287082", at(59)) == std::optional<std::int64_t>(1))
                    ++matches;
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    QCOMPARE(matches.load(), 400);
}

QTEST_APPLESS_MAIN(TestTotp)
#include "tst_totp.moc"
