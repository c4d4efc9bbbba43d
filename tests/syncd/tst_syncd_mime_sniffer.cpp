// The proof file check on its own: crafted and real byte strings against MimeSniffer::inspect.
// The HTTPS behaviour (status codes, nothing stored) is in tst_syncd_proofs.

#include "storage/MimeSniffer.h"

#include "p2pdesk/test/CraftedImages.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace p2pdesk;
using namespace p2pdesk::test::images;
using Sniffer = syncd::storage::MimeSniffer;
using Verdict = Sniffer::Verdict;

Q_DECLARE_METATYPE(Verdict)

class TestMimeSniffer final : public QObject {
    Q_OBJECT

private slots:
    void verdicts_data();
    void verdicts();
    void realImagesReportTheirSize();
    void limitsAreInclusiveAndConfigurable();
    void everyTruncationOfARealJpegIsRefused();
    void everyTruncationOfARealPngIsRefused();
    void largeUploadIsInspectedQuickly();
};

namespace {

Sniffer::Result inspect(const QByteArray &bytes, domain::ImageLimits limits = domain::ImageLimits::defaults())
{
    return Sniffer::inspect(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), limits);
}

QByteArray withBadIhdrCrc()
{
    QByteArray png = realPng(8, 8);
    png[8 + 4 + 4 + 13] = static_cast<char>(png[8 + 4 + 4 + 13] ^ 0x01);
    return png;
}

QByteArray withFlippedIdatByte()
{
    QByteArray png = realPng(8, 8);
    const qsizetype idat = png.indexOf("IDAT");
    png[idat + 6] = static_cast<char>(png[idat + 6] ^ 0x40);
    return png;
}

} // namespace

void TestMimeSniffer::verdicts_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("mime");

    const QByteArray jpeg = realJpeg(40, 30);
    const QByteArray png = realPng(40, 30);

    QTest::newRow("real jpeg") << jpeg << Verdict::Accepted << "image/jpeg";
    QTest::newRow("jpeg, bytes after EOI") << jpeg + "motion photo trailer" << Verdict::Accepted << "image/jpeg";
    QTest::newRow("3-byte FF D8 FF") << QByteArray("\xFF\xD8\xFF", 3) << Verdict::Malformed << "image/jpeg";
    QTest::newRow("jpeg: SOI + JFIF only")
        << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11) << Verdict::Malformed << "image/jpeg";
    QTest::newRow("jpeg without EOI") << jpeg.left(jpeg.size() - 2) << Verdict::Malformed << "image/jpeg";
    QTest::newRow("jpeg cut in its scan") << jpeg.left(jpeg.size() / 2) << Verdict::Malformed << "image/jpeg";
    QTest::newRow("jpeg: SOI then EOI") << QByteArray("\xFF\xD8\xFF\xD9", 4) << Verdict::Malformed << "image/jpeg";
    QTest::newRow("jpeg: data instead of a marker")
        << QByteArray("\xFF\xD8\x00\x10JFIF", 8) << Verdict::Malformed << "image/jpeg";
    QTest::newRow("jpeg frame 20000 x 20000") << jpegClaiming(jpeg, 20000, 20000) << Verdict::TooLarge << "image/jpeg";
    QTest::newRow("jpeg frame 30000 x 10") << jpegClaiming(jpeg, 30000, 10) << Verdict::TooLarge << "image/jpeg";
    QTest::newRow("jpeg height deferred to DNL") << jpegClaiming(jpeg, 40, 0) << Verdict::Malformed << "image/jpeg";

    QTest::newRow("real png") << png << Verdict::Accepted << "image/png";
    QTest::newRow("png, bytes after IEND") << png + "trailer" << Verdict::Accepted << "image/png";
    QTest::newRow("png bomb 20000 x 20000") << pngBomb(20000) << Verdict::TooLarge << "image/png";
    QTest::newRow("png header 1 x 60000") << pngWithHeader(1, 60000) << Verdict::TooLarge << "image/png";
    QTest::newRow("png bad IHDR CRC") << withBadIhdrCrc() << Verdict::Malformed << "image/png";
    QTest::newRow("png bad IDAT CRC") << withFlippedIdatByte() << Verdict::Malformed << "image/png";
    QTest::newRow("png without IEND") << png.left(png.size() - 12) << Verdict::Malformed << "image/png";
    QTest::newRow("png signature only") << pngSignature() << Verdict::Malformed << "image/png";
    QTest::newRow("png, the old test fixture")
        << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR fake image body", 30) << Verdict::Malformed << "image/png";
    QTest::newRow("png zero width") << pngWithHeader(0, 10) << Verdict::Malformed << "image/png";
    QTest::newRow("png without IDAT") << pngSignature() + pngChunk("IHDR", pngIhdr(4, 4)) + pngChunk("IEND", {})
                                      << Verdict::Malformed << "image/png";
    QTest::newRow("png, IHDR not first") << pngSignature() + pngChunk("tEXt", "a") + pngChunk("IHDR", pngIhdr(4, 4))
                                         << Verdict::Malformed << "image/png";
    QTest::newRow("png invalid bit depth")
        << pngSignature() + pngChunk("IHDR", pngIhdr(4, 4, 3, 2)) + pngChunk("IDAT", "x") + pngChunk("IEND", {})
        << Verdict::Malformed << "image/png";

    QTest::newRow("webp lossless") << webpLossless(300, 200) << Verdict::Accepted << "image/webp";
    QTest::newRow("webp extended") << webpExtended(1080, 2400) << Verdict::Accepted << "image/webp";
    QTest::newRow("webp canvas 20000 x 20000") << webpExtended(20000, 20000) << Verdict::TooLarge << "image/webp";
    QTest::newRow("webp shorter than its RIFF size")
        << webpLossless(300, 200).chopped(3) << Verdict::Malformed << "image/webp";
    QTest::newRow("webp, the old test fixture")
        << QByteArray("RIFF\x24\0\0\0WEBPVP8 ", 16) << Verdict::Malformed << "image/webp";
    QTest::newRow("webp extended without a frame")
        << riffWebp(webpChunk("VP8X", QByteArray(10, '\0'))) << Verdict::Malformed << "image/webp";
    QTest::newRow("webp vp8 without start code")
        << riffWebp(webpChunk("VP8 ", QByteArray(10, '\0'))) << Verdict::Malformed << "image/webp";

    QTest::newRow("pdf") << smallPdf() << Verdict::Accepted << "application/pdf";
    QTest::newRow("pdf, CRLF and junk after %%EOF")
        << smallPdf().chopped(1) + QByteArray("\r\n\0\0", 4) << Verdict::Accepted << "application/pdf";
    QTest::newRow("pdf header only") << QByteArray("%PDF-1.7\n%fake\n") << Verdict::Malformed << "application/pdf";
    QTest::newRow("pdf cut before its trailer") << smallPdf().left(60) << Verdict::Malformed << "application/pdf";
    QTest::newRow("pdf without startxref") << QByteArray("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")
                                           << Verdict::Malformed << "application/pdf";
    QTest::newRow("pdf without version") << QByteArray("%PDF-\nstartxref\n0\n%%EOF") << Verdict::Malformed
                                         << "application/pdf";

    QTest::newRow("empty") << QByteArray() << Verdict::Unknown << "";
    QTest::newRow("gif") << QByteArray("GIF89a\x01\0\x01\0", 10) << Verdict::Unknown << "";
    QTest::newRow("exe") << QByteArray("MZ\x90\0\x03\0\0\0", 8) << Verdict::Unknown << "";
    QTest::newRow("riff wave") << QByteArray("RIFF\x24\0\0\0WAVEfmt ", 16) << Verdict::Unknown << "";
    QTest::newRow("html") << QByteArray("<html><script>") << Verdict::Unknown << "";
}

void TestMimeSniffer::verdicts()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Verdict, verdict);
    QFETCH(QString, mime);
    QVERIFY(!bytes.isNull() || verdict == Verdict::Unknown); // the fixture builders worked
    const auto result = inspect(bytes);
    QCOMPARE(result.verdict, verdict);
    QCOMPARE(QString::fromStdString(result.mime), mime);
    QCOMPARE(result.accepted(), verdict == Verdict::Accepted);
    // Every refusal says why; an acceptance says nothing.
    QCOMPARE(result.problem.empty(), verdict == Verdict::Accepted || verdict == Verdict::Unknown);
}

void TestMimeSniffer::realImagesReportTheirSize()
{
    const auto jpeg = inspect(realJpeg(123, 45));
    QVERIFY(jpeg.accepted());
    QCOMPARE(jpeg.width.value_or(0), 123U);
    QCOMPARE(jpeg.height.value_or(0), 45U);
    const auto png = inspect(realPng(7, 300));
    QVERIFY(png.accepted());
    QCOMPARE(png.width.value_or(0), 7U);
    QCOMPARE(png.height.value_or(0), 300U);
    const auto webp = inspect(webpExtended(1080, 2400));
    QCOMPARE(webp.width.value_or(0), 1080U);
    QCOMPARE(webp.height.value_or(0), 2400U);

    const auto bomb = inspect(pngBomb(20000));
    QCOMPARE(bomb.width.value_or(0), 20000U);
    QCOMPARE(bomb.height.value_or(0), 20000U);
    QVERIFY(QString::fromStdString(bomb.problem).contains(QStringLiteral("20000 x 20000")));
    // The bomb is small on disk: its size is no defence, only its header is.
    QVERIFY2(pngBomb(20000).size() < 400 * 1024, QByteArray::number(pngBomb(20000).size()).constData());
}

void TestMimeSniffer::limitsAreInclusiveAndConfigurable()
{
    const auto defaults = domain::ImageLimits::defaults();
    // Exactly at the pixel limit passes, one row more does not.
    QCOMPARE(inspect(pngWithHeader(10000, 5000)).verdict, Verdict::Accepted);
    QCOMPARE(inspect(pngWithHeader(10000, 5001)).verdict, Verdict::TooLarge);
    QCOMPARE(inspect(pngWithHeader(defaults.maxSide, 1)).verdict, Verdict::Accepted);
    QCOMPARE(inspect(pngWithHeader(defaults.maxSide + 1, 1)).verdict, Verdict::TooLarge);
    // What the desk is expected to receive passes.
    QCOMPARE(inspect(pngWithHeader(1440, 16000)).verdict, Verdict::Accepted); // scrolling screenshot
    QCOMPARE(inspect(pngWithHeader(4960, 7016)).verdict, Verdict::Accepted);  // A4 at 600 dpi
    QCOMPARE(inspect(pngWithHeader(8160, 6120)).verdict, Verdict::Accepted);  // 50 MP phone photo

    const QByteArray jpeg = realJpeg(64, 48);
    QCOMPARE(inspect(jpeg, {64, 64 * 48}).verdict, Verdict::Accepted);
    QCOMPARE(inspect(jpeg, {63, 1'000'000}).verdict, Verdict::TooLarge);
    QCOMPARE(inspect(jpeg, {100, 64 * 48 - 1}).verdict, Verdict::TooLarge);
    // PDFs have no pixels to limit.
    QCOMPARE(inspect(smallPdf(), {1, 1}).verdict, Verdict::Accepted);
}

void TestMimeSniffer::everyTruncationOfARealJpegIsRefused()
{
    const QByteArray jpeg = realJpeg(48, 32);
    QVERIFY(inspect(jpeg).accepted());
    for (qsizetype length = 2; length < jpeg.size(); ++length) {
        const auto result = inspect(jpeg.left(length));
        QVERIFY2(result.verdict == Verdict::Malformed, QByteArray::number(length).constData());
    }
}

void TestMimeSniffer::everyTruncationOfARealPngIsRefused()
{
    const QByteArray png = realPng(48, 32);
    QVERIFY(inspect(png).accepted());
    for (qsizetype length = 8; length < png.size(); ++length) {
        const auto result = inspect(png.left(length));
        QVERIFY2(result.verdict == Verdict::Malformed, QByteArray::number(length).constData());
    }
}

void TestMimeSniffer::largeUploadIsInspectedQuickly()
{
    // The largest upload (20 MiB) is walked and CRC-checked in one pass; measured, not asserted
    // against a tight bound (the machine is shared), but a quadratic walk would blow this one.
    QByteArray png = realPng(64, 64);
    const QByteArray iend = png.right(12);
    png.chop(12);
    png += pngChunk("zTXt", QByteArray(20 * 1024 * 1024 - png.size() - 12 - 12, 'z')) + iend;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(inspect(png).accepted());
    qInfo("20 MiB PNG inspected in %lld ms", static_cast<long long>(timer.elapsed()));
    QVERIFY(timer.elapsed() < 10'000);
}

QTEST_GUILESS_MAIN(TestMimeSniffer)
#include "tst_syncd_mime_sniffer.moc"
