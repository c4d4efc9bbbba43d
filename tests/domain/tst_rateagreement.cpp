#include "DomainTestSupport.h"

#include "p2pdesk/domain/RateAgreement.h"

#include <QObject>
#include <QString>
#include <QTest>

#include <chrono>

using namespace p2pdesk::domain;
using domaintest::dec;
using namespace std::chrono_literals;

namespace {

QString str(const Decimal &value)
{
    return QString::fromStdString(value.toString());
}

const Asset kUsdtTron = *findAsset("USDT", "TRON");
const Fiat kRub = *fiat("RUB");
const std::chrono::system_clock::time_point kT0{std::chrono::seconds(1'800'000'000)};

RequoteCheck baseCheck()
{
    RequoteCheck check;
    check.at = kT0;
    check.lockedUntil = kT0 + 10min;
    check.fixedReference = dec("90.000000");
    check.currentReference = dec("90.000000");
    check.maxMovePercent = dec("2.0000");
    return check;
}

} // namespace

class TestRateAgreement final : public QObject {
    Q_OBJECT

private slots:
    void names();
    void paidWithinTheLockHolds();
    void paidAfterTheLockIsDue();
    void moveAboveTheLimitIsDue();
    void staleRateOrZeroLimitCannotProveAMove();
    void sellKeepsTheCryptoTheCustomerSent();
    void buyKeepsTheFiatTheCustomerPaid();
    void sameRateChangesNothing();
    void errors();
};

void TestRateAgreement::names()
{
    for (const auto value : {RateAgreement::Agreed, RateAgreement::Due, RateAgreement::Offered})
        QCOMPARE(parseRateAgreement(toString(value)), std::optional(value));
    for (const auto value : {RequoteReason::LockExpired, RequoteReason::RateMoved})
        QCOMPARE(parseRequoteReason(toString(value)), std::optional(value));
    QCOMPARE(toString(RateAgreement::Offered), std::string_view("offered"));
    QCOMPARE(toString(RequoteReason::LockExpired), std::string_view("lock_expired"));
    QVERIFY(!parseRateAgreement("AGREED"));
    QVERIFY(!parseRequoteReason(""));
}

void TestRateAgreement::paidWithinTheLockHolds()
{
    auto check = baseCheck();
    QVERIFY(!requoteDue(check));
    check.at = *check.lockedUntil; // at the very instant the lock still holds
    QVERIFY(!requoteDue(check));
    check.lockedUntil.reset(); // no lock at all: only a move could make it due
    check.at = kT0 + 24h;
    QVERIFY(!requoteDue(check));
}

void TestRateAgreement::paidAfterTheLockIsDue()
{
    auto check = baseCheck();
    check.at = *check.lockedUntil + 1us;
    QCOMPARE_ENUM(*requoteDue(check), RequoteReason::LockExpired);
    // An expired lock is the reason even when the rate also moved.
    check.currentReference = dec("80.000000");
    QCOMPARE_ENUM(*requoteDue(check), RequoteReason::LockExpired);
}

void TestRateAgreement::moveAboveTheLimitIsDue()
{
    auto check = baseCheck();
    check.currentReference = dec("91.800000"); // exactly 2 %: not above the limit
    QVERIFY(!requoteDue(check));
    check.currentReference = dec("88.200000"); // exactly 2 % down
    QVERIFY(!requoteDue(check));
    check.currentReference = dec("91.800001"); // just above, exact comparison
    QCOMPARE_ENUM(*requoteDue(check), RequoteReason::RateMoved);
    check.currentReference = dec("88.199999");
    QCOMPARE_ENUM(*requoteDue(check), RequoteReason::RateMoved);
}

void TestRateAgreement::staleRateOrZeroLimitCannotProveAMove()
{
    auto check = baseCheck();
    check.currentReference.reset();
    QVERIFY(!requoteDue(check));
    check.currentReference = dec("50.000000");
    check.maxMovePercent = dec("0");
    QVERIFY(!requoteDue(check));
    check.maxMovePercent = dec("2");
    check.fixedReference = dec("0");
    QVERIFY(!requoteDue(check));
}

void TestRateAgreement::sellKeepsTheCryptoTheCustomerSent()
{
    // 100 USDT at 90 with a 10 RUB fee: 9000 − 10 = 8990. At 88: 8800 − 10 = 8790.
    const auto result = requoteAfterPayment(Direction::Sell, dec("90.000000"), dec("88.000000"), dec("100.000000"),
                                            dec("8990.00"), kUsdtTron, kRub);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
    QCOMPARE(str(result->amountCrypto), QStringLiteral("100.000000"));
    QCOMPARE(str(result->amountFiat), QStringLiteral("8790.00"));
    QCOMPARE(str(result->fee), QStringLiteral("10.00"));
    QCOMPARE(str(result->rate), QStringLiteral("88.000000"));
    // Rounded Down (the desk pays): 100.000001 × 88.123457 = 8812.3457881…
    const auto odd = requoteAfterPayment(Direction::Sell, dec("90.000000"), dec("88.123457"), dec("100.000001"),
                                         dec("8990.00"), kUsdtTron, kRub);
    QVERIFY2(odd.ok(), odd.ok() ? "" : odd.error().message.c_str());
    QCOMPARE(str(odd->amountFiat), QStringLiteral("8802.34"));
}

void TestRateAgreement::buyKeepsTheFiatTheCustomerPaid()
{
    // 100 USDT at 90 with a 10 RUB fee cost 9010. At 95 the same 9010 buys (9010 − 10) / 95.
    const auto result = requoteAfterPayment(Direction::Buy, dec("90.000000"), dec("95.000000"), dec("100.000000"),
                                            dec("9010.00"), kUsdtTron, kRub);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
    QCOMPARE(str(result->amountFiat), QStringLiteral("9010.00"));
    QCOMPARE(str(result->amountCrypto), QStringLiteral("94.736842")); // 94.7368421… rounded Down
    QCOMPARE(str(result->fee), QStringLiteral("10.00"));
}

void TestRateAgreement::sameRateChangesNothing()
{
    for (const auto direction : {Direction::Sell, Direction::Buy}) {
        const auto created =
            quote(direction, dec("92.370001"), dec("35.50"), QuoteInput::FiatAmount, dec("15000.07"), kUsdtTron, kRub);
        QVERIFY(created.ok());
        const auto again = requoteAfterPayment(direction, created->rate, created->rate, created->amountCrypto,
                                               created->amountFiat, kUsdtTron, kRub);
        QVERIFY2(again.ok(), again.ok() ? "" : again.error().message.c_str());
        QCOMPARE(str(again->amountFiat), str(created->amountFiat));
        QCOMPARE(str(again->amountCrypto), str(created->amountCrypto));
    }
}

void TestRateAgreement::errors()
{
    QCOMPARE_ENUM(
        requoteAfterPayment(Direction::Sell, dec("90"), dec("0"), dec("100.000000"), dec("8990.00"), kUsdtTron, kRub)
            .error()
            .code,
        ErrorCode::InvalidAmount);
    // Stored figures no quote at the current rate produces (a sell paying more than gross).
    QCOMPARE_ENUM(
        requoteAfterPayment(Direction::Sell, dec("90"), dec("91"), dec("100.000000"), dec("9100.00"), kUsdtTron, kRub)
            .error()
            .code,
        ErrorCode::InvalidAmount);
}

QTEST_APPLESS_MAIN(TestRateAgreement)
#include "tst_rateagreement.moc"
