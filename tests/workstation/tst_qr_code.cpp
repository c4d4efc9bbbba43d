#include "platform/QrCode.h"

#include <QTest>
#include <qrencode.h>

#include <memory>

using namespace p2pdesk::workstation;

namespace {

struct QrDeleter {
    void operator()(QRcode *code) const { QRcode_free(code); }
};

QByteArray payloadOfLength(int length)
{
    QByteArray payload;
    for (int i = 0; i < length; ++i)
        payload.append(static_cast<char>('a' + i % 26));
    return payload;
}

} // namespace

class TestQrCode : public QObject {
    Q_OBJECT

private slots:
    void matchesLibqrencode_data();
    void matchesLibqrencode();
    void imageHasModulesAndQuietZone_data();
    void imageHasModulesAndQuietZone();
    void longerPayloadNeedsALargerSymbol();
    void refusesWhatCannotBeEncoded();
};

void TestQrCode::matchesLibqrencode_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("level");
    QTest::newRow("otpauth")
        << QByteArray("otpauth://totp/p2pdesk:alice?secret=JBSWY3DPEHPK3PXP&issuer=p2pdesk&algorithm=SHA1&digits=6"
                      "&period=30")
        << static_cast<int>(QrCode::ErrorCorrection::Medium);
    QTest::newRow("short, low") << QByteArray("hello") << static_cast<int>(QrCode::ErrorCorrection::Low);
    QTest::newRow("utf-8, high") << QString::fromUtf8("оператор Иван").toUtf8()
                                 << static_cast<int>(QrCode::ErrorCorrection::High);
    QTest::newRow("300 bytes, quartile") << payloadOfLength(300) << static_cast<int>(QrCode::ErrorCorrection::Quartile);
}

void TestQrCode::matchesLibqrencode()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, level);
    const auto ours = QrCode::encode(payload, static_cast<QrCode::ErrorCorrection>(level));
    QVERIFY(ours);
    const QRecLevel levels[] = {QR_ECLEVEL_L, QR_ECLEVEL_M, QR_ECLEVEL_Q, QR_ECLEVEL_H};
    std::unique_ptr<QRcode, QrDeleter> direct(QRcode_encodeString(payload.constData(), 0, levels[level], QR_MODE_8, 1));
    QVERIFY(direct);
    QCOMPARE(ours->version(), direct->version);
    QCOMPARE(ours->size(), direct->width);
    // The standard's size rule: 17 + 4 × version modules per side.
    QCOMPARE(ours->size(), 17 + 4 * ours->version());
    int dark = 0;
    for (int y = 0; y < direct->width; ++y) {
        for (int x = 0; x < direct->width; ++x) {
            const bool expected = (direct->data[y * direct->width + x] & 1) != 0;
            QCOMPARE(ours->isDark(x, y), expected);
            dark += expected ? 1 : 0;
        }
    }
    QVERIFY(dark > 0);
    // The three finder patterns: their outer corners are dark, and the module just inside the
    // separator is light.
    const int last = ours->size() - 1;
    QVERIFY(ours->isDark(0, 0));
    QVERIFY(ours->isDark(last, 0));
    QVERIFY(ours->isDark(0, last));
    QVERIFY(!ours->isDark(7, 7));
    QVERIFY(!ours->isDark(-1, 0));
    QVERIFY(!ours->isDark(0, ours->size()));
}

void TestQrCode::imageHasModulesAndQuietZone_data()
{
    QTest::addColumn<int>("moduleSize");
    QTest::addColumn<int>("quietZone");
    QTest::newRow("1 px, standard zone") << 1 << QrCode::kQuietZone;
    QTest::newRow("5 px, standard zone") << 5 << QrCode::kQuietZone;
    QTest::newRow("3 px, no zone") << 3 << 0;
}

void TestQrCode::imageHasModulesAndQuietZone()
{
    QFETCH(int, moduleSize);
    QFETCH(int, quietZone);
    const auto qr = QrCode::encode(QByteArrayLiteral("otpauth://totp/p2pdesk:bob?secret=ABCDEFGHIJKLMNOP"));
    QVERIFY(qr);
    const QImage image = qr->toImage(moduleSize, quietZone);
    const int side = (qr->size() + 2 * quietZone) * moduleSize;
    QCOMPARE(image.size(), QSize(side, side));
    const QRgb black = QColor(Qt::black).rgb();
    const QRgb white = QColor(Qt::white).rgb();
    // Quiet zone: every pixel of the border band is light.
    for (int i = 0; i < side; ++i) {
        for (int band = 0; band < quietZone * moduleSize; ++band) {
            QCOMPARE(image.pixel(i, band), white);
            QCOMPARE(image.pixel(band, i), white);
            QCOMPARE(image.pixel(i, side - 1 - band), white);
            QCOMPARE(image.pixel(side - 1 - band, i), white);
        }
    }
    // Every module maps to a block of its colour.
    for (int y = 0; y < qr->size(); ++y) {
        for (int x = 0; x < qr->size(); ++x) {
            const int px = (x + quietZone) * moduleSize;
            const int py = (y + quietZone) * moduleSize;
            const QRgb expected = qr->isDark(x, y) ? black : white;
            QCOMPARE(image.pixel(px, py), expected);
            QCOMPARE(image.pixel(px + moduleSize - 1, py + moduleSize - 1), expected);
        }
    }
}

void TestQrCode::longerPayloadNeedsALargerSymbol()
{
    const auto small = QrCode::encode(payloadOfLength(10));
    const auto large = QrCode::encode(payloadOfLength(1000));
    QVERIFY(small && large);
    QVERIFY(large->version() > small->version());
    QVERIFY(large->size() > small->size());
}

void TestQrCode::refusesWhatCannotBeEncoded()
{
    QVERIFY(!QrCode::encode(QByteArray()));
    // Version 40-L holds at most 2953 bytes; 5000 do not fit.
    QVERIFY(!QrCode::encode(payloadOfLength(5000), QrCode::ErrorCorrection::Low));
    QVERIFY(!QrCode::encode(QByteArray("a\0b", 3)));
}

QTEST_APPLESS_MAIN(TestQrCode)
#include "tst_qr_code.moc"
