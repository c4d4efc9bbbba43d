#include "security/KeyedHash.h"
#include "security/SecureRandom.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QObject>
#include <QTest>

#include <string>

using namespace p2pdesk::syncd::security;

namespace {

QByteArray toQByteArray(const SecretBytes &bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

} // namespace

class TestKeyedHash final : public QObject {
    Q_OBJECT

private slots:
    void matchesIndependentHmac();
    void normaliseRequisites_data();
    void normaliseRequisites();
    void sameAccountSameHash_data();
    void sameAccountSameHash();
    void differentValuesDiffer();
    void keyAndPurposeSeparateHashes();
    void refusesShortKey();
};

// Qt's HMAC is an implementation independent of OpenSSL's: both must agree on
// HMAC-SHA-256(key, purpose || 0x00 || message).
void TestKeyedHash::matchesIndependentHmac()
{
    const SecretBytes key = randomBytes(32);
    const KeyedHash hash(key);
    const QByteArray expected = QMessageAuthenticationCode::hash(QByteArray("purpose") + '\0' + "message",
                                                                 toQByteArray(key), QCryptographicHash::Sha256)
                                    .toHex();
    QCOMPARE(QByteArray::fromStdString(hash.hexDigest("purpose", "message")), expected);
    QCOMPARE(toQByteArray(hash.digest("purpose", asBytes("message"))).toHex(), expected);

    const QByteArray requisites =
        QMessageAuthenticationCode::hash(QByteArray("payout-requisites") + '\0' + "4276123456789012", toQByteArray(key),
                                         QCryptographicHash::Sha256)
            .toHex();
    QCOMPARE(QByteArray::fromStdString(hash.requisitesLookupHash("4276 1234-5678 9012")), requisites);
}

void TestKeyedHash::normaliseRequisites_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("card with spaces") << QByteArray("4276 1234 5678 9012") << QByteArray("4276123456789012");
    QTest::newRow("card with dashes") << QByteArray("4276-1234-5678-9012") << QByteArray("4276123456789012");
    QTest::newRow("tabs and newline") << QByteArray("\t4276 1234\n5678 9012\r\n") << QByteArray("4276123456789012");
    QTest::newRow("no-break spaces") << QByteArray("4276\xC2\xA0"
                                                   "1234\xE2\x80\xAF"
                                                   "5678\xE2\x80\x87"
                                                   "9012")
                                     << QByteArray("4276123456789012");
    QTest::newRow("phone") << QByteArray("+7 (912) 345-67-89") << QByteArray("+79123456789");
    QTest::newRow("iban lower case") << QByteArray("de89 3704 0044 0532 0130 00")
                                     << QByteArray("DE89370400440532013000");
    QTest::newRow("account with dots") << QByteArray("408.178.100.999.100.043.12")
                                       << QByteArray("40817810099910004312");
    QTest::newRow("non-ascii kept") << QByteArray("Иван И.") << QByteArray("ИванИ");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestKeyedHash::normaliseRequisites()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(QByteArray::fromStdString(KeyedHash::normaliseRequisites(input.toStdString())), expected);
}

void TestKeyedHash::sameAccountSameHash_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::newRow("card") << QByteArray("4276 1234 5678 9012") << QByteArray("4276-1234-5678-9012");
    QTest::newRow("phone") << QByteArray("+7 (912) 345-67-89") << QByteArray("+79123456789");
    QTest::newRow("iban") << QByteArray("DE89 3704 0044 0532 0130 00") << QByteArray("de89370400440532013000");
}

void TestKeyedHash::sameAccountSameHash()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    const KeyedHash hash(randomBytes(32));
    const std::string ha = hash.requisitesLookupHash(a.toStdString());
    QCOMPARE(ha.size(), std::size_t(64));
    QCOMPARE(ha, hash.requisitesLookupHash(b.toStdString()));
}

void TestKeyedHash::differentValuesDiffer()
{
    const KeyedHash hash(randomBytes(32));
    QVERIFY(hash.requisitesLookupHash("4276 1234 5678 9012") != hash.requisitesLookupHash("4276 1234 5678 9013"));
    QVERIFY(hash.requisitesLookupHash("+79123456789") != hash.requisitesLookupHash("89123456789"));
}

void TestKeyedHash::keyAndPurposeSeparateHashes()
{
    const KeyedHash first(randomBytes(32));
    const KeyedHash second(randomBytes(32));
    QVERIFY(first.requisitesLookupHash("4276123456789012") != second.requisitesLookupHash("4276123456789012"));
    QVERIFY(first.hexDigest("payout-requisites", "4276123456789012") == first.requisitesLookupHash("4276123456789012"));
    QVERIFY(first.hexDigest("session-token", "4276123456789012") != first.requisitesLookupHash("4276123456789012"));
    // The separator keeps purpose and message apart: ("ab", "c") is not ("a", "bc").
    QVERIFY(first.hexDigest("ab", "c") != first.hexDigest("a", "bc"));
    // And without the key, the hash is not a plain SHA-256 that a dictionary could reverse.
    QVERIFY(QByteArray::fromStdString(first.hexDigest("", "4276123456789012")) !=
            QCryptographicHash::hash("4276123456789012", QCryptographicHash::Sha256).toHex());
}

void TestKeyedHash::refusesShortKey()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, KeyedHash{randomBytes(16)});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, KeyedHash{SecretBytes{}});
    const KeyedHash longKey(randomBytes(64));
    QCOMPARE(longKey.hexDigest("p", "m").size(), std::size_t(64));
}

QTEST_APPLESS_MAIN(TestKeyedHash)
#include "tst_keyedhash.moc"
