// The proof viewer against the REAL syncd and PostgreSQL: one operator draws a highlight on an
// uploaded PNG proof, a second operator in a second client opens the same proof and sees it; a
// transaction id proof shows syncd's on-chain hint, syncd asking a local Tronscan double.
#include "Screenshot.h"
#include "ScriptedTrustPrompt.h"
#include "app/LanguageSettings.h"
#include "core/ApiClient.h"
#include "core/CertificatePinStore.h"
#include "core/PinnedNetworkAccess.h"
#include "core/ProofService.h"
#include "models/AnnotationModel.h"
#include "tst_syncd_orders_fixture.h"
#include "ui/proofs/ProofImageView.h"
#include "ui/proofs/ProofViewer.h"

#include "p2pdesk/proto/Endpoints.h"
#include "p2pdesk/test/FakeTronscan.h"
#include "p2pdesk/test/TestOperators.h"

#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace p2pdesk;
using namespace p2pdesk::workstation;
using namespace p2pdesk::test;

namespace {

QByteArray pngProof()
{
    // A "bank receipt": light background with a dark band where the amount would be.
    QImage image(600, 400, QImage::Format_RGB32);
    image.fill(qRgb(245, 245, 240));
    for (int y = 150; y < 200; ++y)
        for (int x = 100; x < 500; ++x)
            image.setPixel(x, y, qRgb(20, 20, 60));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// One workstation: its own settings (pins), transport, API client, proof service and viewer.
struct Desk {
    Desk(const QString &settingsPath, const QUrl &server, const std::string &token)
        : settings(settingsPath, QSettings::IniFormat)
        , pins(&settings)
        , network(&pins, &prompt)
        , api(&network)
        , proofs(&api)
        , viewer(&proofs)
    {
        api.setServer(server);
        api.setToken(QString::fromStdString(token));
        viewer.setUrlOpener([](const QUrl &) { return true; });
        viewer.resize(1000, 700);
    }

    QSettings settings;
    CertificatePinStore pins;
    workstation::test::ScriptedTrustPrompt prompt{true};
    PinnedNetworkAccess network;
    ApiClient api;
    ProofService proofs;
    ProofViewer viewer;
};

std::int64_t versionOf(const HttpsResult &r)
{
    return r.json.at("version").get<std::int64_t>();
}

// The standard 100 USDT sell, taken and marked sent by the customer: waiting for its proof. nullopt
// (the refusal logged) when a step was refused.
std::optional<std::int64_t> orderWaitingForProof(HttpsTestClient &client, std::int64_t telegramId)
{
    auto r = orders::createOrder(client, telegramId);
    if (r.status != 201) {
        qWarning("order not created: %s", r.body.c_str());
        return std::nullopt;
    }
    const auto orderId = r.json.at("id").get<std::int64_t>();
    r = orders::take(client, orderId);
    if (r.status == 200)
        r = orders::transition(client, orderId, "AWAITING_CRYPTO", versionOf(r));
    if (r.status == 200)
        r = orders::transition(client, orderId, "USER_MARKED_SENT", versionOf(r), "customer confirmed by phone");
    if (r.status != 200) {
        qWarning("order %lld not brought to its proof: %s", static_cast<long long>(orderId), r.body.c_str());
        return std::nullopt;
    }
    return orderId;
}

} // namespace

class TestAnnotationRoundTripRealSyncd : public QObject {
    Q_OBJECT

private slots:
    void secondOperatorSeesTheHighlight();
    void txidProofShowsTheOnChainHint();
};

void TestAnnotationRoundTripRealSyncd::secondOperatorSeesTheHighlight()
{
    orders::OrdersWorld world;
    auto op1 = world.as(world.op1);

    // An order waiting for its proof, then the proof file itself.
    const auto waiting = orderWaitingForProof(op1, 880001);
    QVERIFY(waiting);
    const auto orderId = *waiting;
    const QByteArray png = pngProof();
    auto r = op1.request("POST", orders::path(proto::endpoints::kOrderProofs, orderId), png.toStdString(), "image/png",
                         {{"Idempotency-Key", "round-trip-upload-1"}});
    QVERIFY2(r.status == 201, r.body.c_str());
    auto proof = proto::fromJson<proto::Proof>(r.json);
    QVERIFY(proof.ok());
    QCOMPARE(QString::fromStdString(proof->sha256.value_or("")), ProofService::sha256Hex(png));

    QTemporaryDir dir;
    const QUrl server(QStringLiteral("https://127.0.0.1:%1").arg(world.server->port()));
    const ProofContext context{proof.value(), QStringLiteral("order"), QStringLiteral("USDT"), QStringLiteral("TRON")};

    // First desk: op1 marks the amount band.
    Desk first(dir.filePath(QStringLiteral("first.ini")), server, createSession(world.db, world.op1.id));
    first.viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&first.viewer));
    first.viewer.showProof(context);
    ProofImageView *view = first.viewer.imageView();
    QTRY_VERIFY_WITH_TIMEOUT(!view->image().isNull(), 15000);
    QVERIFY(first.viewer.digestMatches().value_or(false)); // the real server's SHA-256 matches the bytes
    QTest::keyClick(view, Qt::Key_R);                      // rotated: the stored rectangle must not care
    const QPoint a = view->mapFromImageFraction(QPointF(100.0 / 600, 150.0 / 400)).toPoint();
    const QPoint b = view->mapFromImageFraction(QPointF(500.0 / 600, 200.0 / 400)).toPoint();
    QTest::keyClick(view, Qt::Key_H); // highlight mode: a plain drag draws
    QTest::mousePress(view, Qt::LeftButton, Qt::NoModifier, a);
    QTest::mouseMove(view, b);
    QTest::mouseRelease(view, Qt::LeftButton, Qt::NoModifier, b);
    QVERIFY(view->pendingHighlight());
    auto *note = first.viewer.findChild<QLineEdit *>(QStringLiteral("noteLineEdit"));
    QTest::keyClicks(note, QStringLiteral("amount 9900.00 - check against the order"));
    QTest::mouseClick(first.viewer.findChild<QPushButton *>(QStringLiteral("saveHighlightButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(first.viewer.annotations()->rowCount(), 1, 15000);
    const proto::Annotation saved = first.viewer.annotations()->at(0);
    QVERIFY(saved.id > 0);
    QCOMPARE(saved.author.username, std::string("op1"));

    // Stored per-mille of the unrotated image: the band is x 167..833, y 375..500.
    const auto near = [](std::int64_t value, std::int64_t expected) { return std::abs(value - expected) <= 6; };
    QVERIFY(near(saved.x, 167) && near(saved.y, 375) && near(saved.w, 667) && near(saved.h, 125));
    QCOMPARE(world.count("SELECT count(*) FROM annotations"), 1LL);

    // Second desk: op2, a different operator in a different client, opens the same proof.
    Desk second(dir.filePath(QStringLiteral("second.ini")), server, createSession(world.db, world.op2.id));
    second.viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second.viewer));
    second.viewer.showProof(context);
    QTRY_COMPARE_WITH_TIMEOUT(second.viewer.annotations()->rowCount(), 1, 15000);
    const proto::Annotation seen = second.viewer.annotations()->at(0);
    QCOMPARE(seen.id, saved.id);
    QCOMPARE(seen.author.username, std::string("op1"));
    QCOMPARE(seen.note, std::string("amount 9900.00 - check against the order"));
    QCOMPARE(std::tie(seen.x, seen.y, seen.w, seen.h), std::tie(saved.x, saved.y, saved.w, saved.h));
    QTRY_VERIFY_WITH_TIMEOUT(!second.viewer.imageView()->image().isNull(), 15000);
    QVERIFY(second.viewer.digestMatches().value_or(false));
    QVERIFY(p2pdesk::screenshots::save(&second.viewer, QStringLiteral("proof-viewer")));
}

void TestAnnotationRoundTripRealSyncd::txidProofShowsTheOnChainHint()
{
    // The English catalogue, as the app installs it: plurals read "42 confirmations", not "(s)".
    QCOMPARE(LanguageSettings::install(*qApp, QStringLiteral("en")), QStringLiteral("en"));
    FakeTronscan tronscan;
    SyncdTestServerOptions options;
    options.config = {{"explorer.tron.provider", "tronscan"}, {"explorer.tron.url", tronscan.url()}};
    orders::OrdersWorld world(options);
    auto admin = world.as(world.admin);
    QCOMPARE(admin
                 .request("PUT", "/api/v1/admin/flags/explorer_hints",
                          R"({"enabled":true,"reason":"hints beside proofs"})", "application/json")
                 .status,
             200);
    auto op1 = world.as(world.op1);
    const auto waiting = orderWaitingForProof(op1, 880002);
    QVERIFY(waiting);
    const auto orderId = *waiting;

    // The customer's 100 USDT reached the order's deposit address, 42 blocks deep.
    const std::string txid = "7c1f0e9a3b5d2c4e6f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6";
    FakeTronscan::Transaction onChain;
    onChain.block = 68'000'000;
    onChain.confirmations = 42;
    onChain.timestampMs = 1'796'000'000'000;
    onChain.transfers = {{"TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", "100000000"}};
    tronscan.setTransaction(txid, onChain);
    auto r = op1.post(orders::path(proto::endpoints::kOrderProofs, orderId), {{"txid", txid}});
    QVERIFY2(r.status == 201, r.body.c_str());
    auto proof = proto::fromJson<proto::Proof>(r.json);
    QVERIFY(proof.ok());

    QTemporaryDir dir;
    const QUrl server(QStringLiteral("https://127.0.0.1:%1").arg(world.server->port()));
    Desk desk(dir.filePath(QStringLiteral("desk.ini")), server, createSession(world.db, world.op2.id));
    desk.viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk.viewer));
    desk.viewer.showProof(
        ProofContext{proof.value(), QStringLiteral("order"), QStringLiteral("USDT"), QStringLiteral("TRON")});
    auto *hint = desk.viewer.findChild<QLabel *>(QStringLiteral("chainHintLabel"));
    QVERIFY(hint);
    QTRY_VERIFY_WITH_TIMEOUT(hint->text().contains(QStringLiteral("deposit address")), 15000);
    QVERIFY2(hint->text().contains(QStringLiteral("✔ Sent to the deposit address.")), qPrintable(hint->text()));
    QVERIFY2(hint->text().contains(QStringLiteral("✔ Amount 100.000000: as the order expects.")),
             qPrintable(hint->text()));
    QVERIFY(hint->text().contains(QStringLiteral("42 confirmations,")));
    QCOMPARE(tronscan.requestedHashes(), std::vector<std::string>{txid});
    QVERIFY(p2pdesk::screenshots::save(&desk.viewer, QStringLiteral("proof-viewer-chain-hint")));
}

QTEST_MAIN(TestAnnotationRoundTripRealSyncd)
#include "tst_annotation_round_trip_real_syncd.moc"
