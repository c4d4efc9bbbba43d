#include "security/SecureMemory.h"
#include "security/SessionToken.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QObject>
#include <QTest>

#include <set>
#include <string>

using namespace p2pdesk::syncd::security;

class TestSessionToken final : public QObject {
    Q_OBJECT

private slots:
    void issuedTokenShape();
    void tokensAreUnique();
    void hashIsSha256OfToken();
    void wellFormedness_data();
    void wellFormedness();
    void tokenMatchesHash();
    void constantTimeEquals();
};

void TestSessionToken::issuedTokenShape()
{
    const IssuedSessionToken issued = issueSessionToken();
    QCOMPARE(issued.token.size(), kSessionTokenLength);
    QVERIFY(isWellFormedSessionToken(issued.token));
    QCOMPARE(issued.hash.size(), std::size_t(64));
    QCOMPARE(issued.hash, hashToken(issued.token));
    QVERIFY(issued.hash != issued.token);
}

void TestSessionToken::tokensAreUnique()
{
    std::set<std::string> seen;
    for (int i = 0; i < 1000; ++i)
        seen.insert(issueSessionToken().token);
    QCOMPARE(seen.size(), std::size_t(1000));
}

void TestSessionToken::hashIsSha256OfToken()
{
    const std::string token = issueSessionToken().token;
    const QByteArray expected =
        QCryptographicHash::hash(QByteArray::fromStdString(token), QCryptographicHash::Sha256).toHex();
    QCOMPARE(QByteArray::fromStdString(hashToken(token)), expected);
    // FIPS 180-2 example: SHA-256("abc").
    QCOMPARE(hashToken("abc"), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestSessionToken::wellFormedness_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<bool>("wellFormed");
    const QByteArray good = QByteArray::fromStdString(issueSessionToken().token);
    QTest::newRow("issued") << good << true;
    QTest::newRow("all A") << QByteArray(43, 'A') << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("one short") << good.left(42) << false;
    QTest::newRow("one long") << good + 'A' << false;
    QTest::newRow("padded") << good.left(42) + '=' << false;
    QTest::newRow("standard base64 char") << QByteArray(42, 'A') + '+' << false;
    QTest::newRow("space") << QByteArray(42, 'A') + ' ' << false;
    // 43 characters carry 258 bits; the last two must be zero ('B' sets one of them).
    QTest::newRow("non-canonical tail") << QByteArray(42, 'A') + 'B' << false;
}

void TestSessionToken::wellFormedness()
{
    QFETCH(QByteArray, token);
    QFETCH(bool, wellFormed);
    QCOMPARE(isWellFormedSessionToken(token.toStdString()), wellFormed);
}

void TestSessionToken::tokenMatchesHash()
{
    const IssuedSessionToken issued = issueSessionToken();
    const IssuedSessionToken other = issueSessionToken();
    QVERIFY(p2pdesk::syncd::security::tokenMatchesHash(issued.token, issued.hash));
    QVERIFY(!p2pdesk::syncd::security::tokenMatchesHash(other.token, issued.hash));
    QVERIFY(!p2pdesk::syncd::security::tokenMatchesHash(issued.token, issued.hash.substr(0, 63)));
    QVERIFY(!p2pdesk::syncd::security::tokenMatchesHash(issued.token, ""));
}

void TestSessionToken::constantTimeEquals()
{
    using p2pdesk::syncd::security::constantTimeEquals;
    QVERIFY(constantTimeEquals(std::string_view("abc"), std::string_view("abc")));
    QVERIFY(constantTimeEquals(std::string_view(), std::string_view()));
    QVERIFY(!constantTimeEquals(std::string_view("abc"), std::string_view("abd")));
    QVERIFY(!constantTimeEquals(std::string_view("abc"), std::string_view("abcd")));
    QVERIFY(!constantTimeEquals(std::string_view("xbc"), std::string_view("abc")));
    const Bytes a{1, 2, 3};
    const Bytes b{1, 2, 4};
    QVERIFY(constantTimeEquals(ByteView(a), ByteView(a)));
    QVERIFY(!constantTimeEquals(ByteView(a), ByteView(b)));
}

QTEST_APPLESS_MAIN(TestSessionToken)
#include "tst_sessiontoken.moc"
