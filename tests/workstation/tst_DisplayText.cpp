#include "Orders.h"
#include "core/ApiError.h"
#include "models/DisplayText.h"

#include "p2pdesk/domain/RiskRules.h"

#include <QLocale>
#include <QTest>

using namespace p2pdesk;
using namespace p2pdesk::workstation;
using namespace p2pdesk::workstation::test;

namespace {

domain::Decimal dec(const char *text)
{
    return domain::Decimal::parse(text).value();
}

proto::Approval approval(std::int64_t version, proto::ApprovalDecision decision, const char *who = "dave")
{
    proto::Approval a;
    a.id = version;
    a.approver = proto::OperatorRef{10, who};
    a.decision = decision;
    a.reason = "ok";
    a.orderVersion = version;
    a.at = timestampFromMsecs(1'700'000'300'000LL + version);
    return a;
}

proto::OrderDetail detailIn(domain::OrderStatus status, std::int64_t version = 5)
{
    proto::OrderDetail detail;
    detail.summary = makeOrder(1, status, "150000.00", version);
    return detail;
}

} // namespace

// The one module that turns codes and raw values into what operators read.
class TestDisplayText : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void amountsKeepTheirPrecisionAndNeverRound_data();
    void amountsKeepTheirPrecisionAndNeverRound();
    void numbersFollowTheLocale();
    void everyRiskRuleHasAName();
    void errorsAreSentencesWithTheCodeInTheTooltip();
    void actorsAreNamedConsistently();
    void deadlinesCountDownAndColourBeforeTheyPass();
    void approvalLineSaysWhatIsTrueNow();
};

void TestDisplayText::amountsKeepTheirPrecisionAndNeverRound_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("asset");
    QTest::addColumn<QString>("expected");
    QTest::newRow("USDT at 2") << "100.000000"
                               << "USDT"
                               << "100.00 USDT";
    QTest::newRow("USDT keeps a non-zero 3rd digit") << "100.125000"
                                                     << "USDT"
                                                     << "100.125 USDT";
    QTest::newRow("BTC at 8") << "0.01000000"
                              << "BTC"
                              << "0.01000000 BTC";
    QTest::newRow("BTC grouped") << "1234.50000000"
                                 << "BTC"
                                 << "1,234.50000000 BTC";
    QTest::newRow("RUB at 2") << "1500000.5"
                              << "RUB"
                              << "1,500,000.50 RUB";
    QTest::newRow("RUB integer") << "7"
                                 << "RUB"
                                 << "7.00 RUB";
}

void TestDisplayText::amountsKeepTheirPrecisionAndNeverRound()
{
    QFETCH(QString, value);
    QFETCH(QString, asset);
    QFETCH(QString, expected);
    const std::string code = asset.toStdString();
    const domain::Decimal amount = dec(value.toLatin1().constData());
    const QString shown = asset == u"RUB"
                              ? DisplayText::fiatAmount(amount, code)
                              : DisplayText::cryptoAmount(amount, code, asset == u"BTC" ? "BITCOIN" : "TRON");
    QCOMPARE(shown, expected);
}

void TestDisplayText::numbersFollowTheLocale()
{
    const QLocale russian(QLocale::Russian, QLocale::Russia);
    const QString shown = DisplayText::number(dec("1234567.5"), 2, russian);
    QCOMPARE(shown, QStringLiteral("1") + russian.groupSeparator() + QStringLiteral("234") + russian.groupSeparator() +
                        QStringLiteral("567,50"));
    QCOMPARE(DisplayText::rate(dec("6500000.00000000"), "RUB"), QStringLiteral("6,500,000.00"));
    QCOMPARE(DisplayText::rate(dec("90.1234"), "RUB"), QStringLiteral("90.1234"));
}

void TestDisplayText::everyRiskRuleHasAName()
{
    namespace r = domain::rule;
    const QString other = DisplayText::riskRule("rule_from_the_future");
    QCOMPARE(other, QStringLiteral("Other risk rule"));
    for (std::string_view rule :
         {r::kCustomerOrders24h, r::kCustomerVolume24h, r::kPayoutAccountOrders24h, r::kSingleOrderMax,
          r::kRequisitesChanges30d, r::kFirstOrderAbove, r::kProofReuse, r::kTxidReuse, r::kLimitsMissing,
          r::kNewPayoutAccountAbove, r::kPayoutAccountCustomers30d, r::kAmountAboveUsual,
          r::kRequisitesChangedNearOrder, r::kCustomerBlocked, r::kKycLevel0Volume30d, r::kKycLevel1Volume30d,
          r::kKycLevel2Volume30d, r::kSenderAddressRisk, std::string_view("rule_from_the_future")}) {
        const QString name = DisplayText::riskRule(rule);
        QVERIFY2(!name.isEmpty() && !name.contains(u'_'), qPrintable(name));
        // Every rule syncd knows has its own words.
        QVERIFY2(rule == "rule_from_the_future" || name != other, rule.data());
        QVERIFY(DisplayText::riskRuleTooltip(rule, proto::RiskSeverity::Hold)
                    .contains(QString::fromLatin1(rule.data(), qsizetype(rule.size()))));
    }
    // Every rule an admin can configure is named and explained on the limits screen.
    const QString undescribed = DisplayText::riskRuleMeaning("rule_from_the_future");
    for (const auto &info : domain::limitRuleCatalog()) {
        QVERIFY2(DisplayText::riskRule(info.id) != other, info.id.data());
        QVERIFY2(DisplayText::riskRuleMeaning(info.id) != undescribed, info.id.data());
    }
    QCOMPARE(DisplayText::kycLevel(domain::KycLevel::Basic), QStringLiteral("Level 1 — identity document checked"));
    QCOMPARE(DisplayText::riskRule(r::kPayoutAccountOrders24h),
             QStringLiteral("Many orders to this payout account in 24 h"));
    QCOMPARE(DisplayText::riskFigures(proto::Json{{"observed", "11"}, {"limit", "10"}}),
             QStringLiteral("11 (limit 10)"));
    // An AML hold names what the numbers are; other rules keep the bare form.
    QCOMPARE(DisplayText::riskFigures(proto::Json{{"observed", "87"}, {"limit", "70"}}, r::kSenderAddressRisk),
             QStringLiteral("score 87 of 100 (limit 70)"));
    QCOMPARE(DisplayText::riskFigures(proto::Json{{"observed", "11"}, {"limit", "10"}}, r::kCustomerOrders24h),
             QStringLiteral("11 (limit 10)"));
    QVERIFY(DisplayText::riskRuleMeaning(r::kSenderAddressRisk) !=
            DisplayText::riskRuleMeaning("rule_from_the_future"));
    QCOMPARE(DisplayText::riskFigures(proto::Json{{"observed", "RUB"}, {"limit", "none"}}),
             QStringLiteral("RUB, no limit set"));
    QCOMPARE(DisplayText::riskFigures(proto::Json{{"observed", "fraud reports"}, {"limit", ""}}),
             QStringLiteral("fraud reports"));
}

void TestDisplayText::errorsAreSentencesWithTheCodeInTheTooltip()
{
    ApiError error;
    error.code = ApiError::kNetwork;
    QCOMPARE(DisplayText::error(error), QStringLiteral("The server cannot be reached."));
    QVERIFY(!DisplayText::error(error).contains(QStringLiteral("network_error")));
    QVERIFY(DisplayText::errorTooltip(error).contains(QStringLiteral("network_error")));
    QVERIFY(!DisplayText::errorTooltip(error).contains(QStringLiteral("Request id")));
    error.requestId = QStringLiteral("4f2a9c");
    QVERIFY(DisplayText::errorTooltip(error).endsWith(QStringLiteral("\nRequest id: 4f2a9c")));
    ApiError unknown;
    unknown.httpStatus = 418;
    unknown.code = QStringLiteral("teapot");
    unknown.message = QStringLiteral("I am a teapot");
    QCOMPARE(DisplayText::error(unknown), QStringLiteral("I am a teapot"));
}

void TestDisplayText::actorsAreNamedConsistently()
{
    QCOMPARE(DisplayText::actor(proto::Actor{proto::ActorKind::Operator, 1, std::nullopt}),
             QStringLiteral("operator 1"));
    QCOMPARE(DisplayText::actor(proto::Actor{proto::ActorKind::Operator, 7, "alice"}), QStringLiteral("alice"));
    QCOMPARE(DisplayText::actor(proto::Actor{proto::ActorKind::System, std::nullopt, std::nullopt}),
             QStringLiteral("system"));
    QCOMPARE(DisplayText::actor(proto::Actor{proto::ActorKind::Customer, 5, std::nullopt}), QStringLiteral("customer"));
    QCOMPARE(DisplayText::operatorName(proto::OperatorRef{1, ""}), QStringLiteral("operator 1"));
}

void TestDisplayText::deadlinesCountDownAndColourBeforeTheyPass()
{
    const qint64 now = 1'700'000'000'000LL;
    QCOMPARE(DisplayText::deadline(now + 12 * 60'000 + 5'000, now), QStringLiteral("in 12 min"));
    QCOMPARE(DisplayText::deadline(now + 65 * 60'000, now), QStringLiteral("in 1 h 05 min"));
    QCOMPARE(DisplayText::deadline(now - 3 * 60'000, now), QStringLiteral("overdue by 3 min"));
    QCOMPARE(DisplayText::urgency(now + 60 * 60'000, now), Urgency::Normal);
    QCOMPARE(DisplayText::urgency(now + 10 * 60'000, now), Urgency::Soon);
    QCOMPARE(DisplayText::urgency(now - 1, now), Urgency::Overdue);
    QCOMPARE(DisplayText::urgency(-1, now), Urgency::None);
    QVERIFY(DisplayText::urgencyColor(Urgency::Soon).isValid());
    QVERIFY(DisplayText::urgencyColor(Urgency::Soon) != DisplayText::urgencyColor(Urgency::Overdue));
    QVERIFY(!DisplayText::urgencyColor(Urgency::Normal).isValid());
    QVERIFY(DisplayText::deadlineTooltip(now).contains(
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(now).date(), QLocale::ShortFormat)));
}

void TestDisplayText::approvalLineSaysWhatIsTrueNow()
{
    using S = domain::OrderStatus;
    // Completed without an approval: it was not needed, whatever the threshold says now.
    QCOMPARE(DisplayText::approvalLine(detailIn(S::Completed), true, false), QStringLiteral("Not needed"));
    // Completed with one: who approved, and when (the version moved on since).
    proto::OrderDetail completed = detailIn(S::Completed, 9);
    completed.approvals.push_back(approval(6, proto::ApprovalDecision::Approve));
    QVERIFY(DisplayText::approvalLine(completed, true, false).startsWith(QStringLiteral("Approved by dave at ")));
    proto::OrderDetail paidOut = detailIn(S::PaidOut, 9);
    paidOut.approvals = completed.approvals;
    QVERIFY(DisplayText::approvalLine(paidOut, true, false).startsWith(QStringLiteral("Approved by dave")));
    // Waiting for a second senior only while the order waits for one.
    QCOMPARE(DisplayText::approvalLine(detailIn(S::PaymentVerified), true, false),
             QStringLiteral("Waiting for a second senior (above the threshold)"));
    QVERIFY(
        !DisplayText::approvalLine(detailIn(S::OperatorVerifyProof), true, false).contains(QStringLiteral("Waiting")));
    proto::OrderDetail approved = detailIn(S::PaymentVerified, 5);
    approved.approvals.push_back(approval(5, proto::ApprovalDecision::Approve, "carol"));
    QVERIFY(DisplayText::approvalLine(approved, true, true).startsWith(QStringLiteral("Approved by carol")));
    QCOMPARE(DisplayText::approvalLine(detailIn(S::PaymentVerified), false, false),
             QStringLiteral("Not needed (below the threshold)"));
    // Unknown threshold: no internal names, no "syncd".
    const QString unknown = DisplayText::approvalLine(detailIn(S::PaymentVerified), std::nullopt, false);
    QVERIFY(!unknown.contains(QStringLiteral("syncd")));
    QVERIFY(!unknown.contains(QStringLiteral("Waiting")));
}

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_DisplayText.moc"
