#include "security/Sha256.h"

#include "p2pdesk/proto/Endpoints.h"
#include "p2pdesk/test/CraftedImages.h"
#include "p2pdesk/test/PgTestDatabase.h"
#include "p2pdesk/test/SyncdTestServer.h"
#include "p2pdesk/test/TestOperators.h"

#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/StreamCopier.h>
#include <QtTest>
#include <pqxx/nontransaction>
#include <pqxx/result>

#include <filesystem>
#include <sstream>
#include <string>

using namespace p2pdesk;
using namespace p2pdesk::test;
using namespace p2pdesk::test::images;

class TestSyncdProofs final : public QObject {
    Q_OBJECT

private slots:
    void txidProofMovesOrderToVerify();
    void fileProofIsSniffedStoredAndServed();
    void recognisedByMagicBytes_data();
    void recognisedByMagicBytes();
    void brokenOrOversizedFilesAreRefused_data();
    void brokenOrOversizedFilesAreRefused();
    void downloadHeadersKeepFilesInert();
    void oversizedUploadIs413();
    void jsonBodyGetsTheJsonLimit();
    void sameFileOnAnotherOrderRaisesFlag();
    void sameTxidOnAnotherOrderRaisesFlag();
    void refusals_data();
    void refusals();
    void fileDownloadIsAuthorised();
    void annotationsRoundTrip();
    void annotationRefusals();
    void onlyHolderOrSeniorWithReasonAttaches();
    void annotationsOnlyForThoseWhoSeeOrders();
};

namespace {

constexpr const char *kTxid = "A3F1C2D4E5B6978812AB34CD56EF7890A1B2C3D4E5F60718293A4B5C6D7E8F90";

long long count(const PgTestDatabase &db, const std::string &sql)
{
    auto conn = db.connect();
    pqxx::nontransaction tx(*conn);
    return tx.exec1(sql)[0].as<long long>();
}

std::string text(const PgTestDatabase &db, const std::string &sql)
{
    auto conn = db.connect();
    pqxx::nontransaction tx(*conn);
    return tx.exec1(sql)[0].as<std::string>();
}

// An order as the lifecycle leaves it just before a proof: held by `holder`, in `status`.
std::int64_t insertOrder(const PgTestDatabase &db, std::int64_t holder, const std::string &status,
                         const std::string &network = "TRON")
{
    static int next = 0;
    ++next;
    auto conn = db.connect();
    pqxx::nontransaction tx(*conn);
    const auto customer =
        tx.exec_params1("INSERT INTO customers (tg_user_id) VALUES ($1) RETURNING id", 100000 + next)[0]
            .as<std::int64_t>();
    return tx
        .exec_params1("INSERT INTO orders (public_code, direction, asset, network, fiat_currency, amount_crypto, "
                      "amount_fiat, suggested_rate, final_rate, status, customer_id, holder_operator_id) "
                      "VALUES ($1, 'crypto_to_fiat', 'USDT', $2, 'RUB', 100, 9000, 90, 90, $3, $4, $5) RETURNING id",
                      "T-" + std::to_string(1000 + next), network, status, customer, holder)[0]
        .as<std::int64_t>();
}

std::string png()
{
    return realPng(16, 16).toStdString();
}

std::size_t storedFiles(const SyncdTestServer &server)
{
    const auto dir = server.dataDir() / "content";
    if (!std::filesystem::exists(dir))
        return 0;
    std::size_t files = 0;
    for (const auto &entry : std::filesystem::recursive_directory_iterator(dir))
        files += entry.is_regular_file() ? 1 : 0;
    return files;
}

std::string proofsPath(std::int64_t orderId)
{
    return "/api/v1/orders/" + std::to_string(orderId) + "/proofs";
}

std::string ep(std::string_view pattern, std::int64_t id)
{
    std::string path(pattern);
    path.replace(path.find("{id}"), 4, std::to_string(id));
    return path;
}

struct Desk {
    PgTestDatabase db;
    std::unique_ptr<SyncdTestServer> server;
    TestOperator op;
    std::unique_ptr<HttpsTestClient> client;

    Desk()
    {
        server = std::make_unique<SyncdTestServer>(db);
        op = createOperator(*server, "op1", {"operator"});
        client = std::make_unique<HttpsTestClient>(clientAs(*server, op));
    }
    // A bare session trusting only this server, for requests the test client cannot make (a body
    // that declares more than it sends).
    Poco::Net::HTTPSClientSession rawSession() const
    {
        Poco::Net::Context::Params params;
        params.caLocation = server->certificateFile().string();
        params.verificationMode = Poco::Net::Context::VERIFY_STRICT;
        params.loadDefaultCAs = false;
        return Poco::Net::HTTPSClientSession("127.0.0.1", server->port(),
                                             new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params));
    }
    HttpsResult upload(std::int64_t orderId, const std::string &bytes, const std::string &type = "image/png")
    {
        return client->request("POST", proofsPath(orderId), bytes, type);
    }
};

} // namespace

void TestSyncdProofs::txidProofMovesOrderToVerify()
{
    Desk desk;
    const auto order = insertOrder(desk.db, desk.op.id, "USER_MARKED_SENT");
    const auto added = desk.client->post(proofsPath(order), {{"txid", kTxid}});
    QCOMPARE(added.status, 201);
    QCOMPARE(added.json["kind"].get<std::string>(), std::string("txid"));
    // Normalised (lower case) so the same transaction is recognised however it was typed.
    QCOMPARE(added.json["txid"].get<std::string>(), QString::fromLatin1(kTxid).toLower().toStdString());
    QCOMPARE(added.json["uploader"]["id"].get<std::int64_t>(), desk.op.id);

    const auto id = std::to_string(order);
    QCOMPARE(text(desk.db, "SELECT status FROM orders WHERE id = " + id), std::string("OPERATOR_VERIFY_PROOF"));
    QCOMPARE(count(desk.db, "SELECT count(*) FROM order_history WHERE order_id = " + id +
                                " AND actor = 'system' AND from_status = 'USER_MARKED_SENT' "
                                "AND to_status = 'OPERATOR_VERIFY_PROOF'"),
             1LL);
    QCOMPARE(count(desk.db, "SELECT count(*) FROM attachments WHERE order_id = " + id +
                                " AND kind = 'proof_txid' "
                                "AND uploader = 'operator:" +
                                std::to_string(desk.op.id) + "'"),
             1LL);
    QCOMPARE(count(desk.db, "SELECT count(*) FROM audit_log WHERE action = 'proof.add'"), 1LL);
    QCOMPARE(count(desk.db, "SELECT count(*) FROM change_events WHERE kind = 'proof.added' AND order_id = " + id), 1LL);

    // A second proof while the operator checks: accepted, no second transition.
    QCOMPARE(desk.upload(order, png()).status, 201);
    QCOMPARE(count(desk.db, "SELECT count(*) FROM order_history WHERE order_id = " + id), 1LL);
}

void TestSyncdProofs::fileProofIsSniffedStoredAndServed()
{
    Desk desk;
    const auto order = insertOrder(desk.db, desk.op.id, "USER_MARKED_SENT");
    const std::string bytes = png();
    // The client claims a PDF; the magic bytes say PNG, and PNG is what is stored and served.
    const auto added = desk.upload(order, bytes, "application/pdf");
    QCOMPARE(added.status, 201);
    QCOMPARE(added.json["kind"].get<std::string>(), std::string("file"));
    QCOMPARE(added.json["mime"].get<std::string>(), std::string("image/png"));
    QCOMPARE(added.json["size"].get<std::int64_t>(), static_cast<std::int64_t>(bytes.size()));
    const std::string sha = syncd::security::sha256Hex(bytes);
    QCOMPARE(added.json["sha256"].get<std::string>(), sha);
    QCOMPARE(text(desk.db, "SELECT status FROM orders WHERE id = " + std::to_string(order)),
             std::string("OPERATOR_VERIFY_PROOF"));

    const auto key = text(desk.db, "SELECT storage_key FROM attachments WHERE id = " +
                                       std::to_string(added.json["id"].get<std::int64_t>()));
    const auto onDisk = desk.server->dataDir() / "content" / key;
    QVERIFY(std::filesystem::is_regular_file(onDisk));
    QCOMPARE(static_cast<std::size_t>(std::filesystem::file_size(onDisk)), bytes.size());
    QVERIFY(key.find(sha) != std::string::npos);
    // No temp file left behind next to it.
    for (const auto &entry : std::filesystem::directory_iterator(onDisk.parent_path()))
        QVERIFY(entry.path().filename().string().rfind(".tmp-", 0) != 0);

    const auto file =
        desk.client->get("/api/v1/proofs/" + std::to_string(added.json["id"].get<std::int64_t>()) + "/file");
    QCOMPARE(file.status, 200);
    QCOMPARE(file.body, bytes);
    QCOMPARE(file.header("Content-Type"), std::string("image/png"));
    QCOMPARE(file.header("X-Content-Type-Options"), std::string("nosniff"));
}

void TestSyncdProofs::recognisedByMagicBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("declared");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mime");

    QTest::newRow("jpeg") << realJpeg(16, 16) << "image/jpeg" << 201 << "image/jpeg";
    QTest::newRow("png as octet-stream") << QByteArray(png().data(), static_cast<int>(png().size()))
                                         << "application/octet-stream" << 201 << "image/png";
    QTest::newRow("webp") << webpLossless(16, 16) << "image/webp" << 201 << "image/webp";
    QTest::newRow("pdf") << smallPdf() << "application/pdf" << 201 << "application/pdf";
    QTest::newRow("exe claiming png") << QByteArray("MZ\x90\0\x03\0\0\0", 8) << "image/png" << 415 << "";
    QTest::newRow("html claiming jpeg") << QByteArray("<html><script>") << "image/jpeg" << 415 << "";
    QTest::newRow("gif") << QByteArray("GIF89a\x01\0\x01\0", 10) << "image/gif" << 415 << "";
    QTest::newRow("riff but not webp") << QByteArray("RIFF\x24\0\0\0WAVEfmt ", 16) << "image/webp" << 415 << "";
}

void TestSyncdProofs::recognisedByMagicBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, declared);
    QFETCH(int, status);
    QFETCH(QString, mime);
    Desk desk;
    const auto order = insertOrder(desk.db, desk.op.id, "USER_MARKED_SENT");
    const auto result = desk.upload(order, bytes.toStdString(), declared.toStdString());
    QCOMPARE(result.status, status);
    if (status == 201) {
        QCOMPARE(QString::fromStdString(result.json["mime"].get<std::string>()), mime);
    } else {
        QCOMPARE(result.errorCode(), std::string("unsupported_media_type"));
        QCOMPARE(count(desk.db, "SELECT count(*) FROM attachments"), 0LL);
        QCOMPARE(text(desk.db, "SELECT status FROM orders WHERE id = " + std::to_string(order)),
                 std::string("USER_MARKED_SENT"));
    }
}

void TestSyncdProofs::brokenOrOversizedFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QByteArray jpeg = realJpeg(32, 32);
    QByteArray badCrc = realPng(16, 16);
    badCrc[8 + 4 + 4 + 13] = static_cast<char>(badCrc[8 + 4 + 4 + 13] ^ 0x01);
    QTest::newRow("3-byte FF D8 FF") << QByteArray("\xFF\xD8\xFF", 3) << 415 << "unsupported_media_type";
    QTest::newRow("truncated jpeg") << jpeg.left(jpeg.size() / 2) << 415 << "unsupported_media_type";
    QTest::newRow("png with a bad IHDR CRC") << badCrc << 415 << "unsupported_media_type";
    QTest::newRow("pdf without its trailer") << smallPdf().left(80) << 415 << "unsupported_media_type";
    QTest::newRow("png bomb 20000 x 20000") << pngBomb(20000) << 422 << "validation_failed";
    QTest::newRow("jpeg frame 20000 x 20000") << jpegClaiming(jpeg, 20000, 20000) << 422 << "validation_failed";
}

void TestSyncdProofs::brokenOrOversizedFilesAreRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(QString, code);
    Desk desk;
    const auto order = insertOrder(desk.db, desk.op.id, "USER_MARKED_SENT");
    const auto result = desk.upload(order, bytes.toStdString(), "image/png");
    QCOMPARE(result.status, status);
    QCOMPARE(QString::fromStdString(result.errorCode()), code);
    const auto &details = result.json["error"]["details"];
    if (status == 422) {
        // The uploader learns what to fix: the image's size and the limits.
        QCOMPARE(details["kind"].get<std::string>(), std::string("image_too_large"));
        QCOMPARE(details["field"].get<std::string>(), std::string("body"));
        QCOMPARE(details["width"].get<std::int64_t>(), std::int64_t(20000));
        QCOMPARE(details["height"].get<std::int64_t>(), std::int64_t(20000));
        QCOMPARE(details["max_side"].get<std::int64_t>(), std::int64_t(16384));
        QCOMPARE(details["max_pixels"].get<std::int64_t>(), std::int64_t(50000000));
    } else {
        QCOMPARE(details["reason"].get<std::string>(), std::string("malformed"));
    }
    // Nothing happened: no row, no stored bytes, no audit, no event, no transition.
    QCOMPARE(count(desk.db, "SELECT count(*) FROM attachments"), 0LL);
    QCOMPARE(storedFiles(*desk.server), std::size_t(0));
    QCOMPARE(count(desk.db, "SELECT count(*) FROM audit_log WHERE action = 'proof.add'"), 0LL);
    QCOMPARE(count(desk.db, "SELECT count(*) FROM change_events WHERE order_id = " + std::to_string(order)), 0LL);
    QCOMPARE(count(desk.db, "SELECT count(*) FROM order_history WHERE order_id = " + std::to_string(order)), 0LL);
    QCOMPARE(text(desk.db, "SELECT status FROM orders WHERE id = " + std::to_string(order)),
             std::string("USER_MARKED_SENT"));

    // The limits are configuration: a desk that raises them takes the same image.
    if (status == 422 && bytes.startsWith("\x89PNG")) {
        PgTestDatabase db;
        SyncdTestServerOptions options;
        options.config["proofs.max_image_side"] = "20000";
        options.config["proofs.max_image_pixels"] = "400000000";
        SyncdTestServer server(db, options);
        const auto op = createOperator(server, "op1", {"operator"});
        auto client = clientAs(server, op);
        const auto other = insertOrder(db, op.id, "USER_MARKED_SENT");
        QCOMPARE(client.request("POST", proofsPath(other), bytes.toStdString(), "image/png").status, 201);
    }
}

void TestSyncdProofs::downloadHeadersKeepFilesInert()
{
    Desk desk;
    const auto order = insertOrder(desk.db, desk.op.id, "USER_MARKED_SENT");
    const auto image = desk.upload(order, png());
    QCOMPARE(image.status, 201);
    const auto shown =
        desk.client->get("/api/v1/proofs/" + std::to_string(image.json["id"].get<std::int64_t>()) + "/file");
    QCOMPARE(shown.status, 200);
    QCOMPARE(shown.header("Content-Type"), std::string("image/png"));
    QCOMPARE(shown.header("X-Content-Type-Options"), std::string("nosniff"));
    QCOMPARE(shown.header("Content-Security-Policy"), std::string("sandbox"));
    QCOMPARE(shown.header("Content-Disposition"), std::string("inline"));

    // A PDF that would run JavaScript when opened: never inline, never with the desk's origin.
    const QByteArray script = smallPdf("3 0 obj << /Type /Action /S /JavaScript /JS (app.alert(1)) >> endobj\n"
                                       "4 0 obj << /OpenAction 3 0 R >> endobj\n");
    const auto pdf = desk.upload(order, script.toStdString(), "application/pdf");
    QCOMPARE(pdf.status, 201);
    QCOMPARE(pdf.json["mime"].get<std::string>(), std::string("application/pdf"));
    const auto id = std::to_string(pdf.json["id"].get<std::int64_t>());
    const auto file = desk.client->get("/api/v1/proofs/" + id + "/file");
    QCOMPARE(file.status, 200);
    QCOMPARE(file.body, script.toStdString());
    QCOMPARE(file.header("Content-Type"), std::string("application/pdf"));
    QCOMPARE(file.header("Content-Disposition"), "attachment; filename=\"proof-" + id + ".pdf\"");
    QCOMPARE(file.header("Content-Security-Policy"), std::string("sandbox"));
    QCOMPARE(file.header("X-Content-Type-Options"), std::string("nosniff"));
}

void TestSyncdProofs::oversizedUploadIs413()
{
    Desk desk;
    const auto order = insertOrder(desk.db, desk.op.id, "USER_MARKED_SENT");
    // Declares 20 MiB + 1 and sends only the beginning: the server must refuse from the header,
    // without reading (or storing) the body.
    auto session = desk.rawSession();
    Poco::Net::HTTPRequest request("POST", proofsPath(order), Poco::Net::HTTPMessage::HTTP_1_1);
    request.set("Authorization", "Bearer " + createSession(desk.db, desk.op.id));
    request.setContentType("image/png");
    request.setContentLength64(20LL * 1024 * 1024 + 1);
    std::ostream &out = session.sendRequest(request);
    const std::string head = png() + std::string(64 * 1024, 'x');
    out.write(head.data(), static_cast<std::streamsize>(head.size()));
    Poco::Net::HTTPResponse response;
    std::istream &in = session.receiveResponse(response);
    std::ostringstream body;
    Poco::StreamCopier::copyStream(in, body);
    QCOMPARE(static_cast<int>(response.getStatus()), 413);
    QCOMPARE(nlohmann::json::parse(body.str())["error"]["code"].get<std::string>(), std::string("payload_too_large"));
    QCOMPARE(count(desk.db, "SELECT count(*) FROM attachments"), 0LL);

    // Exactly at the limit is fine.
    std::string limit = png();
    limit.resize(20 * 1024 * 1024, 'y');
    QCOMPARE(desk.upload(order, limit).status, 201);
}

void TestSyncdProofs::jsonBodyGetsTheJsonLimit()
{
    Desk desk;
    const auto order = insertOrder(desk.db, desk.op.id, "USER_MARKED_SENT");
    const auto jsonLimit = desk.server->app().services().config().integer("http.max_body_bytes");
    QVERIFY(jsonLimit <= 64 * 1024);

    // A valid txid request padded past the JSON limit: refused, not parsed, nothing stored.
    nlohmann::json padded = {{"txid", kTxid}, {"padding", std::string(static_cast<std::size_t>(jsonLimit), 'x')}};
    const auto refused = desk.client->post(proofsPath(order), padded);
    QCOMPARE(refused.status, 413);
    QCOMPARE(refused.errorCode(), std::string("payload_too_large"));
    QCOMPARE(refused.json["error"]["details"]["limit_bytes"].get<std::int64_t>(), jsonLimit);
    QCOMPARE(count(desk.db, "SELECT count(*) FROM attachments"), 0LL);
    QCOMPARE(count(desk.db, "SELECT count(*) FROM order_history WHERE order_id = " + std::to_string(order)), 0LL);
    QCOMPARE(text(desk.db, "SELECT status FROM orders WHERE id = " + std::to_string(order)),
             std::string("USER_MARKED_SENT"));

    // A declared 20 MiB JSON body is refused from its header alone: nothing of it is sent (so the
    // server closes without unread bytes, cleanly) and nothing is waited for.
    auto session = desk.rawSession();
    Poco::Net::HTTPRequest request("POST", proofsPath(order), Poco::Net::HTTPMessage::HTTP_1_1);
    request.set("Authorization", "Bearer " + createSession(desk.db, desk.op.id));
    request.setContentType("application/json");
    request.setContentLength64(20LL * 1024 * 1024);
    session.sendRequest(request).flush();
    Poco::Net::HTTPResponse response;
    std::istream &in = session.receiveResponse(response);
    std::ostringstream body;
    Poco::StreamCopier::copyStream(in, body);
    QCOMPARE(static_cast<int>(response.getStatus()), 413);
    QCOMPARE(count(desk.db, "SELECT count(*) FROM attachments"), 0LL);

    // The same limit on a route without uploads.
    auto anonymous = desk.server->client();
    const auto login =
        anonymous.post("/api/v1/auth/login", {{"username", "op1"}, {"password", std::string(128 * 1024, 'p')}});
    QCOMPARE(login.status, 413);
    QCOMPARE(login.errorCode(), std::string("payload_too_large"));

    // Files keep the file limit: several MiB are fine.
    std::string file = png();
    file.resize(5 * 1024 * 1024, 'z');
    QCOMPARE(desk.upload(order, file).status, 201);
    QCOMPARE(count(desk.db, "SELECT count(*) FROM attachments"), 1LL);
}

void TestSyncdProofs::sameFileOnAnotherOrderRaisesFlag()
{
    Desk desk;
    const auto first = insertOrder(desk.db, desk.op.id, "USER_MARKED_SENT");
    const auto second = insertOrder(desk.db, desk.op.id, "USER_MARKED_SENT");
    QCOMPARE(desk.upload(first, png()).status, 201);
    QCOMPARE(count(desk.db, "SELECT count(*) FROM risk_flags"), 0LL);
    // The same file again on the SAME order is not reuse.
    QCOMPARE(desk.upload(first, png()).status, 201);
    QCOMPARE(count(desk.db, "SELECT count(*) FROM risk_flags"), 0LL);

    QCOMPARE(desk.upload(second, png()).status, 201);
    QCOMPARE(count(desk.db, "SELECT count(*) FROM risk_flags WHERE order_id = " + std::to_string(second) +
                                " AND rule = 'proof_reuse' AND cleared_at IS NULL"),
             1LL);
    QCOMPARE(count(desk.db, "SELECT count(*) FROM risk_flags WHERE order_id = " + std::to_string(first)), 0LL);
    QCOMPARE(text(desk.db, "SELECT figures->>'observed' FROM risk_flags"), std::string("1"));
    QCOMPARE(count(desk.db, "SELECT count(*) FROM change_events WHERE kind = 'risk_flag.raised' AND order_id = " +
                                std::to_string(second)),
             1LL);
}

void TestSyncdProofs::sameTxidOnAnotherOrderRaisesFlag()
{
    Desk desk;
    const auto first = insertOrder(desk.db, desk.op.id, "USER_MARKED_SENT");
    const auto second = insertOrder(desk.db, desk.op.id, "USER_MARKED_SENT");
    QCOMPARE(desk.client->post(proofsPath(first), {{"txid", kTxid}}).status, 201);
    // Lower case this time: still the same transaction.
    QCOMPARE(
        desk.client->post(proofsPath(second), {{"txid", QString::fromLatin1(kTxid).toLower().toStdString()}}).status,
        201);
    QCOMPARE(count(desk.db, "SELECT count(*) FROM risk_flags WHERE order_id = " + std::to_string(second) +
                                " AND rule = 'txid_reuse'"),
             1LL);
    QCOMPARE(count(desk.db, "SELECT count(*) FROM risk_flags WHERE order_id = " + std::to_string(first)), 0LL);
}

void TestSyncdProofs::refusals_data()
{
    QTest::addColumn<QString>("orderStatus");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("txid");
    QTest::addColumn<bool>("anonymous");
    QTest::addColumn<bool>("unknownOrder");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QString good = QString::fromLatin1(kTxid);
    QTest::newRow("txid too short") << "USER_MARKED_SENT"
                                    << "TRON"
                                    << "abc123" << false << false << 422 << "validation_failed";
    QTest::newRow("txid not hex") << "USER_MARKED_SENT"
                                  << "TRON" << QString(64, QLatin1Char('z')) << false << false << 422
                                  << "validation_failed";
    QTest::newRow("tron txid on ethereum") << "USER_MARKED_SENT"
                                           << "ETHEREUM" << good << false << false << 422 << "validation_failed";
    QTest::newRow("order not waiting for proof") << "ASSIGNED"
                                                 << "TRON" << good << false << false << 409 << "invalid_transition";
    QTest::newRow("completed order") << "COMPLETED"
                                     << "TRON" << good << false << false << 409 << "invalid_transition";
    QTest::newRow("unknown order") << "USER_MARKED_SENT"
                                   << "TRON" << good << false << true << 404 << "not_found";
    QTest::newRow("anonymous") << "USER_MARKED_SENT"
                               << "TRON" << good << true << false << 401 << "unauthorized";
}

void TestSyncdProofs::refusals()
{
    QFETCH(QString, orderStatus);
    QFETCH(QString, network);
    QFETCH(QString, txid);
    QFETCH(bool, anonymous);
    QFETCH(bool, unknownOrder);
    QFETCH(int, status);
    QFETCH(QString, code);
    Desk desk;
    const auto order = insertOrder(desk.db, desk.op.id, orderStatus.toStdString(), network.toStdString());
    auto client = desk.server->client();
    if (!anonymous)
        client.setBearerToken(createSession(desk.db, desk.op.id));
    const auto result = client.post(proofsPath(unknownOrder ? order + 1000 : order), {{"txid", txid.toStdString()}});
    QCOMPARE(result.status, status);
    QCOMPARE(QString::fromStdString(result.errorCode()), code);
    QCOMPARE(count(desk.db, "SELECT count(*) FROM attachments"), 0LL);
    QCOMPARE(text(desk.db, "SELECT status FROM orders WHERE id = " + std::to_string(order)), orderStatus.toStdString());
}

void TestSyncdProofs::fileDownloadIsAuthorised()
{
    Desk desk;
    const auto order = insertOrder(desk.db, desk.op.id, "USER_MARKED_SENT");
    const auto added = desk.upload(order, png());
    QCOMPARE(added.status, 201);
    const auto path = "/api/v1/proofs/" + std::to_string(added.json["id"].get<std::int64_t>()) + "/file";

    auto anonymous = desk.server->client();
    const auto refused = anonymous.get(path);
    QCOMPARE(refused.status, 401);
    QVERIFY(refused.body.find("IHDR") == std::string::npos);
    auto forged = desk.server->client();
    forged.setBearerToken(std::string("not-a-session-token"));
    QCOMPARE(forged.get(path).status, 401);

    // Any operator of the desk may look at proofs (the second pair of eyes needs them).
    auto other = clientAs(*desk.server, createOperator(*desk.server, "senior1", {"senior"}));
    QCOMPARE(other.get(path).status, 200);
    QCOMPARE(desk.client->get("/api/v1/proofs/987654/file").status, 404);
    QCOMPARE(desk.client->get("/api/v1/proofs/abc/file").status, 404);
    // A txid proof has no file.
    const auto txid = desk.client->post(proofsPath(order), {{"txid", kTxid}});
    QCOMPARE(desk.client->get("/api/v1/proofs/" + std::to_string(txid.json["id"].get<std::int64_t>()) + "/file").status,
             404);
}

void TestSyncdProofs::annotationsRoundTrip()
{
    Desk desk;
    const auto order = insertOrder(desk.db, desk.op.id, "USER_MARKED_SENT");
    const auto proof = desk.upload(order, png()).json["id"].get<std::int64_t>();
    const auto path = "/api/v1/proofs/" + std::to_string(proof) + "/annotations";
    const auto added = desk.client->post(path, {{"x", 100}, {"y", 250}, {"w", 300}, {"h", 50}, {"note", "amount"}});
    QCOMPARE(added.status, 201);
    QCOMPARE(added.json["author"]["id"].get<std::int64_t>(), desk.op.id);
    QCOMPARE(added.json["author"]["username"].get<std::string>(), std::string("op1"));

    auto other = clientAs(*desk.server, createOperator(*desk.server, "op2", {"operator"}));
    QCOMPARE(other.post(path, {{"x", 0}, {"y", 0}, {"w", 1000}, {"h", 1000}, {"note", ""}}).status, 201);
    const auto list = other.get(path);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json["items"].size(), std::size_t(2));
    const auto &first = list.json["items"][0];
    QCOMPARE(first["x"].get<std::int64_t>(), std::int64_t(100));
    QCOMPARE(first["y"].get<std::int64_t>(), std::int64_t(250));
    QCOMPARE(first["w"].get<std::int64_t>(), std::int64_t(300));
    QCOMPARE(first["h"].get<std::int64_t>(), std::int64_t(50));
    QCOMPARE(first["note"].get<std::string>(), std::string("amount"));
    QCOMPARE(first["proof_id"].get<std::int64_t>(), proof);
    QCOMPARE(count(desk.db, "SELECT count(*) FROM audit_log WHERE action = 'annotation.add'"), 2LL);
    QCOMPARE(count(desk.db, "SELECT count(*) FROM change_events WHERE kind = 'annotation.added' AND order_id = " +
                                std::to_string(order)),
             2LL);
}

void TestSyncdProofs::annotationRefusals()
{
    Desk desk;
    const auto order = insertOrder(desk.db, desk.op.id, "USER_MARKED_SENT");
    const auto proof = desk.upload(order, png()).json["id"].get<std::int64_t>();
    const auto path = "/api/v1/proofs/" + std::to_string(proof) + "/annotations";
    const auto outside = desk.client->post(path, {{"x", 900}, {"y", 0}, {"w", 200}, {"h", 10}, {"note", ""}});
    QCOMPARE(outside.status, 422);
    QCOMPARE(desk.client->post(path, {{"x", 0}, {"y", 0}, {"w", 0}, {"h", 10}, {"note", ""}}).status, 422);
    QCOMPARE(
        desk.client->post("/api/v1/proofs/987654/annotations", {{"x", 0}, {"y", 0}, {"w", 1}, {"h", 1}, {"note", ""}})
            .status,
        404);
    QCOMPARE(desk.client->get("/api/v1/proofs/987654/annotations").status, 404);
    auto anonymous = desk.server->client();
    QCOMPARE(anonymous.get(path).status, 401);
    QCOMPARE(anonymous.post(path, {{"x", 0}, {"y", 0}, {"w", 1}, {"h", 1}, {"note", ""}}).status, 401);
    QCOMPARE(count(desk.db, "SELECT count(*) FROM annotations"), 0LL);
}

void TestSyncdProofs::onlyHolderOrSeniorWithReasonAttaches()
{
    Desk desk; // desk.op holds the orders
    const auto order = insertOrder(desk.db, desk.op.id, "USER_MARKED_SENT");
    const auto id = std::to_string(order);
    auto other = clientAs(*desk.server, createOperator(*desk.server, "op2", {"operator"}));
    const auto senior = createOperator(*desk.server, "senior1", {"senior"});
    auto seniorClient = clientAs(*desk.server, senior);

    // Another operator can neither move the holder's order on nor slip a file in, reason or not.
    auto r = other.post(proofsPath(order), {{"txid", kTxid}, {"reason", "helping out"}});
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), std::string("forbidden"));
    r = other.request("POST", proofsPath(order) + "?reason=helping", png(), "image/png");
    QCOMPARE(r.status, 403);
    // A senior needs a reason for someone else's order.
    r = seniorClient.post(proofsPath(order), {{"txid", kTxid}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), std::string("reason_required"));
    r = seniorClient.request("POST", proofsPath(order), png(), "image/png");
    QCOMPARE(r.errorCode(), std::string("reason_required"));
    QCOMPARE(count(desk.db, "SELECT count(*) FROM attachments"), 0LL);
    QCOMPARE(count(desk.db, "SELECT count(*) FROM order_history"), 0LL);
    QCOMPARE(count(desk.db, "SELECT count(*) FROM audit_log WHERE action = 'proof.add'"), 0LL);
    QCOMPARE(text(desk.db, "SELECT status FROM orders WHERE id = " + id), std::string("USER_MARKED_SENT"));

    // With a reason the senior may; the reason lands in the history and the audit log.
    r = seniorClient.post(proofsPath(order), {{"txid", kTxid}, {"reason", "holder on leave, customer phoned"}});
    QVERIFY2(r.status == 201, r.body.c_str());
    QCOMPARE(text(desk.db, "SELECT status FROM orders WHERE id = " + id), std::string("OPERATOR_VERIFY_PROOF"));
    QCOMPARE(text(desk.db, "SELECT reason FROM order_history WHERE order_id = " + id +
                               " AND to_status = 'OPERATOR_VERIFY_PROOF'"),
             std::string("holder on leave, customer phoned"));
    QCOMPARE(count(desk.db, "SELECT count(*) FROM audit_log WHERE action = 'proof.add' AND reason = "
                            "'holder on leave, customer phoned' AND actor = 'operator:" +
                                std::to_string(senior.id) + "'"),
             1LL);
    // A file carries its reason in the query string.
    r = seniorClient.request("POST", proofsPath(order) + "?reason=second%20page%20of%20the%20receipt", png(),
                             "image/png");
    QCOMPARE(r.status, 201);
    QCOMPARE(count(desk.db, "SELECT count(*) FROM audit_log WHERE action = 'proof.add' AND reason = "
                            "'second page of the receipt'"),
             1LL);
    // The holder needs none.
    QCOMPARE(desk.upload(order, png()).status, 201);
}

void TestSyncdProofs::annotationsOnlyForThoseWhoSeeOrders()
{
    Desk desk;
    const auto order = insertOrder(desk.db, desk.op.id, "USER_MARKED_SENT");
    const auto proof = desk.upload(order, png()).json["id"].get<std::int64_t>();
    const auto path = "/api/v1/proofs/" + std::to_string(proof) + "/annotations";
    // An admin-only account does not work orders and cannot open them: nor their annotations.
    auto admin = clientAs(*desk.server, createOperator(*desk.server, "admin1", {"admin"}));
    QCOMPARE(admin.get(ep(p2pdesk::proto::endpoints::kOrder, order)).status, 403);
    auto r = admin.post(path, {{"x", 0}, {"y", 0}, {"w", 10}, {"h", 10}, {"note", "admin"}});
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), std::string("forbidden"));
    QCOMPARE(admin.get(path).status, 403);
    QCOMPARE(count(desk.db, "SELECT count(*) FROM annotations"), 0LL);
    QCOMPARE(count(desk.db, "SELECT count(*) FROM audit_log WHERE action = 'annotation.add'"), 0LL);
    // A senior who does not hold the order sees it, so may annotate it.
    auto senior = clientAs(*desk.server, createOperator(*desk.server, "senior1", {"senior"}));
    QCOMPARE(senior.post(path, {{"x", 0}, {"y", 0}, {"w", 10}, {"h", 10}, {"note", "total"}}).status, 201);
    QCOMPARE(senior.get(path).status, 200);
}

QTEST_GUILESS_MAIN(TestSyncdProofs)
#include "tst_syncd_proofs.moc"
