#include "FakeSyncd.h"
#include "Screenshot.h"
#include "ScriptedTrustPrompt.h"
#include "TestCertificate.h"
#include "app/LanguageSettings.h"
#include "core/ApiClient.h"
#include "core/CertificatePinStore.h"
#include "core/PinnedNetworkAccess.h"
#include "core/ProofService.h"
#include "models/AnnotationModel.h"
#include "ui/actions/ReasonDialog.h"
#include "ui/proofs/ProofImageView.h"
#include "ui/proofs/ProofViewer.h"

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/test/CraftedImages.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QWheelEvent>

#include <cmath>
#include <memory>

using namespace p2pdesk;
using namespace p2pdesk::workstation;
using namespace p2pdesk::workstation::test;

namespace {

constexpr std::int64_t kProofId = 5;
const QString kFilePath = QStringLiteral("/api/v1/proofs/5/file");
const QString kAnnotationsPath = QStringLiteral("/api/v1/proofs/5/annotations");
const QString kHintPath = QStringLiteral("/api/v1/proofs/6/chain-hint");
const QString kScreeningsPath = QStringLiteral("/api/v1/proofs/6/screenings");
const QString kSender = QStringLiteral("TNaRAoLUyYEV2uF7GUrzSjRQTU8v5ZJ5VR");
const QString kOtherSender = QStringLiteral("TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7");

// A found hint (the golden's shape) whose transaction came from kSender and kOtherSender.
const QByteArray kHintWithSenders = R"({"proof_id":6,"state":"found","network":"TRON",
    "txid":"a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90",
    "checked_at":"2026-12-07T18:40:05Z","expected_address":"TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf",
    "expected_amount":"150.000000","explorer":"Tronscan apilist.tronscanapi.com","succeeded":true,
    "confirmations":42,"block_time":"2026-12-07T18:31:12Z","received":"150.000000",
    "address_matches":true,"amount_matches":true,"other_transfers":0,
    "senders":["TNaRAoLUyYEV2uF7GUrzSjRQTU8v5ZJ5VR","TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7"]})";

QJsonObject screeningJson(qint64 id, const QString &address, int score, const QString &provider, bool senderChecked,
                          const QString &by, const QString &reason)
{
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("address"), address},
        {QStringLiteral("score"), score},
        {QStringLiteral("source"), provider.isEmpty() ? QStringLiteral("manual") : QStringLiteral("provider")},
        {QStringLiteral("labels"), QJsonArray{}},
        {QStringLiteral("sender_checked"), senderChecked},
        {QStringLiteral("screened_by"), QJsonObject{{QStringLiteral("id"), 3}, {QStringLiteral("username"), by}}},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("screened_at"), QStringLiteral("2026-12-08T01:42:%1Z").arg(id % 60, 2, 10, QLatin1Char('0'))}};
    if (!provider.isEmpty())
        json.insert(QStringLiteral("provider"), provider);
    return json;
}

QByteArray screeningListJson(const QString &provider, const QJsonArray &items)
{
    QJsonObject json{{QStringLiteral("proof_id"), 6},
                     {QStringLiteral("network"), QStringLiteral("TRON")},
                     {QStringLiteral("hold_above"), 70},
                     {QStringLiteral("items"), items}};
    if (!provider.isEmpty())
        json.insert(QStringLiteral("provider"), provider);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QByteArray pngBytes(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, qRgb(x % 256, y % 256, 128));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QJsonObject annotationJson(qint64 id, const QJsonObject &request, const QString &author)
{
    QJsonObject json = request;
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("proof_id"), static_cast<qint64>(kProofId));
    json.insert(QStringLiteral("author"), QJsonObject{{QStringLiteral("id"), 3}, {QStringLiteral("username"), author}});
    json.insert(QStringLiteral("at"), QStringLiteral("2024-05-01T12:00:%1Z").arg(id % 60, 2, 10, QLatin1Char('0')));
    if (!json.contains(QStringLiteral("note")))
        json.insert(QStringLiteral("note"), QString());
    return json;
}

} // namespace

class TestProofViewer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void zoomWithWheelAndKeys();
    void wheelZoomKeepsThePointUnderTheCursor();
    void fitAndActualSize();
    void rotateKeepsFitting();
    void panByDragAndArrows();
    void drawHighlightSavesNormalisedAnnotation_data();
    void drawHighlightSavesNormalisedAnnotation();
    void keyboardHighlight();
    void savedAnnotationsAreShown();
    void digestMismatchWarns();
    void digestMatchIsConfirmed();
    void txidCopyAndExplorerLink();
    void chainHintInWords();
    void chainHintStates_data();
    void chainHintStates();
    void chainHintListsTheSenders();
    void senderScreeningInWords();
    void unscreenedSenderWithoutProvider();
    void noScreeningSectionOutsideSells();
    void screenSenderPostsAndReloads_data();
    void screenSenderPostsAndReloads();
    void screeningFailuresInWords_data();
    void screeningFailuresInWords();
    void pdfOpensExternallyFromATemporaryCopy();
    void imageBombIsNotDecoded_data();
    void imageBombIsNotDecoded();
    void a4ScanAt600DpiIsShown();
    void imageGetsTheRoomAndEveryToolIsVisible_data();
    void imageGetsTheRoomAndEveryToolIsVisible();

private:
    void openImageProof(const QByteArray &bytes, const QString &serverSha);
    ProofImageView *view() const { return m_viewer->imageView(); }
    template<typename T> T *find(const char *name) const
    {
        auto *widget = m_viewer->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    void wheel(const QPoint &pos, int delta);
    void openTxidProof();

    QTemporaryDir m_dir;
    std::optional<TestCertificate> m_certificate;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CertificatePinStore> m_pins;
    ScriptedTrustPrompt m_prompt{true};
    std::unique_ptr<PinnedNetworkAccess> m_network;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<FakeSyncd> m_server;
    std::unique_ptr<ProofService> m_service;
    std::unique_ptr<ProofViewer> m_viewer;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<QUrl> m_opened;
    QJsonArray m_storedAnnotations;
};

void TestProofViewer::initTestCase()
{
    m_certificate = TestCertificate::generate(m_dir, QStringLiteral("proofs"));
    QVERIFY(m_certificate);
}

void TestProofViewer::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("proofs.ini")), QSettings::IniFormat);
    m_pins = std::make_unique<CertificatePinStore>(m_settings.get());
    m_network = std::make_unique<PinnedNetworkAccess>(m_pins.get(), &m_prompt);
    m_api = std::make_unique<ApiClient>(m_network.get());
    m_server = std::make_unique<FakeSyncd>();
    QVERIFY(m_server->listen(*m_certificate));
    m_api->setServer(m_server->url());
    m_api->setToken(QStringLiteral("token"));
    m_storedAnnotations = {};
    m_server->route("GET", kAnnotationsPath, [this](const FakeSyncd::Request &, const FakeSyncd::Responder &responder) {
        responder.respond(
            200,
            QJsonDocument(QJsonObject{{QStringLiteral("items"), m_storedAnnotations}}).toJson(QJsonDocument::Compact));
    });
    m_server->route(
        "POST", kAnnotationsPath, [this](const FakeSyncd::Request &request, const FakeSyncd::Responder &responder) {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            const QJsonObject created = annotationJson(100 + m_storedAnnotations.size(), body, QStringLiteral("alice"));
            m_storedAnnotations.append(created);
            responder.respond(201, QJsonDocument(created).toJson(QJsonDocument::Compact));
        });
    m_service = std::make_unique<ProofService>(m_api.get());
    m_viewer = std::make_unique<ProofViewer>(m_service.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_viewer->annotations(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_opened.clear();
    m_viewer->setUrlOpener([this](const QUrl &url) {
        m_opened << url;
        return true;
    });
    m_viewer->resize(1000, 700);
    m_viewer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_viewer.get()));
}

void TestProofViewer::cleanup()
{
    m_tester.reset();
    m_viewer.reset();
    m_service.reset();
    m_server.reset();
    m_api.reset();
    m_network.reset();
}

void TestProofViewer::openImageProof(const QByteArray &bytes, const QString &serverSha)
{
    m_server->routeJson("GET", kFilePath, 200, bytes);
    proto::Proof proof;
    proof.id = kProofId;
    proof.kind = proto::ProofKind::File;
    proof.sha256 = serverSha.toStdString();
    proof.size = bytes.size();
    proof.mime = "image/png";
    proof.uploader = proto::Actor{proto::ActorKind::Customer, 9, std::string("ivan")};
    m_viewer->showProof(
        ProofContext{proof, QStringLiteral("P-000123"), QStringLiteral("USDT"), QStringLiteral("TRON")});
}

void TestProofViewer::openTxidProof()
{
    proto::Proof proof;
    proof.id = 6;
    proof.kind = proto::ProofKind::Txid;
    proof.txid = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";
    proof.uploader = proto::Actor{proto::ActorKind::Customer, 9, std::nullopt};
    m_viewer->showProof(ProofContext{proof, QStringLiteral("P-1"), QStringLiteral("USDT"), QStringLiteral("TRON")});
}

void TestProofViewer::wheel(const QPoint &pos, int delta)
{
    QWheelEvent event(QPointF(pos), QPointF(view()->mapToGlobal(pos)), QPoint(), QPoint(0, delta), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view(), &event);
}

void TestProofViewer::zoomWithWheelAndKeys()
{
    const QByteArray png = pngBytes(400, 200);
    openImageProof(png, ProofService::sha256Hex(png));
    QTRY_VERIFY(!view()->image().isNull());
    QVERIFY(view()->isFitMode());
    const double fit = view()->scale();
    QCOMPARE(fit, view()->fitScale());

    QTest::keyClick(view(), Qt::Key_Plus);
    QCOMPARE(view()->scale(), fit * ProofImageView::kZoomStep);
    QVERIFY(!view()->isFitMode());
    QTest::keyClick(view(), Qt::Key_Minus);
    QCOMPARE(view()->scale(), fit);
    QTest::keyClick(view(), Qt::Key_Minus);
    QCOMPARE(view()->scale(), fit / ProofImageView::kZoomStep);

    wheel(view()->rect().center(), 120);
    QCOMPARE(view()->scale(), fit);
    wheel(view()->rect().center(), 240);
    QCOMPARE(view()->scale(), fit * ProofImageView::kZoomStep * ProofImageView::kZoomStep);
    wheel(view()->rect().center(), -120);
    QCOMPARE(view()->scale(), fit * ProofImageView::kZoomStep);
    // The toolbar does the same as the keys.
    find<QLabel>("zoomLabel");
    QVERIFY(find<QLabel>("zoomLabel")->text().contains(QString::number(std::lround(view()->scale() * 100))));

    // Zoom is bounded.
    for (int i = 0; i < 40; ++i)
        QTest::keyClick(view(), Qt::Key_Plus);
    QCOMPARE(view()->scale(), ProofImageView::kMaxScale);
}

void TestProofViewer::wheelZoomKeepsThePointUnderTheCursor()
{
    const QByteArray png = pngBytes(400, 200);
    openImageProof(png, ProofService::sha256Hex(png));
    QTRY_VERIFY(!view()->image().isNull());
    const QPoint cursor(view()->width() / 3, view()->height() / 3);
    const QPointF before = view()->mapToImageFraction(cursor);
    wheel(cursor, 360);
    const QPointF after = view()->mapToImageFraction(cursor);
    QVERIFY2(std::abs(before.x() - after.x()) < 1e-9 && std::abs(before.y() - after.y()) < 1e-9,
             "the image point under the cursor moved");
}

void TestProofViewer::fitAndActualSize()
{
    const QByteArray png = pngBytes(400, 200);
    openImageProof(png, ProofService::sha256Hex(png));
    QTRY_VERIFY(!view()->image().isNull());
    const double fit = view()->scale();
    // Fit means the whole image is visible and touches two edges.
    const QSizeF shown = QSizeF(400, 200) * fit;
    QVERIFY(shown.width() <= view()->width() + 0.5 && shown.height() <= view()->height() + 0.5);
    QVERIFY(std::abs(shown.width() - view()->width()) < 0.5 || std::abs(shown.height() - view()->height()) < 0.5);

    QTest::keyClick(view(), Qt::Key_1);
    QCOMPARE(view()->scale(), 1.0);
    QCOMPARE(view()->panOffset(), QPointF());
    QTest::keyClick(view(), Qt::Key_0);
    QCOMPARE(view()->scale(), fit);
    QVERIFY(view()->isFitMode());

    // Fit follows the window while in fit mode.
    m_viewer->resize(1300, 900);
    QTRY_VERIFY(view()->scale() > fit);
    QCOMPARE(view()->scale(), view()->fitScale());
}

void TestProofViewer::rotateKeepsFitting()
{
    const QByteArray png = pngBytes(400, 200);
    openImageProof(png, ProofService::sha256Hex(png));
    QTRY_VERIFY(!view()->image().isNull());
    const double landscapeFit = view()->scale();
    QTest::keyClick(view(), Qt::Key_R);
    QCOMPARE(view()->rotationDegrees(), 90);
    // Standing on end the 2:1 image fits by its (former) width against the view's height.
    const double portraitFit = std::min(view()->width() / 200.0, view()->height() / 400.0);
    QCOMPARE(view()->scale(), portraitFit);
    QVERIFY(portraitFit != landscapeFit);
    QTest::keyClick(view(), Qt::Key_R, Qt::ShiftModifier);
    QCOMPARE(view()->rotationDegrees(), 0);
    QCOMPARE(view()->scale(), landscapeFit);
    QTest::keyClick(view(), Qt::Key_R, Qt::ShiftModifier);
    QCOMPARE(view()->rotationDegrees(), 270);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(view(), Qt::Key_R);
    QCOMPARE(view()->rotationDegrees(), 180);
    // A pixel near the top-left corner is shown near the bottom-right after half a turn.
    const QPointF corner = view()->mapFromImageFraction(QPointF(0.0, 0.0));
    QVERIFY(corner.x() > view()->width() / 2 && corner.y() > view()->height() / 2);
}

void TestProofViewer::panByDragAndArrows()
{
    const QByteArray png = pngBytes(400, 200);
    openImageProof(png, ProofService::sha256Hex(png));
    QTRY_VERIFY(!view()->image().isNull());
    QTest::keyClick(view(), Qt::Key_1);
    const QPoint start = view()->rect().center();
    const QPointF underStart = view()->mapToImageFraction(start);
    QTest::mousePress(view(), Qt::LeftButton, Qt::NoModifier, start);
    QTest::mouseMove(view(), start + QPoint(30, 10));
    QTest::mouseMove(view(), start + QPoint(60, 20));
    QTest::mouseRelease(view(), Qt::LeftButton, Qt::NoModifier, start + QPoint(60, 20));
    QCOMPARE(view()->panOffset(), QPointF(60, 20));
    // The image moved with the mouse: the same image point is now under the release position.
    const QPointF underEnd = view()->mapToImageFraction(start + QPoint(60, 20));
    QVERIFY(std::abs(underEnd.x() - underStart.x()) < 1e-9 && std::abs(underEnd.y() - underStart.y()) < 1e-9);
    QVERIFY(!view()->pendingHighlight()); // a plain drag pans, it does not mark

    QTest::keyClick(view(), Qt::Key_Right);
    QCOMPARE(view()->panOffset(), QPointF(60 - ProofImageView::kPanStep, 20));
    QTest::keyClick(view(), Qt::Key_Up);
    QCOMPARE(view()->panOffset(), QPointF(60 - ProofImageView::kPanStep, 20 + ProofImageView::kPanStep));
}

void TestProofViewer::drawHighlightSavesNormalisedAnnotation_data()
{
    QTest::addColumn<int>("quarterTurns");
    QTest::addColumn<int>("zoomSteps");
    QTest::newRow("as is") << 0 << 0;
    QTest::newRow("rotated and zoomed") << 1 << 2;
    QTest::newRow("upside down, zoomed out") << 2 << -1;
}

void TestProofViewer::drawHighlightSavesNormalisedAnnotation()
{
    QFETCH(int, quarterTurns);
    QFETCH(int, zoomSteps);
    const QByteArray png = pngBytes(400, 200);
    openImageProof(png, ProofService::sha256Hex(png));
    QTRY_VERIFY(!view()->image().isNull());
    for (int i = 0; i < quarterTurns; ++i)
        QTest::keyClick(view(), Qt::Key_R);
    for (int i = 0; i < std::abs(zoomSteps); ++i)
        QTest::keyClick(view(), zoomSteps > 0 ? Qt::Key_Plus : Qt::Key_Minus);

    // The same region of the image, (0.25, 0.25)–(0.5, 0.75), wherever the view shows it.
    const QPoint a = view()->mapFromImageFraction(QPointF(0.25, 0.25)).toPoint();
    const QPoint b = view()->mapFromImageFraction(QPointF(0.5, 0.75)).toPoint();
    QVERIFY(view()->rect().contains(a) && view()->rect().contains(b));
    QTest::mousePress(view(), Qt::LeftButton, Qt::ShiftModifier, a);
    QTest::mouseMove(view(), (a + b) / 2);
    QTest::mouseMove(view(), b);
    QTest::mouseRelease(view(), Qt::LeftButton, Qt::ShiftModifier, b);
    QVERIFY(view()->pendingHighlight());
    QVERIFY(find<QPushButton>("saveHighlightButton")->isEnabled());

    QTest::keyClicks(find<QLineEdit>("noteLineEdit"), QStringLiteral("amount differs"));
    QTest::mouseClick(find<QPushButton>("saveHighlightButton"), Qt::LeftButton);
    QTRY_COMPARE(m_server->requestsTo(kAnnotationsPath).count(), 2); // GET on open, then the POST
    const FakeSyncd::Request post = m_server->requestsTo(kAnnotationsPath).last();
    QCOMPARE(post.method, QByteArray("POST"));
    const QJsonObject body = QJsonDocument::fromJson(post.body).object();
    // Rounding the mouse to whole pixels may move an edge by a few per-mille at the smallest zoom.
    const auto near = [&body](const char *key, int expected) {
        return std::abs(body.value(QLatin1String(key)).toInt() - expected) <= 6;
    };
    QVERIFY2(near("x", 250) && near("y", 250) && near("w", 250) && near("h", 500), post.body.constData());
    QCOMPARE(body.value(QStringLiteral("note")).toString(), QStringLiteral("amount differs"));

    QTRY_COMPARE(m_viewer->annotations()->rowCount(), 1);
    QCOMPARE(m_viewer->annotations()->index(0, AnnotationModel::Note).data().toString(),
             QStringLiteral("amount differs"));
    QVERIFY(!view()->pendingHighlight());
    QVERIFY(find<QLineEdit>("noteLineEdit")->text().isEmpty());
}

void TestProofViewer::keyboardHighlight()
{
    const QByteArray png = pngBytes(400, 200);
    openImageProof(png, ProofService::sha256Hex(png));
    QTRY_VERIFY(!view()->image().isNull());
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_N);
    QVERIFY(view()->isEditingWithKeyboard());
    const QRectF start = *view()->pendingHighlight();
    QTest::keyClick(view(), Qt::Key_Right);
    QTest::keyClick(view(), Qt::Key_Right, Qt::ShiftModifier);
    const QRectF moved = *view()->pendingHighlight();
    QVERIFY(moved.left() > start.left());
    QVERIFY(moved.width() > start.width());
    QCOMPARE(view()->panOffset(), QPointF()); // arrows edit the highlight, not the view
    QTest::keyClick(view(), Qt::Key_Return);
    QTRY_VERIFY(find<QLineEdit>("noteLineEdit")->hasFocus());
    QTest::keyClicks(find<QLineEdit>("noteLineEdit"), QStringLiteral("kbd"));
    QTest::keyClick(find<QLineEdit>("noteLineEdit"), Qt::Key_Return);
    QTRY_COMPARE(m_viewer->annotations()->rowCount(), 1);
    const proto::CreateAnnotationRequest expected = ProofViewer::toRequest(moved, QStringLiteral("kbd"));
    const QJsonObject body = QJsonDocument::fromJson(m_server->requestsTo(kAnnotationsPath).last().body).object();
    QCOMPARE(body.value(QStringLiteral("x")).toInteger(), expected.x);
    QCOMPARE(body.value(QStringLiteral("w")).toInteger(), expected.w);
}

void TestProofViewer::savedAnnotationsAreShown()
{
    m_storedAnnotations.append(annotationJson(7,
                                              QJsonObject{{QStringLiteral("x"), 100},
                                                          {QStringLiteral("y"), 200},
                                                          {QStringLiteral("w"), 300},
                                                          {QStringLiteral("h"), 400},
                                                          {QStringLiteral("note"), QStringLiteral("seen by bob")}},
                                              QStringLiteral("bob")));
    const QByteArray png = pngBytes(400, 200);
    openImageProof(png, ProofService::sha256Hex(png));
    QTRY_COMPARE(m_viewer->annotations()->rowCount(), 1);
    QCOMPARE(m_viewer->annotations()->index(0, AnnotationModel::Author).data().toString(), QStringLiteral("bob"));
    QCOMPARE(m_viewer->annotations()->index(0, 0).data(AnnotationModel::NormalizedRectRole).toRectF(),
             QRectF(0.1, 0.2, 0.3, 0.4));
}

void TestProofViewer::digestMismatchWarns()
{
    const QByteArray png = pngBytes(64, 64);
    openImageProof(png, ProofService::sha256Hex(png + "tampered"));
    QTRY_VERIFY(m_viewer->digestMatches().has_value());
    QCOMPARE(*m_viewer->digestMatches(), false);
    QVERIFY(find<QLabel>("shaStatusLabel")->text().contains(QStringLiteral("MISMATCH")));
    QCOMPARE(find<QLabel>("localShaLabel")->text(), ProofService::sha256Hex(png));
}

void TestProofViewer::digestMatchIsConfirmed()
{
    const QByteArray png = pngBytes(64, 64);
    openImageProof(png, ProofService::sha256Hex(png).toUpper()); // hex case does not matter
    QTRY_VERIFY(m_viewer->digestMatches().has_value());
    QCOMPARE(*m_viewer->digestMatches(), true);
    QVERIFY(!find<QLabel>("shaStatusLabel")->text().contains(QStringLiteral("MISMATCH")));
    QVERIFY(find<QLabel>("uploaderLabel")->text().contains(QStringLiteral("ivan")));
}

void TestProofViewer::txidCopyAndExplorerLink()
{
    const QString txid = QStringLiteral("a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90");
    proto::Proof proof;
    proof.id = 6;
    proof.kind = proto::ProofKind::Txid;
    proof.txid = txid.toStdString();
    proof.uploader = proto::Actor{proto::ActorKind::Customer, 9, std::nullopt};
    m_viewer->showProof(ProofContext{proof, QStringLiteral("P-1"), QStringLiteral("USDT"), QStringLiteral("TRON")});

    QCOMPARE(find<QLineEdit>("txidLineEdit")->text(), txid);
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(find<QPushButton>("copyTxidButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), txid);

    const auto asset = domain::findAsset("USDT", "TRON");
    QVERIFY(asset);
    QString expected =
        QString::fromUtf8(asset->explorerTxUrl.data(), static_cast<qsizetype>(asset->explorerTxUrl.size()));
    QVERIFY(expected.contains(QStringLiteral("{txid}")));
    expected.replace(QStringLiteral("{txid}"), txid);
    QCOMPARE(m_viewer->explorerUrl().toString(), expected);
    QCOMPARE(find<QLabel>("explorerLabel")->text(), expected);
    QTest::mouseClick(find<QPushButton>("openExplorerButton"), Qt::LeftButton);
    QCOMPARE(m_opened, QList<QUrl>{QUrl(expected)});
    // No file to download for a txid: the requests are the on-chain hint and the sender's screenings.
    QTRY_COMPARE(m_server->requests().count(), 2);
    QStringList paths;
    for (const auto &request : m_server->requests())
        paths << request.path;
    paths.sort();
    QCOMPARE(paths, (QStringList{QStringLiteral("/api/v1/proofs/6/chain-hint"), kScreeningsPath}));

    // A malformed txid gets no link.
    proof.txid = "not-a-txid";
    m_viewer->showProof(ProofContext{proof, QStringLiteral("P-1"), QStringLiteral("USDT"), QStringLiteral("TRON")});
    QVERIFY(!m_viewer->explorerUrl().isValid());
    QVERIFY(!find<QPushButton>("openExplorerButton")->isEnabled());
}

// The hint as syncd sends it (the golden's shape), shown beside the txid in words.
void TestProofViewer::chainHintInWords()
{
    const QByteArray hint = R"({"proof_id":6,"state":"found","network":"TRON",
        "txid":"a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90",
        "checked_at":"2026-12-07T18:40:05Z","expected_address":"TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf",
        "expected_amount":"150.000000","explorer":"Tronscan apilist.tronscanapi.com","succeeded":true,
        "confirmations":42,"block_time":"2026-12-07T18:31:12Z","received":"149.000000",
        "address_matches":true,"amount_matches":false,"other_transfers":1})";
    m_server->routeJson("GET", QStringLiteral("/api/v1/proofs/6/chain-hint"), 200, hint);
    proto::Proof proof;
    proof.id = 6;
    proof.kind = proto::ProofKind::Txid;
    proof.txid = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";
    proof.uploader = proto::Actor{proto::ActorKind::Customer, 9, std::nullopt};
    m_viewer->showProof(ProofContext{proof, QStringLiteral("P-1"), QStringLiteral("USDT"), QStringLiteral("TRON")});
    auto *label = find<QLabel>("chainHintLabel");
    QTRY_VERIFY(label->text().contains(QStringLiteral("42 confirmation")));
    QVERIFY(label->text().contains(QStringLiteral("✔ Sent to the deposit address.")));
    QVERIFY(label->text().contains(QStringLiteral("✘ Amount 149.000000: the order expects 150.000000.")));
    QVERIFY(label->text().contains(QStringLiteral("Other tokens moved in the same transaction: 1")));
    QVERIFY(label->text().contains(QStringLiteral("Tronscan apilist.tronscanapi.com")));
    QVERIFY(label->text().contains(QStringLiteral("not a verification")));
    QVERIFY(p2pdesk::screenshots::save(m_viewer.get(), QStringLiteral("proof-viewer-chain-hint")));

    // Asked again on request.
    const auto before = m_server->requestsTo(QStringLiteral("/api/v1/proofs/6/chain-hint")).count();
    QTest::mouseClick(find<QPushButton>("chainHintRefreshButton"), Qt::LeftButton);
    QTRY_COMPARE(m_server->requestsTo(QStringLiteral("/api/v1/proofs/6/chain-hint")).count(), before + 1);
}

void TestProofViewer::chainHintStates_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("extra");
    QTest::addColumn<QString>("expected");
    QTest::newRow("disabled") << "disabled"
                              << ""
                              << "switched off";
    QTest::newRow("no explorer") << "no_explorer"
                                 << ""
                                 << "No block explorer is set up for TRON";
    QTest::newRow("not found") << "not_found"
                               << ""
                               << "does not know this transaction";
    QTest::newRow("unavailable") << "unavailable"
                                 << R"(,"detail":"HTTP 503")"
                                 << "could not answer";
    QTest::newRow("throttled") << "unavailable"
                               << R"(,"retry_after_seconds":30)"
                               << "wait 30 second";
    QTest::newRow("failed on chain")
        << "found"
        << R"(,"succeeded":false,"confirmations":3,"received":"0.000000","address_matches":false,"amount_matches":false,"other_transfers":0)"
        << "failed on the network";
    QTest::newRow("pending")
        << "found"
        << R"(,"succeeded":true,"received":"150.000000","address_matches":true,"amount_matches":true,"other_transfers":0)"
        << "Not in a block yet";
}

void TestProofViewer::chainHintStates()
{
    QFETCH(QString, state);
    QFETCH(QString, extra);
    QFETCH(QString, expected);
    const QString body = QStringLiteral(R"({"proof_id":6,"state":"%1","network":"TRON","txid":"ab",)"
                                        R"("checked_at":"2026-12-07T18:40:05Z","expected_amount":"150.000000",)"
                                        R"("explorer":"Tronscan x"%2})")
                             .arg(state, extra);
    proto::ChainHint hint;
    QVERIFY(!proto::decodeInto(proto::Json::parse(body.toStdString()), hint));
    const QString text = ProofViewer::chainHintText(hint);
    QVERIFY2(text.contains(expected), qPrintable(text));
}

void TestProofViewer::chainHintListsTheSenders()
{
    proto::ChainHint hint;
    QVERIFY(!proto::decodeInto(proto::Json::parse(kHintWithSenders.toStdString()), hint));
    QVERIFY2(
        ProofViewer::chainHintText(hint).contains(QStringLiteral("Sent from: %1 and %2.").arg(kSender, kOtherSender)),
        qPrintable(ProofViewer::chainHintText(hint)));
    hint.senders = std::vector<std::string>{kSender.toStdString()};
    QVERIFY(ProofViewer::chainHintText(hint).contains(QStringLiteral("Sent from: %1.").arg(kSender)));
    hint.senders = std::vector<std::string>{kSender.toStdString(), kOtherSender.toStdString(), "TThird", "TFourth"};
    QVERIFY(ProofViewer::chainHintText(hint).contains(
        QStringLiteral("Sent from: %1, %2 and 2 more.").arg(kSender, kOtherSender)));
    // An explorer that reports no sender: no line about it.
    hint.senders.reset();
    QVERIFY(!ProofViewer::chainHintText(hint).contains(QStringLiteral("Sent from")));
}

// A provider's score above the desk's limit, and an operator's own score of another sender.
void TestProofViewer::senderScreeningInWords()
{
    const QString provider = QStringLiteral("MistTrack openapi.misttrack.io");
    QJsonObject high = screeningJson(12, kSender, 87, provider, true, QStringLiteral("alice"),
                                     QStringLiteral("checking the sender before payout"));
    high.insert(QStringLiteral("risk_level"), QStringLiteral("High"));
    high.insert(QStringLiteral("labels"), QJsonArray{QStringLiteral("Malicious Address"), QStringLiteral("Phishing")});
    high.insert(QStringLiteral("flag_id"), 77);
    const QJsonObject older =
        screeningJson(5, kSender, 10, provider, true, QStringLiteral("bob"), QStringLiteral("first look"));
    const QJsonObject manual = screeningJson(9, kOtherSender, 40, QString(), false, QStringLiteral("bob"),
                                             QStringLiteral("AMLBot site: 40, a gambling service"));
    m_server->routeJson("GET", kHintPath, 200, kHintWithSenders);
    m_server->routeJson("GET", kScreeningsPath, 200, screeningListJson(provider, QJsonArray{high, manual, older}));
    openTxidProof();
    auto *label = find<QLabel>("screeningLabel");
    QTRY_VERIFY(!label->text().isEmpty());
    const QString text = label->text();
    QVERIFY(find<QWidget>("screeningSection")->isVisible());
    QVERIFY2(text.contains(QStringLiteral("Sender %1: risk 87 of 100 (High: Malicious Address, Phishing) — MistTrack "
                                          "openapi.misttrack.io, asked by alice at ")
                               .arg(kSender)),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Above the desk's limit of 70: the order is held for a senior.")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Sender %1: risk 40 of 100, entered by bob at ").arg(kOtherSender)),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral(": AMLBot site: 40, a gambling service")));
    QVERIFY(text.contains(QStringLiteral("could not confirm that this address sent the transaction")));
    QVERIFY(text.contains(QStringLiteral("Within the desk's limit of 70.")));
    // The newest screening of an address stands; the older one is history.
    QVERIFY(!text.contains(QStringLiteral("risk 10 of 100")));
    QVERIFY(!text.contains(QStringLiteral("provider")) && !text.contains(QStringLiteral("manual")));
    auto *button = find<QPushButton>("screenSenderButton");
    QCOMPARE(button->text(), QStringLiteral("Screen sender…"));
    QVERIFY(button->isEnabled());
    QVERIFY(p2pdesk::screenshots::save(m_viewer.get(), QStringLiteral("proof-viewer-sender-risk")));

    // The wire's own example reads whole too (a later entry of the same address stands).
    m_server->routeJson("GET", kScreeningsPath, 200, [] {
        QFile file(QStringLiteral(P2PDESK_PROTO_GOLDEN_DIR "/address_screening_list.json"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }());
    QSignalSpy loaded(m_service.get(), &ProofService::screeningsLoaded);
    m_viewer->refreshScreenings();
    QVERIFY(loaded.wait());
    QVERIFY2(label->text().contains(QStringLiteral("risk 12 of 100, entered by bob")), qPrintable(label->text()));
}

void TestProofViewer::unscreenedSenderWithoutProvider()
{
    m_server->routeJson("GET", kHintPath, 200, kHintWithSenders);
    m_server->routeJson("GET", kScreeningsPath, 200, screeningListJson(QString(), QJsonArray{}));
    openTxidProof();
    auto *label = find<QLabel>("screeningLabel");
    QTRY_VERIFY(label->text().contains(QStringLiteral("The sender has not been screened.")));
    QVERIFY2(label->text().contains(QStringLiteral("No screening provider is set up for TRON")),
             qPrintable(label->text()));
    QCOMPARE(find<QPushButton>("screenSenderButton")->text(), QStringLiteral("Enter risk score…"));
}

// A buy's txid or a file: syncd answers 404, and the viewer says nothing about senders.
void TestProofViewer::noScreeningSectionOutsideSells()
{
    m_server->routeJson("GET", kHintPath, 200, kHintWithSenders);
    QSignalSpy failed(m_service.get(), &ProofService::screeningsFailed);
    openTxidProof();
    QVERIFY(failed.wait());
    QVERIFY(!find<QWidget>("screeningSection")->isVisible());
    QVERIFY(find<QLabel>("screeningStatusLabel")->text().isEmpty());
}

void TestProofViewer::screenSenderPostsAndReloads_data()
{
    QTest::addColumn<QString>("provider");
    QTest::newRow("provider") << QStringLiteral("MistTrack openapi.misttrack.io");
    QTest::newRow("manual") << QString();
}

void TestProofViewer::screenSenderPostsAndReloads()
{
    QFETCH(QString, provider);
    const bool manual = provider.isEmpty();
    // Shared with the handlers, which outlive this function until cleanup().
    const auto stored = std::make_shared<QJsonArray>();
    QJsonArray &items = *stored;
    m_server->routeJson("GET", kHintPath, 200, kHintWithSenders);
    m_server->route("GET", kScreeningsPath,
                    [stored, provider](const FakeSyncd::Request &, const FakeSyncd::Responder &responder) {
                        responder.respond(200, screeningListJson(provider, *stored));
                    });
    m_server->route(
        "POST", kScreeningsPath,
        [stored, provider, manual](const FakeSyncd::Request &request, const FakeSyncd::Responder &responder) {
            QJsonArray &list = *stored;
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            const QJsonObject created =
                screeningJson(20 + list.size(), body.value(QStringLiteral("address")).toString(),
                              manual ? body.value(QStringLiteral("score")).toInt() : 87, provider, true,
                              QStringLiteral("alice"), body.value(QStringLiteral("reason")).toString());
            list.prepend(created);
            responder.respond(201, QJsonDocument(created).toJson(QJsonDocument::Compact));
        });
    openTxidProof();
    QTRY_VERIFY(find<QLabel>("chainHintLabel")->text().contains(QStringLiteral("Sent from")));
    auto *button = find<QPushButton>("screenSenderButton");
    QTRY_VERIFY(button->isEnabled());
    QCOMPARE(button->text(), manual ? QStringLiteral("Enter risk score…") : QStringLiteral("Screen sender…"));
    QTest::mouseClick(button, Qt::LeftButton);
    ReasonDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_viewer->findChild<ReasonDialog *>()) && dialog->isVisible());
    QVERIFY(!button->isEnabled()); // one dialog at a time
    auto *address = dialog->findChild<QComboBox *>(QStringLiteral("screenAddressEdit"));
    QVERIFY(address);
    QCOMPARE(address->currentText(), kSender); // the first sender the explorer named
    QCOMPARE(address->count(), 2);
    auto *score = dialog->findChild<QSpinBox *>(QStringLiteral("screenScoreSpin"));
    QCOMPARE(score != nullptr, manual);
    if (score) {
        QCOMPARE(score->minimum(), 0);
        QCOMPARE(score->maximum(), 100);
        score->setFocus();
        score->selectAll();
        QTest::keyClicks(score, QStringLiteral("85"));
        QCOMPARE(score->value(), 85);
    }
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(!ok->isEnabled()); // the reason is required
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonTextEdit")),
                     QStringLiteral("large sell, checking the source"));
    QVERIFY(ok->isEnabled());
    const auto loadsBefore = m_server->requestsTo(kScreeningsPath).count();
    QTest::mouseClick(ok, Qt::LeftButton);

    QTRY_VERIFY(!items.isEmpty());
    FakeSyncd::Request post;
    for (const auto &request : m_server->requestsTo(kScreeningsPath))
        if (request.method == "POST")
            post = request;
    const QJsonObject body = QJsonDocument::fromJson(post.body).object();
    QCOMPARE(body.value(QStringLiteral("address")).toString(), kSender);
    QCOMPARE(body.value(QStringLiteral("reason")).toString(), QStringLiteral("large sell, checking the source"));
    QCOMPARE(body.contains(QStringLiteral("score")), manual);
    if (manual)
        QCOMPARE(body.value(QStringLiteral("score")).toInt(), 85);
    QCOMPARE(body.keys().size(), manual ? 3 : 2);

    // Reloaded after the answer: the new screening is shown, the button is back.
    auto *label = find<QLabel>("screeningLabel");
    QTRY_VERIFY2(label->text().contains(manual ? QStringLiteral("risk 85 of 100, entered by alice")
                                               : QStringLiteral("risk 87 of 100 — MistTrack")),
                 qPrintable(label->text()));
    QVERIFY(m_server->requestsTo(kScreeningsPath).count() >= loadsBefore + 2); // the POST and a GET
    QVERIFY(label->text().contains(QStringLiteral("held for a senior")));
    QTRY_VERIFY(button->isEnabled());
}

void TestProofViewer::screeningFailuresInWords_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("error");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not a sender")
        << 422
        << QByteArray(
               R"({"code":"validation_failed","message":"m","details":{"field":"address","kind":"not_a_sender"}})")
        << "did not send the transaction";
    QTest::newRow("invalid address")
        << 422
        << QByteArray(R"({"code":"validation_failed","message":"m","details":{"field":"address","kind":"invalid"}})")
        << "This is not a valid TRON address.";
    QTest::newRow("provider down")
        << 502 << QByteArray(R"({"code":"upstream_unavailable","message":"m","details":{"retry_after_seconds":30}})")
        << "MistTrack openapi.misttrack.io did not answer. It asks to wait 30 second";
    QTest::newRow("provider down, no wait") << 502 << QByteArray(R"({"code":"upstream_unavailable","message":"m"})")
                                            << "MistTrack openapi.misttrack.io did not answer. Try again in a moment.";
    QTest::newRow("forbidden") << 403 << QByteArray(R"({"code":"forbidden","message":"m"})")
                               << "The sender was not screened: You are not allowed to do this.";
}

void TestProofViewer::screeningFailuresInWords()
{
    QFETCH(int, status);
    QFETCH(QByteArray, error);
    QFETCH(QString, expected);
    m_server->routeJson("GET", kHintPath, 200, kHintWithSenders);
    m_server->routeJson("GET", kScreeningsPath, 200,
                        screeningListJson(QStringLiteral("MistTrack openapi.misttrack.io"), QJsonArray{}));
    m_server->routeJson("POST", kScreeningsPath, status, "{\"error\":" + error + "}");
    openTxidProof();
    auto *button = find<QPushButton>("screenSenderButton");
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    ReasonDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_viewer->findChild<ReasonDialog *>()) && dialog->isVisible());
    dialog->findChild<QComboBox *>(QStringLiteral("screenAddressEdit"))->setEditText(QStringLiteral("TSomebodyElse"));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonTextEdit")), QStringLiteral("why"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    auto *statusLabel = find<QLabel>("screeningStatusLabel");
    QTRY_VERIFY2(statusLabel->text().contains(expected), qPrintable(statusLabel->text()));
    // Words only; the code is in the tooltip for support.
    QVERIFY(!statusLabel->text().contains(QStringLiteral("validation_failed")) &&
            !statusLabel->text().contains(QStringLiteral("upstream_unavailable")));
    QVERIFY(statusLabel->toolTip().contains(QStringLiteral("Error code for support")));
    QVERIFY(button->isEnabled());
}

void TestProofViewer::pdfOpensExternallyFromATemporaryCopy()
{
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");
    m_server->routeJson("GET", kFilePath, 200, pdf);
    proto::Proof proof;
    proof.id = kProofId;
    proof.kind = proto::ProofKind::File;
    proof.sha256 = ProofService::sha256Hex(pdf).toStdString();
    proof.mime = "application/pdf";
    m_viewer->showProof(ProofContext{proof, QStringLiteral("P-2"), QStringLiteral("USDT"), QStringLiteral("TRON")});
    QTRY_VERIFY(m_viewer->digestMatches().has_value());
    QVERIFY(*m_viewer->digestMatches());
    auto *open = find<QPushButton>("openExternallyButton");
    QVERIFY(open->isVisible());
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(m_opened.size(), 1);
    QVERIFY(m_opened.first().isLocalFile());
    QVERIFY(m_opened.first().toLocalFile().endsWith(QStringLiteral(".pdf")));
    QFile copy(m_opened.first().toLocalFile());
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), pdf);
}

void TestProofViewer::imageBombIsNotDecoded_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("size");
    // Over a limit, yet within the allocation limit the viewer needs for legitimate images (see
    // a4ScanAt600DpiIsShown): without the size check these are decoded and shown.
    QTest::newRow("png bomb 8000 x 8000 (64 MP)")
        << p2pdesk::test::images::pngBomb(8000) << QStringLiteral("8000 × 8000");
    QTest::newRow("png strip 20000 x 1000 (side)")
        << p2pdesk::test::images::blackPng(20000, 1000) << QStringLiteral("20000 × 1000");
    // Far beyond any allocation limit: refused before Qt is asked, with the reason.
    QTest::newRow("png bomb 20000 x 20000") << p2pdesk::test::images::pngBomb(20000) << QStringLiteral("20000 × 20000");
    QTest::newRow("jpeg frame 20000 x 20000")
        << p2pdesk::test::images::jpegClaiming(p2pdesk::test::images::realJpeg(32, 32), 20000, 20000)
        << QStringLiteral("20000 × 20000");
}

void TestProofViewer::imageBombIsNotDecoded()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, size);
    QVERIFY(!bytes.isEmpty());
    openImageProof(bytes, ProofService::sha256Hex(bytes));
    QTRY_VERIFY(m_viewer->digestMatches().has_value());
    QVERIFY(view()->image().isNull());
    auto *info = find<QLabel>("fileInfoLabel");
    QCOMPARE(find<QStackedWidget>("proofPagesStackedWidget")->currentWidget(), info->parentWidget());
    QVERIFY2(info->text().contains(size), qPrintable(info->text()));
    QVERIFY2(info->text().contains(QStringLiteral("not decoded")), qPrintable(info->text()));
    QVERIFY(p2pdesk::screenshots::save(m_viewer.get(), QStringLiteral("proof-viewer-image-refused")));
    // Not handed to the system viewer either: one click must not make another program decode it.
    QVERIFY(!find<QPushButton>("openExternallyButton")->isVisible());
    QVERIFY(!find<QLineEdit>("noteLineEdit")->isEnabled());
    QCOMPARE(QImageReader::allocationLimit(), ProofViewer::kImageAllocationLimitMb);

    // The next, ordinary proof in the same viewer is shown as usual.
    const QByteArray png = pngBytes(64, 64);
    openImageProof(png, ProofService::sha256Hex(png));
    QTRY_VERIFY(!view()->image().isNull());
    QCOMPARE(view()->image().size(), QSize(64, 64));
}

void TestProofViewer::a4ScanAt600DpiIsShown()
{
    // 4960 x 7016 (34.8 MP) is 139 MB decoded: over Qt 6.4's default allocation limit (128 MB),
    // under the limits the desk accepts, so the viewer must raise Qt's limit to show it.
    const QByteArray scan = p2pdesk::test::images::blackPng(4960, 7016);
    openImageProof(scan, ProofService::sha256Hex(scan));
    // The digest is set in the same call that decodes, so once it is there the decoding is over.
    QTRY_VERIFY_WITH_TIMEOUT(m_viewer->digestMatches().has_value(), 30000);
    QVERIFY2(!view()->image().isNull(), qPrintable(find<QLabel>("fileInfoLabel")->text()));
    QCOMPARE(view()->image().size(), QSize(4960, 7016));
}

void TestProofViewer::imageGetsTheRoomAndEveryToolIsVisible_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("ru") << "ru";
}

void TestProofViewer::imageGetsTheRoomAndEveryToolIsVisible()
{
    QFETCH(QString, language);
    if (language == u"ru")
        QCOMPARE(LanguageSettings::install(*qApp, language), language);
    // A fresh viewer, so its texts are in the language just installed.
    m_tester.reset();
    m_viewer = std::make_unique<ProofViewer>(m_service.get());
    const QByteArray png = pngBytes(900, 1200); // a phone photo of a receipt: portrait
    openImageProof(png, ProofService::sha256Hex(png));
    QTRY_VERIFY(!view()->image().isNull());
    for (QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        m_viewer->resize(size);
        m_viewer->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_viewer.get()));
        QCoreApplication::processEvents();
        const QString where = language + u' ' + QString::number(size.width());
        // The image takes most of the window.
        const double share = double(view()->width() * view()->height()) / double(size.width() * size.height());
        QVERIFY2(share >= 0.6, qPrintable(where + QStringLiteral(": image share %1").arg(share)));
        // Every tool is on the toolbar itself, none in an overflow menu.
        auto *toolbar = find<QToolBar>("proofToolBar");
        for (QAction *action : toolbar->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            QWidget *button = toolbar->widgetForAction(action);
            QVERIFY2(button && button->isVisible(), qPrintable(where + u' ' + action->text()));
        }
        for (auto *extension : toolbar->findChildren<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
            QVERIFY2(!extension->isVisible(), qPrintable(where));
        // One compact SHA-256 line; the facts are folded away until asked for.
        QVERIFY(find<QLabel>("shaStatusLabel")->text().contains(u'…'));
        QVERIFY(find<QLabel>("shaStatusLabel")->toolTip().contains(ProofService::sha256Hex(png)));
        QVERIFY(!find<QWidget>("proofDetailsPanel")->isVisible());
        QVERIFY(p2pdesk::screenshots::save(m_viewer.get(),
                                           QStringLiteral("proof-viewer-%1-%2").arg(language).arg(size.width())));
    }
    if (language == u"ru")
        LanguageSettings::install(*qApp, QStringLiteral("en"));
}

QTEST_MAIN(TestProofViewer)
#include "tst_proof_viewer.moc"
