#include "GoldenRegistry.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QString>
#include <QTest>

#include <string>

using namespace p2pdesk;
using namespace p2pdesk::proto;
using test::recoders;

// Golden-file round trips: every sample under tests/data/proto decodes, and encoding it again
// gives back the very same bytes (sorted keys, two-space indent) — the wire form is canonical.
class TestCodecs final : public QObject {
    Q_OBJECT

private:
    static QString dataDir()
    {
        return qEnvironmentVariable("P2PDESK_SOURCE_DIR") + QStringLiteral("/tests/data/proto");
    }

    static QStringList goldenFiles()
    {
        return QDir(dataDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    }

    static QString typeOf(const QString &fileName) { return fileName.section(QLatin1Char('.'), 0, 0); }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("P2PDESK_SOURCE_DIR"), "run through ctest");
        QVERIFY(goldenFiles().size() >= 30);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("fileName");
        for (const QString &file : goldenFiles())
            QTest::newRow(qPrintable(file)) << file;
    }

    void roundTrip()
    {
        QFETCH(QString, fileName);
        const auto recoder = recoders().find(typeOf(fileName).toStdString());
        QVERIFY2(recoder != recoders().end(), qPrintable(QStringLiteral("no DTO for ") + fileName));

        QFile file(dataDir() + QLatin1Char('/') + fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray golden = file.readAll();

        const auto json = parseJson(golden.toStdString());
        QVERIFY(json.ok());
        const auto recoded = recoder->second(json.value());
        QVERIFY2(recoded.ok(),
                 qPrintable(QString::fromStdString(
                     recoded.ok() ? std::string{} : recoded.error().fieldPath + ": " + recoded.error().reason)));
        const std::string encoded = recoded.value().dump(2) + "\n";
        QCOMPARE(QString::fromStdString(encoded), QString::fromUtf8(golden));
    }

    void everyDtoHasAGolden()
    {
        QSet<QString> covered;
        for (const QString &file : goldenFiles())
            covered.insert(typeOf(file));
        for (const auto &entry : recoders())
            QVERIFY2(covered.contains(QString::fromStdString(entry.first)), entry.first.c_str());
    }

    // The compact form used on the wire is the same document.
    void serializeIsCompactCanonical()
    {
        TransitionRequest request;
        request.to = domain::OrderStatus::Cancelled;
        request.version = 3;
        request.reason = "no answer";
        QCOMPARE(QString::fromStdString(serialize(request)),
                 QStringLiteral(R"({"reason":"no answer","to":"CANCELLED","version":3})"));
        const auto back = parse<TransitionRequest>(serialize(request));
        QVERIFY(back.ok());
        QVERIFY(back->to == request.to);
        QCOMPARE(back->version, request.version);
        QCOMPARE(back->reason.value_or(std::string{}), std::string("no answer"));
        QVERIFY(!back->payoutReference.has_value());
    }

    void serializeSurvivesInvalidUtf8()
    {
        Reset2faRequest request;
        request.reason = "bad \xff byte";
        const std::string body = serialize(request);
        QVERIFY(parseJson(body).ok());
        QVERIFY(body.find("\xef\xbf\xbd") != std::string::npos); // U+FFFD
    }

    void moneyIsExact()
    {
        const auto order = parse<CreateOrderRequest>(
            R"({"customer":{"telegram_id":1},"direction":"sell","asset":"USDT","network":"TRON",
                "fiat_currency":"RUB","amount_fiat":"0.10","payout_requisites":"x"})");
        QVERIFY(order.ok());
        QVERIFY(!order->amountCrypto.has_value());
        QCOMPARE(order->amountFiat->units(), std::uint64_t{10});
        QCOMPARE(order->amountFiat->scale(), 2);
        QCOMPARE(QString::fromStdString(toJson(order.value())["amount_fiat"].get<std::string>()),
                 QStringLiteral("0.10"));
    }

    void unknownFieldsAreIgnored()
    {
        const auto take = parse<TakeRequest>(R"({"final_rate":"92.35","future_field":{"x":[1,2]}})");
        QVERIFY(take.ok());
        QCOMPARE(QString::fromStdString(take->finalRate.toString()), QStringLiteral("92.35"));
        QVERIFY(!toJson(take.value()).contains("future_field"));
    }

    void nullMeansAbsent()
    {
        const auto take = parse<TakeRequest>(R"({"final_rate":"92.35","reason":null,"version":null})");
        QVERIFY(take.ok());
        QVERIFY(!take->reason.has_value());
        QVERIFY(!take->version.has_value());
    }

    void codePointsNotBytes()
    {
        // 64 Cyrillic letters are 128 bytes but a valid username; 65 are not.
        std::string name;
        for (int i = 0; i < 64; ++i)
            name += "ж";
        Json body = {{"username", name}, {"password", "p"}, {"totp", "123456"}};
        QVERIFY(fromJson<LoginRequest>(body).ok());
        body["username"] = name + "ж";
        const auto tooLong = fromJson<LoginRequest>(body);
        QVERIFY(!tooLong.ok());
        QVERIFY(tooLong.error().kind == DecodeErrorKind::TooLong);
    }

    void errorBodyFromDomain()
    {
        const ErrorBody body =
            fromDomainError(domain::makeError(domain::ErrorCode::ChecklistIncomplete, "2 items open"));
        QVERIFY(body.code == ApiErrorCode::ChecklistIncomplete);
        const Json json = toJson(body);
        QCOMPARE(QString::fromStdString(json["error"]["code"].get<std::string>()),
                 QStringLiteral("checklist_incomplete"));
        QCOMPARE(QString::fromStdString(json["error"]["message"].get<std::string>()), QStringLiteral("2 items open"));
        QVERIFY(json["error"]["details"].is_object());
    }

    void errorBodyFromDecodeError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("{\"to\":") << QStringLiteral("bad_request") << QString();
        QTest::newRow("missing reason") << QByteArray(R"({"decision":"approve","version":1})")
                                        << QStringLiteral("reason_required") << QStringLiteral("reason");
        QTest::newRow("blank reason") << QByteArray(R"({"decision":"approve","version":1,"reason":"  "})")
                                      << QStringLiteral("reason_required") << QStringLiteral("reason");
        QTest::newRow("bad decision") << QByteArray(R"({"decision":"maybe","version":1,"reason":"r"})")
                                      << QStringLiteral("validation_failed") << QStringLiteral("decision");
    }

    void errorBodyFromDecodeError()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const auto decoded = parse<ApprovalRequest>(body.toStdString());
        QVERIFY(!decoded.ok());
        const ErrorBody error = fromDecodeError(decoded.error());
        QCOMPARE(QString::fromUtf8(toString(error.code).data(), static_cast<qsizetype>(toString(error.code).size())),
                 code);
        QCOMPARE(QString::fromStdString(error.details.value("field", std::string{})), field);
    }
};

QTEST_APPLESS_MAIN(TestCodecs)
#include "tst_codecs.moc"
