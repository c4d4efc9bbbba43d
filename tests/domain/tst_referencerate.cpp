#include "DomainTestSupport.h"

#include "p2pdesk/domain/RateQuote.h"
#include "p2pdesk/domain/ReferenceRate.h"

#include <QObject>
#include <QString>
#include <QTest>

#include <optional>

using namespace p2pdesk::domain;
using domaintest::dec;

namespace {

QString str(const Decimal &value)
{
    return QString::fromStdString(value.toString());
}

ReferenceJudgement judge(std::optional<Decimal> current, const char *observed, const char *maxJump)
{
    auto judged = judgeReferenceRate(current, dec(observed), dec(maxJump));
    if (!judged)
        qFatal("unexpected error: %s", judged.error().message.c_str());
    return judged.value();
}

} // namespace

class TestReferenceRate final : public QObject {
    Q_OBJECT

private slots:
    void firstValueApplies()
    {
        const auto j = judge(std::nullopt, "92.15", "5");
        QCOMPARE_ENUM(j.verdict, ReferenceVerdict::Apply);
        QCOMPARE(str(j.rate), QStringLiteral("92.150000"));
        QVERIFY(!j.jumpPercent);
    }

    void providerPrecisionIsRoundedHalfUpToTheRateScale()
    {
        QCOMPARE(str(judge(std::nullopt, "92.1234565", "5").rate), QStringLiteral("92.123457"));
        QCOMPARE(str(judge(std::nullopt, "92.12345649", "5").rate), QStringLiteral("92.123456"));
    }

    void sameValueOnlyRenewsItsAge()
    {
        // 92.1500001 rounds to the current base: nothing to record but the age.
        const auto j = judge(dec("92.150000"), "92.1500001", "5");
        QCOMPARE_ENUM(j.verdict, ReferenceVerdict::Unchanged);
        QCOMPARE(j.jumpPercent->toString(), std::string("0.0000"));
    }

    void moveWithinToleranceApplies()
    {
        const auto j = judge(dec("100.000000"), "104.99", "5");
        QCOMPARE_ENUM(j.verdict, ReferenceVerdict::Apply);
        QCOMPARE(j.jumpPercent->toString(), std::string("4.9900"));
    }

    void exactlyTheToleranceStillApplies()
    {
        QCOMPARE_ENUM(judge(dec("100.000000"), "105", "5").verdict, ReferenceVerdict::Apply);
        QCOMPARE_ENUM(judge(dec("100.000000"), "95", "5").verdict, ReferenceVerdict::Apply);
    }

    void jumpAboveToleranceIsHeldEitherWay()
    {
        auto up = judge(dec("100.000000"), "105.000001", "5");
        QCOMPARE_ENUM(up.verdict, ReferenceVerdict::Hold);
        QCOMPARE(up.jumpPercent->toString(), std::string("5.0001")); // rounded up, never understated
        auto down = judge(dec("92.50"), "9.25", "5");                // a missing digit in the provider's print
        QCOMPARE_ENUM(down.verdict, ReferenceVerdict::Hold);
        QCOMPARE(down.jumpPercent->toString(), std::string("90.0000"));
    }

    void zeroToleranceHoldsAnyMove()
    {
        QCOMPARE_ENUM(judge(dec("100"), "100.000001", "0").verdict, ReferenceVerdict::Hold);
    }

    void aValueThatRoundsToZeroIsRefused()
    {
        const auto judged = judgeReferenceRate(dec("92"), dec("0.0000004"), dec("5"));
        QVERIFY(!judged);
        QCOMPARE_ENUM(judged.error().code, ErrorCode::InvalidAmount);
        QVERIFY(!judgeReferenceRate(std::nullopt, dec("0"), dec("5")));
    }
};

QTEST_APPLESS_MAIN(TestReferenceRate)
#include "tst_referencerate.moc"
