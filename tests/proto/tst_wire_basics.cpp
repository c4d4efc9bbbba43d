#include "p2pdesk/proto/Proto.h"

#include <QSet>
#include <QString>
#include <QTest>

#include <chrono>
#include <string>

using namespace p2pdesk;
using namespace p2pdesk::proto;

namespace {
QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}
} // namespace

// The small vocabularies of the wire: error codes, timestamps, enums and query strings.
class TestWireBasics final : public QObject {
    Q_OBJECT

private slots:
    void errorCodesAreStable_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("status");
        // The published list: changing a row here is a breaking change of the API.
        const std::pair<const char *, int> expected[] = {
            {"bad_request", 400},
            {"validation_failed", 422},
            {"unauthorized", 401},
            {"auth_failed", 401},
            {"forbidden", 403},
            {"not_found", 404},
            {"proof_purged", 410},
            {"method_not_allowed", 405},
            {"conflict", 409},
            {"invalid_transition", 409},
            {"version_conflict", 409},
            {"already_taken", 409},
            {"rate_stale", 409},
            {"risk_hold", 409},
            {"requote_pending", 409},
            {"new_orders_paused", 409},
            {"reason_required", 422},
            {"approval_required", 422},
            {"checklist_incomplete", 422},
            {"proof_required", 422},
            {"final_rate_required", 422},
            {"payout_reference_required", 422},
            {"wallet_required", 422},
            {"rate_deviation_too_high", 422},
            {"limit_exceeded", 422},
            {"bank_not_accepted", 422},
            {"idempotency_mismatch", 422},
            {"payload_too_large", 413},
            {"unsupported_media_type", 415},
            {"rate_limited", 429},
            {"internal_error", 500},
            {"db_unavailable", 503},
            {"upstream_unavailable", 502},
        };
        QCOMPARE(std::size(expected), kAllApiErrorCodes.size());
        int index = 0;
        for (const auto &[name, status] : expected) {
            QTest::newRow(name) << index << QString::fromUtf8(name) << status;
            ++index;
        }
    }

    void errorCodesAreStable()
    {
        QFETCH(int, index);
        QFETCH(QString, name);
        QFETCH(int, status);
        const ApiErrorCode code = kAllApiErrorCodes.at(static_cast<std::size_t>(index));
        QCOMPARE(qs(toString(code)), name);
        QCOMPARE(httpStatus(code), status);
        QVERIFY(parseApiErrorCode(name.toStdString()) == std::optional<ApiErrorCode>(code));
    }

    void errorCodeNamesAreUnique()
    {
        QSet<QString> names;
        for (const auto code : kAllApiErrorCodes)
            names.insert(qs(toString(code)));
        QCOMPARE(static_cast<std::size_t>(names.size()), kAllApiErrorCodes.size());
        QVERIFY(!parseApiErrorCode("Not_Found").has_value());
    }

    void domainCodesMapToTheirWireNames_data()
    {
        QTest::addColumn<int>("domainCode");
        QTest::addColumn<QString>("wire");
        using domain::ErrorCode;
        const std::pair<ErrorCode, const char *> rows[] = {
            {ErrorCode::InvalidTransition, "invalid_transition"},
            {ErrorCode::Forbidden, "forbidden"},
            {ErrorCode::ReasonRequired, "reason_required"},
            {ErrorCode::ApprovalRequired, "approval_required"},
            {ErrorCode::ChecklistIncomplete, "checklist_incomplete"},
            {ErrorCode::ProofRequired, "proof_required"},
            {ErrorCode::FinalRateRequired, "final_rate_required"},
            {ErrorCode::PayoutReferenceRequired, "payout_reference_required"},
            {ErrorCode::WalletRequired, "wallet_required"},
            {ErrorCode::RateStale, "rate_stale"},
            {ErrorCode::RateDeviationTooHigh, "rate_deviation_too_high"},
            {ErrorCode::LimitExceeded, "limit_exceeded"},
            {ErrorCode::RiskHold, "risk_hold"},
            {ErrorCode::RequotePending, "requote_pending"},
            {ErrorCode::InvalidAmount, "validation_failed"},
            {ErrorCode::NegativeAmount, "validation_failed"},
            {ErrorCode::Overflow, "validation_failed"},
            {ErrorCode::ScaleExceeded, "validation_failed"},
            {ErrorCode::InvalidFormat, "validation_failed"},
            {ErrorCode::UnknownAsset, "validation_failed"},
            {ErrorCode::UnknownFiat, "validation_failed"},
        };
        for (const auto &[code, wire] : rows)
            QTest::newRow(std::string(domain::toString(code)).c_str())
                << static_cast<int>(code) << QString::fromUtf8(wire);
    }

    void domainCodesMapToTheirWireNames()
    {
        QFETCH(int, domainCode);
        QFETCH(QString, wire);
        QCOMPARE(qs(toString(fromDomain(static_cast<domain::ErrorCode>(domainCode)))), wire);
    }

    void timestampsRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<qint64>("micros");
        QTest::newRow("whole seconds") << QStringLiteral("2024-05-01T12:00:00Z")
                                       << QStringLiteral("2024-05-01T12:00:00Z") << qint64(1714564800000000);
        QTest::newRow("millis") << QStringLiteral("2024-05-01T12:00:00.25Z")
                                << QStringLiteral("2024-05-01T12:00:00.250Z") << qint64(1714564800250000);
        QTest::newRow("micros") << QStringLiteral("2024-05-01T12:00:00.000001Z")
                                << QStringLiteral("2024-05-01T12:00:00.000001Z") << qint64(1714564800000001);
        QTest::newRow("offset") << QStringLiteral("2024-05-01T15:00:00+03:00") << QStringLiteral("2024-05-01T12:00:00Z")
                                << qint64(1714564800000000);
        QTest::newRow("negative offset") << QStringLiteral("2024-04-30T23:30:00-12:30")
                                         << QStringLiteral("2024-05-01T12:00:00Z") << qint64(1714564800000000);
        QTest::newRow("leap day") << QStringLiteral("2024-02-29T00:00:00Z") << QStringLiteral("2024-02-29T00:00:00Z")
                                  << qint64(1709164800000000);
        QTest::newRow("epoch") << QStringLiteral("1970-01-01T00:00:00Z") << QStringLiteral("1970-01-01T00:00:00Z")
                               << qint64(0);
    }

    void timestampsRoundTrip()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QFETCH(qint64, micros);
        const auto parsed = parseTimestamp(text.toStdString());
        QVERIFY(parsed.has_value());
        QCOMPARE(qint64(parsed->time_since_epoch().count()), micros);
        QCOMPARE(QString::fromStdString(formatTimestamp(*parsed)), canonical);
    }

    void timestampsRejected_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad :
             {"", "2024-05-01", "2024-05-01 12:00:00Z", "2024-05-01T12:00:00", "2024-13-01T12:00:00Z",
              "2023-02-29T12:00:00Z", "2024-05-01T24:00:00Z", "2024-05-01T12:60:00Z", "2024-05-01T12:00:60Z",
              "2024-05-01T12:00:00.Z", "2024-05-01T12:00:00.1234567Z", "2024-05-01T12:00:00+0300",
              "2024-05-01T12:00:00Zjunk", "2024-5-01T12:00:00Z", "2024-05-01t12:00:00z", "+2024-05-01T12:00:00Z"})
            QTest::newRow(*bad ? bad : "empty") << QString::fromUtf8(bad);
    }

    void timestampsRejected()
    {
        QFETCH(QString, text);
        QVERIFY(!parseTimestamp(text.toStdString()).has_value());
    }

    void enumsRoundTrip()
    {
        for (const auto kind : {ActorKind::Operator, ActorKind::Customer, ActorKind::System})
            QVERIFY(parseActorKind(toString(kind)) == std::optional<ActorKind>(kind));
        for (const auto severity : {RiskSeverity::Info, RiskSeverity::Hold, RiskSeverity::Block})
            QVERIFY(parseRiskSeverity(toString(severity)) == std::optional<RiskSeverity>(severity));
        for (const auto decision : {ApprovalDecision::Approve, ApprovalDecision::Reject})
            QVERIFY(parseApprovalDecision(toString(decision)) == std::optional<ApprovalDecision>(decision));
        for (const auto kind : {ProofKind::Txid, ProofKind::File})
            QVERIFY(parseProofKind(toString(kind)) == std::optional<ProofKind>(kind));
        for (const auto kind : {WalletKind::Hot, WalletKind::Cold})
            QVERIFY(parseWalletKind(toString(kind)) == std::optional<WalletKind>(kind));
        for (const auto kind : {ChecklistKind::Verify, ChecklistKind::Payout})
            QVERIFY(parseChecklistKind(toString(kind)) == std::optional<ChecklistKind>(kind));
        QVERIFY(!parseWalletKind("HOT").has_value());
        QCOMPARE(qs(toString(RiskSeverity::Hold)), QStringLiteral("hold"));
    }

    void ordersQuery()
    {
        const auto query = decodeOrdersQuery(
            {{"status", "NEW,ASSIGNED"}, {"holder", "me"}, {"q", "ivan"}, {"limit", "10"}, {"utm", "ignored"}});
        QVERIFY(query.ok());
        QCOMPARE(query->statuses.size(), std::size_t{2});
        QVERIFY(query->statuses[1] == domain::OrderStatus::Assigned);
        QVERIFY(query->holderIsMe);
        QVERIFY(!query->holderId.has_value());
        QCOMPARE(query->text.value_or(std::string{}), std::string("ivan"));
        QCOMPARE(query->limit, std::int64_t{10});

        const auto again = decodeOrdersQuery(encodeOrdersQuery(query.value()));
        QVERIFY(again.ok());
        QVERIFY(again->statuses == query->statuses);
        QCOMPARE(again->holderIsMe, true);
        QVERIFY(again->text == query->text);
        QCOMPARE(again->limit, query->limit);

        QCOMPARE(decodeOrdersQuery({}).value().limit, std::int64_t{50});
    }

    void ordersQueryRejected_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("kind");
        const char *rows[][4] = {
            {"bad status", "status", "NEW,LATER", "status[1]"},
            {"empty status item", "status", "NEW,", "status[1]"},
            {"limit zero", "limit", "0", "limit"},
            {"limit huge", "limit", "100000", "limit"},
            {"limit text", "limit", "ten", "limit"},
            {"holder text", "holder", "bob", "holder"},
            {"customer overflow", "customer", "99999999999999999999", "customer"},
        };
        const char *kinds[] = {"bad_enum",   "bad_enum",   "out_of_range", "out_of_range",
                               "wrong_type", "wrong_type", "out_of_range"};
        for (std::size_t i = 0; i < std::size(rows); ++i) {
            QTest::newRow(rows[i][0]) << QString::fromUtf8(rows[i][1]) << QString::fromUtf8(rows[i][2])
                                      << QString::fromUtf8(rows[i][3]) << QString::fromUtf8(kinds[i]);
        }
        QTest::newRow("search too long") << QStringLiteral("q") << QString(201, QLatin1Char('x')) << QStringLiteral("q")
                                         << QStringLiteral("too_long");
    }

    void ordersQueryRejected()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, path);
        QFETCH(QString, kind);
        const auto query = decodeOrdersQuery({{name.toStdString(), value.toStdString()}});
        QVERIFY(!query.ok());
        QCOMPARE(QString::fromStdString(query.error().fieldPath), path);
        QCOMPARE(qs(toString(query.error().kind)), kind);
    }

    void customersQuery()
    {
        const auto query =
            decodeCustomersQuery({{"q", "@ivan"}, {"blocked", "true"}, {"offset", "200"}, {"limit", "20"}});
        QVERIFY(query.ok());
        QCOMPARE(query->text.value_or(std::string{}), std::string("@ivan"));
        QCOMPARE(query->blocked, std::optional<bool>(true));
        QCOMPARE(query->offset, std::int64_t{200});
        QCOMPARE(query->limit, std::int64_t{20});
        const auto again = decodeCustomersQuery(encodeCustomersQuery(query.value()));
        QVERIFY(again.ok());
        QVERIFY(again->text == query->text && again->blocked == query->blocked);
        QCOMPARE(again->offset, query->offset);
        QCOMPARE(again->limit, query->limit);

        const auto defaults = decodeCustomersQuery({});
        QVERIFY(defaults.ok());
        QVERIFY(!defaults->text && !defaults->blocked);
        QCOMPARE(defaults->offset, std::int64_t{0});
        QCOMPARE(defaults->limit, limits::kCustomersPage);
        QCOMPARE(decodeCustomersQuery({{"blocked", "false"}})->blocked, std::optional<bool>(false));

        const struct {
            const char *name;
            const char *value;
            DecodeErrorKind kind;
        } refused[] = {{"blocked", "yes", DecodeErrorKind::BadEnum},
                       {"offset", "-1", DecodeErrorKind::OutOfRange},
                       {"offset", "100001", DecodeErrorKind::OutOfRange},
                       {"limit", "201", DecodeErrorKind::OutOfRange},
                       {"limit", "", DecodeErrorKind::WrongType}};
        for (const auto &r : refused) {
            const auto bad = decodeCustomersQuery({{r.name, r.value}});
            QVERIFY2(!bad.ok(), r.value);
            QCOMPARE(bad.error().fieldPath, std::string(r.name));
            QVERIFY(bad.error().kind == r.kind);
        }
    }

    void changesQuery()
    {
        const auto query = decodeChangesQuery({{"since", "1003"}, {"wait", "25"}});
        QVERIFY(query.ok());
        QCOMPARE(query->since, std::int64_t{1003});
        QCOMPARE(query->waitSeconds, std::int64_t{25});
        QCOMPARE(decodeChangesQuery({}).value().since, std::int64_t{0});

        const auto tooLong = decodeChangesQuery({{"wait", "61"}});
        QVERIFY(!tooLong.ok());
        QCOMPARE(QString::fromStdString(tooLong.error().fieldPath), QStringLiteral("wait"));
        QVERIFY(tooLong.error().kind == DecodeErrorKind::OutOfRange);
        const auto negative = decodeChangesQuery({{"since", "-1"}});
        QVERIFY(!negative.ok());
        QVERIFY(negative.error().kind == DecodeErrorKind::OutOfRange);
        const auto junk = decodeChangesQuery({{"since", "12a"}});
        QVERIFY(!junk.ok());
        QVERIFY(junk.error().kind == DecodeErrorKind::WrongType);
    }
};

QTEST_APPLESS_MAIN(TestWireBasics)
#include "tst_wire_basics.moc"
