#include "security/Encoding.h"
#include "security/SecureRandom.h"

#include <QObject>
#include <QTest>

#include <string>

using namespace p2pdesk::syncd::security;
using namespace Qt::StringLiterals;

namespace {

std::string text(const SecretBytes &bytes)
{
    return std::string(asText(bytes));
}

} // namespace

class TestEncoding final : public QObject {
    Q_OBJECT

private slots:
    void rfc4648Vectors_data();
    void rfc4648Vectors();
    void base64UrlUsesUrlAlphabet();
    void hexRoundTripAndCase();
    void decodersRejectInvalid_data();
    void decodersRejectInvalid();
    void base32AcceptsAppForms();
    void randomRoundTrip();
};

// RFC 4648 §10 test vectors, without padding.
void TestEncoding::rfc4648Vectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("base64url");
    QTest::addColumn<QByteArray>("base32");
    QTest::addColumn<QByteArray>("hex");
    QTest::newRow("empty") << QByteArray("") << QByteArray("") << QByteArray("") << QByteArray("");
    QTest::newRow("f") << QByteArray("f") << QByteArray("Zg") << QByteArray("MY") << QByteArray("66");
    QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8") << QByteArray("MZXQ") << QByteArray("666f");
    QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v") << QByteArray("MZXW6") << QByteArray("666f6f");
    QTest::newRow("foob") << QByteArray("foob") << QByteArray("Zm9vYg") << QByteArray("MZXW6YQ")
                          << QByteArray("666f6f62");
    QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("Zm9vYmE") << QByteArray("MZXW6YTB")
                           << QByteArray("666f6f6261");
    QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("Zm9vYmFy") << QByteArray("MZXW6YTBOI")
                            << QByteArray("666f6f626172");
}

void TestEncoding::rfc4648Vectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, base64url);
    QFETCH(QByteArray, base32);
    QFETCH(QByteArray, hex);
    const ByteView bytes = asBytes(std::string_view(input.constData(), static_cast<std::size_t>(input.size())));

    QCOMPARE(QByteArray::fromStdString(base64UrlEncode(bytes)), base64url);
    QCOMPARE(QByteArray::fromStdString(base32Encode(bytes)), base32);
    QCOMPARE(QByteArray::fromStdString(hexEncode(bytes)), hex);

    const auto fromBase64 = base64UrlDecode(base64url.toStdString());
    const auto fromBase32 = base32Decode(base32.toStdString());
    const auto fromHex = hexDecode(hex.toStdString());
    QVERIFY(fromBase64 && fromBase32 && fromHex);
    QCOMPARE(QByteArray::fromStdString(text(*fromBase64)), input);
    QCOMPARE(QByteArray::fromStdString(text(*fromBase32)), input);
    QCOMPARE(QByteArray::fromStdString(text(*fromHex)), input);
}

void TestEncoding::base64UrlUsesUrlAlphabet()
{
    const Bytes bytes{0xFB, 0xFF, 0xBF};
    QCOMPARE(QByteArray::fromStdString(base64UrlEncode(bytes)), QByteArray("-_-_"));
    const auto decoded = base64UrlDecode("-_-_");
    QVERIFY(decoded);
    QVERIFY(std::equal(decoded->begin(), decoded->end(), bytes.begin(), bytes.end()));
    QVERIFY(!base64UrlDecode("+/+/"));
}

void TestEncoding::hexRoundTripAndCase()
{
    const Bytes bytes{0x00, 0x7F, 0xAB, 0xFF};
    QCOMPARE(QByteArray::fromStdString(hexEncode(bytes)), QByteArray("007fabff"));
    const auto upper = hexDecode("007FABFF");
    QVERIFY(upper);
    QVERIFY(std::equal(upper->begin(), upper->end(), bytes.begin(), bytes.end()));
}

void TestEncoding::decodersRejectInvalid_data()
{
    QTest::addColumn<QString>("codec");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("hex odd length") << u"hex"_s << QByteArray("abc");
    QTest::newRow("hex non-digit") << u"hex"_s << QByteArray("zz");
    QTest::newRow("hex space") << u"hex"_s << QByteArray("ab cd");
    QTest::newRow("b64 impossible length") << u"b64"_s << QByteArray("Zm9vY");
    QTest::newRow("b64 padding") << u"b64"_s << QByteArray("Zg==");
    QTest::newRow("b64 standard alphabet") << u"b64"_s << QByteArray("ab+c");
    QTest::newRow("b64 non-canonical tail") << u"b64"_s << QByteArray("Zh");
    QTest::newRow("b32 impossible length") << u"b32"_s << QByteArray("MZX");
    QTest::newRow("b32 invalid char") << u"b32"_s << QByteArray("MZ1Q");
    QTest::newRow("b32 non-canonical tail") << u"b32"_s << QByteArray("MZ");
}

void TestEncoding::decodersRejectInvalid()
{
    QFETCH(QString, codec);
    QFETCH(QByteArray, text);
    const std::string input = text.toStdString();
    if (codec == u"hex"_s)
        QVERIFY(!hexDecode(input));
    else if (codec == u"b64"_s)
        QVERIFY(!base64UrlDecode(input));
    else
        QVERIFY(!base32Decode(input));
}

void TestEncoding::base32AcceptsAppForms()
{
    const auto lower = base32Decode("mzxw6ytboi");
    const auto padded = base32Decode("MZXW6YTBOI======");
    QVERIFY(lower && padded);
    QCOMPARE(text(*lower), std::string("foobar"));
    QCOMPARE(text(*padded), std::string("foobar"));
}

void TestEncoding::randomRoundTrip()
{
    for (std::size_t size = 0; size <= 40; ++size) {
        const SecretBytes bytes = randomBytes(size);
        const auto viaBase64 = base64UrlDecode(base64UrlEncode(bytes));
        const auto viaBase32 = base32Decode(base32Encode(bytes));
        const auto viaHex = hexDecode(hexEncode(bytes));
        QVERIFY(viaBase64 && viaBase32 && viaHex);
        QVERIFY(*viaBase64 == bytes);
        QVERIFY(*viaBase32 == bytes);
        QVERIFY(*viaHex == bytes);
    }
}

QTEST_APPLESS_MAIN(TestEncoding)
#include "tst_encoding.moc"
