#include "DomainTestSupport.h"

#include "p2pdesk/domain/Clock.h"
#include "p2pdesk/domain/RateQuote.h"

#include <QObject>
#include <QString>
#include <QTest>

#include <chrono>
#include <string>

using namespace p2pdesk::domain;
using domaintest::dec;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(p2pdesk::domain::Direction)
Q_DECLARE_METATYPE(p2pdesk::domain::QuoteInput)
Q_DECLARE_METATYPE(p2pdesk::domain::ErrorCode)

namespace {

Decimal dec(const QString &text)
{
    return domaintest::dec(text.toLatin1().constData());
}

QString str(const Decimal &value)
{
    return QString::fromStdString(value.toString());
}

const Asset kUsdtTron = *findAsset("USDT", "TRON");
const Fiat kRub = *fiat("RUB");

} // namespace

class TestRateQuote final : public QObject {
    Q_OBJECT

private slots:
    void suggested_data();
    void suggested();
    void suggestedErrors();
    void staleness();
    void quotes_data();
    void quotes();
    void quoteErrors_data();
    void quoteErrors();
    void roundingFavoursTheDesk();
    void indicative();
    void deviation();
    void namedFiatRoundingRules();
    void requote_data();
    void requote();
    void requoteAtSuggestedRateChangesNothing();
    void requoteErrors();
};

void TestRateQuote::suggested_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("margin");
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<QString>("expected");

    QTest::newRow("sell exact") << "92.50"
                                << "1.5" << Direction::Sell << "91.112500";
    QTest::newRow("buy exact") << "92.50"
                               << "1.5" << Direction::Buy << "93.887500";
    // 92.123457 × 0.9967 = 91.8194495919…: the desk rounds its buying price down.
    QTest::newRow("sell rounds down") << "92.123457"
                                      << "0.33" << Direction::Sell << "91.819449";
    // 92.123457 × 1.0033 = 92.4274644081…: the desk rounds its selling price up.
    QTest::newRow("buy rounds up") << "92.123457"
                                   << "0.33" << Direction::Buy << "92.427465";
    QTest::newRow("zero margin") << "92.37"
                                 << "0" << Direction::Sell << "92.370000";
    QTest::newRow("buy margin above 100") << "2"
                                          << "150" << Direction::Buy << "5.000000";
    QTest::newRow("btc in rubles") << "6543210.12"
                                   << "2" << Direction::Sell << "6412345.917600";
}

void TestRateQuote::suggested()
{
    QFETCH(QString, base);
    QFETCH(QString, margin);
    QFETCH(Direction, direction);
    QFETCH(QString, expected);

    const auto rate = suggestedRate(dec(base), dec(margin), direction);
    QVERIFY2(rate.ok(), rate.ok() ? "" : rate.error().message.c_str());
    QCOMPARE(rate->scale(), kRateScale);
    QCOMPARE(str(*rate), expected);
}

void TestRateQuote::suggestedErrors()
{
    QCOMPARE_ENUM(suggestedRate(dec("92.5"), dec("100"), Direction::Sell).error().code, ErrorCode::InvalidAmount);
    QCOMPARE_ENUM(suggestedRate(dec("92.5"), dec("100.01"), Direction::Sell).error().code, ErrorCode::InvalidAmount);
    QCOMPARE_ENUM(suggestedRate(dec("0"), dec("1"), Direction::Buy).error().code, ErrorCode::InvalidAmount);
    QVERIFY(suggestedRate(dec("92.5"), dec("99.99"), Direction::Sell).ok());
    // Too many digits to multiply exactly: refused instead of rounded twice.
    QCOMPARE_ENUM(suggestedRate(dec("1.000000000001"), dec("1.0000001"), Direction::Buy).error().code,
                  ErrorCode::ScaleExceeded);
}

void TestRateQuote::staleness()
{
    const FixedClock clock(std::chrono::system_clock::time_point(1'700'000'000s));
    const auto at = clock.now() - 10min;
    QVERIFY(checkFresh(at, clock.now(), 10min).ok());
    QVERIFY(checkFresh(at, clock.now(), 11min).ok());
    const auto stale = checkFresh(at - 1s, clock.now(), 10min);
    QVERIFY(!stale.ok());
    QCOMPARE_ENUM(stale.error().code, ErrorCode::RateStale);
    QVERIFY(checkFresh(clock.now() + 5s, clock.now(), 10min).ok());
}

void TestRateQuote::quotes_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<QuoteInput>("input");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("crypto");
    QTest::addColumn<QString>("fiatAmount");

    // Fee 50 RUB throughout.
    // 100.123456 × 91.1125 = 9122.4983848 -> 9122.49 (Down) − 50.
    QTest::newRow("sell crypto typed") << Direction::Sell << QuoteInput::CryptoAmount << "91.1125"
                                       << "100.123456"
                                       << "100.123456"
                                       << "9072.49";
    // (10000 + 50) / 91.1125 = 110.3031965… -> 110.303197 (Up); that pays 10000.00.
    QTest::newRow("sell fiat typed") << Direction::Sell << QuoteInput::FiatAmount << "91.1125"
                                     << "10000"
                                     << "110.303197"
                                     << "10000.00";
    // (10000 − 50) / 93.8875 = 105.9778990… -> 105.977899 (Down).
    QTest::newRow("buy fiat typed") << Direction::Buy << QuoteInput::FiatAmount << "93.8875"
                                    << "10000"
                                    << "105.977899"
                                    << "10000.00";
    // 100.123457 × 93.8875 = 9400.3410690875 -> 9400.35 (Up) + 50.
    QTest::newRow("buy crypto typed") << Direction::Buy << QuoteInput::CryptoAmount << "93.8875"
                                      << "100.123457"
                                      << "100.123457"
                                      << "9450.35";
    QTest::newRow("sell crypto integer") << Direction::Sell << QuoteInput::CryptoAmount << "91.1125"
                                         << "100"
                                         << "100.000000"
                                         << "9061.25";
}

void TestRateQuote::quotes()
{
    QFETCH(Direction, direction);
    QFETCH(QuoteInput, input);
    QFETCH(QString, rate);
    QFETCH(QString, amount);
    QFETCH(QString, crypto);
    QFETCH(QString, fiatAmount);

    const auto priced = quote(direction, dec(rate), dec("50"), input, dec(amount), kUsdtTron, kRub);
    QVERIFY2(priced.ok(), priced.ok() ? "" : priced.error().message.c_str());
    QCOMPARE(str(priced->amountCrypto), crypto);
    QCOMPARE(str(priced->amountFiat), fiatAmount);
    QCOMPARE(priced->amountCrypto.scale(), kUsdtTron.amountScale);
    QCOMPARE(priced->amountFiat.scale(), kRub.decimals);
    QCOMPARE(str(priced->fee), QStringLiteral("50.00"));
    QCOMPARE(priced->rate, dec(rate));
    QVERIFY(priced->direction == direction);
}

void TestRateQuote::quoteErrors_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<QuoteInput>("input");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<ErrorCode>("code");

    QTest::newRow("sell below fee") << Direction::Sell << QuoteInput::CryptoAmount << "91.1125"
                                    << "0.5" << ErrorCode::InvalidAmount;
    QTest::newRow("sell exactly fee") << Direction::Sell << QuoteInput::CryptoAmount << "50"
                                      << "1" << ErrorCode::InvalidAmount;
    QTest::newRow("buy pays only fee") << Direction::Buy << QuoteInput::FiatAmount << "93.8875"
                                       << "50" << ErrorCode::InvalidAmount;
    QTest::newRow("buy less than a unit") << Direction::Buy << QuoteInput::FiatAmount << "6412345.9176"
                                          << "50.01" << ErrorCode::InvalidAmount;
    QTest::newRow("zero amount") << Direction::Sell << QuoteInput::FiatAmount << "91.1125"
                                 << "0" << ErrorCode::InvalidAmount;
    QTest::newRow("zero rate") << Direction::Buy << QuoteInput::CryptoAmount << "0"
                               << "1" << ErrorCode::InvalidAmount;
    QTest::newRow("crypto too precise") << Direction::Sell << QuoteInput::CryptoAmount << "91.1125"
                                        << "1.1234567" << ErrorCode::ScaleExceeded;
    QTest::newRow("fiat too precise") << Direction::Buy << QuoteInput::FiatAmount << "93.8875"
                                      << "1000.001" << ErrorCode::ScaleExceeded;
    QTest::newRow("overflow") << Direction::Buy << QuoteInput::CryptoAmount << "99999999999"
                              << "18000000000000" << ErrorCode::Overflow;
}

void TestRateQuote::quoteErrors()
{
    QFETCH(Direction, direction);
    QFETCH(QuoteInput, input);
    QFETCH(QString, rate);
    QFETCH(QString, amount);
    QFETCH(ErrorCode, code);

    const auto priced = quote(direction, dec(rate), dec("50"), input, dec(amount), kUsdtTron, kRub);
    QVERIFY(!priced.ok());
    QCOMPARE_ENUM(priced.error().code, code);
}

void TestRateQuote::roundingFavoursTheDesk()
{
    const Decimal fee = dec("50");
    for (const char *rateText : {"91.1125", "92.427465", "0.987654", "6412345.9176"}) {
        const Decimal rate = dec(rateText);
        for (const char *fiatText : {"1000", "10000.01", "123456.78", "99999.99", "5000000"}) {
            const Decimal wanted = dec(fiatText);
            const QByteArray what = QByteArray(rateText) + " / " + fiatText;
            // Sell, fiat typed: the customer gets at least what they asked for, and the crypto-typed
            // quote of that crypto agrees to the kopeck.
            const auto sell = quote(Direction::Sell, rate, fee, QuoteInput::FiatAmount, wanted, kUsdtTron, kRub);
            if (sell.ok()) {
                QVERIFY2(sell->amountFiat >= wanted, what);
                const auto back =
                    quote(Direction::Sell, rate, fee, QuoteInput::CryptoAmount, sell->amountCrypto, kUsdtTron, kRub);
                QVERIFY2(back.ok() && back->amountFiat == sell->amountFiat, what);
                // One unit less crypto would not have paid out the wanted amount.
                const Decimal oneLess = *sell->amountCrypto.subtract(*Decimal::fromUnits(1, kUsdtTron.amountScale));
                const auto less = quote(Direction::Sell, rate, fee, QuoteInput::CryptoAmount, oneLess, kUsdtTron, kRub);
                QVERIFY2(!less.ok() || less->amountFiat < wanted, what);
            }
            // Buy, fiat typed: what that crypto costs when typed as crypto never exceeds what was paid.
            const auto buy = quote(Direction::Buy, rate, fee, QuoteInput::FiatAmount, wanted, kUsdtTron, kRub);
            if (buy.ok()) {
                const auto cost =
                    quote(Direction::Buy, rate, fee, QuoteInput::CryptoAmount, buy->amountCrypto, kUsdtTron, kRub);
                QVERIFY2(cost.ok() && cost->amountFiat <= wanted, what);
                const Decimal oneMore = *buy->amountCrypto.add(*Decimal::fromUnits(1, kUsdtTron.amountScale));
                const auto more = quote(Direction::Buy, rate, fee, QuoteInput::CryptoAmount, oneMore, kUsdtTron, kRub);
                QVERIFY2(more.ok() && more->amountFiat > wanted, what);
            }
        }
    }
}

void TestRateQuote::indicative()
{
    FixedClock clock(std::chrono::system_clock::time_point(1'700'000'000s));
    RateSettings settings;
    settings.direction = Direction::Sell;
    settings.baseRate = dec("92.50");
    settings.marginPercent = dec("1.5");
    settings.fixedFee = dec("50");
    settings.baseRateAt = clock.now();
    settings.maxAge = 10min;
    settings.minFiat = dec("1000");
    settings.maxFiat = dec("500000");

    const auto ok = indicativeQuote(settings, clock.now(), QuoteInput::CryptoAmount, dec("100"), kUsdtTron, kRub);
    QVERIFY(ok.ok());
    QCOMPARE(str(ok->rate), QStringLiteral("91.112500"));
    QCOMPARE(str(ok->amountFiat), QStringLiteral("9061.25"));

    QCOMPARE_ENUM(
        indicativeQuote(settings, clock.now(), QuoteInput::CryptoAmount, dec("10"), kUsdtTron, kRub).error().code,
        ErrorCode::LimitExceeded);
    QCOMPARE_ENUM(
        indicativeQuote(settings, clock.now(), QuoteInput::CryptoAmount, dec("6000"), kUsdtTron, kRub).error().code,
        ErrorCode::LimitExceeded);
    const auto large = indicativeQuote(settings, clock.now(), QuoteInput::FiatAmount, dec("499000"), kUsdtTron, kRub);
    QVERIFY(large.ok());
    QVERIFY(large->amountFiat >= dec("499000"));
    QVERIFY(indicativeQuote(settings, clock.now(), QuoteInput::FiatAmount, dec("1000"), kUsdtTron, kRub).ok());

    clock.advance(10min + 1s);
    const auto stale = indicativeQuote(settings, clock.now(), QuoteInput::CryptoAmount, dec("100"), kUsdtTron, kRub);
    QVERIFY(!stale.ok());
    QCOMPARE_ENUM(stale.error().code, ErrorCode::RateStale);
}

void TestRateQuote::deviation()
{
    // (93 − 91.1125) / 91.1125 × 100 = 2.0716147…, shown rounded up.
    QCOMPARE(str(*deviationPercent(dec("93"), dec("91.1125"))), QStringLiteral("2.0717"));
    QCOMPARE(str(*deviationPercent(dec("89.225"), dec("91.1125"))), QStringLiteral("2.0717"));
    QCOMPARE(str(*deviationPercent(dec("90.2025"), dec("91.1125"))), QStringLiteral("0.9988"));
    QCOMPARE(str(*deviationPercent(dec("91.1125"), dec("91.1125"))), QStringLiteral("0.0000"));
    QCOMPARE_ENUM(deviationPercent(dec("1"), dec("0")).error().code, ErrorCode::InvalidAmount);

    QCOMPARE_ENUM(checkDeviation(dec("93"), dec("91.1125"), dec("2")).error().code, ErrorCode::RateDeviationTooHigh);
    QVERIFY(checkDeviation(dec("93"), dec("91.1125"), dec("2.1")).ok());
    // Exactly at the limit is allowed, in both directions; a hair above is not.
    QCOMPARE(*deviationExceeds(dec("102"), dec("100"), dec("2")), false);
    QCOMPARE(*deviationExceeds(dec("98"), dec("100"), dec("2")), false);
    QCOMPARE(*deviationExceeds(dec("102.000001"), dec("100"), dec("2")), true);
    QCOMPARE(*deviationExceeds(dec("97.999999"), dec("100"), dec("2")), true);
    QCOMPARE(*deviationExceeds(dec("91.1125"), dec("91.1125"), dec("0")), false);
    QCOMPARE_ENUM(deviationExceeds(dec("1"), dec("0"), dec("2")).error().code, ErrorCode::InvalidAmount);
}

void TestRateQuote::namedFiatRoundingRules()
{
    // Who pays decides the direction of rounding: the desk never overpays, the customer never
    // underpays.
    QVERIFY(kDeskPaysFiat == Rounding::Down);
    QVERIFY(kCustomerPaysFiat == Rounding::Up);
    QVERIFY(fiatRounding(Direction::Sell) == kDeskPaysFiat);
    QVERIFY(fiatRounding(Direction::Buy) == kCustomerPaysFiat);
}

void TestRateQuote::requote_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<QString>("asset");
    QTest::addColumn<QString>("suggested");
    QTest::addColumn<QString>("finalRate");
    QTest::addColumn<QString>("crypto");
    QTest::addColumn<QString>("storedFiat");
    QTest::addColumn<QString>("newFiat");
    QTest::addColumn<QString>("fee");

    // The probe's case: 10 USDT suggested at 90.00 and taken at absurd rates.
    QTest::newRow("sell 10 USDT at 9000000")
        << Direction::Sell << QStringLiteral("USDT") << QStringLiteral("90") << QStringLiteral("9000000")
        << QStringLiteral("10.000000") << QStringLiteral("900.00") << QStringLiteral("90000000.00")
        << QStringLiteral("0.00");
    QTest::newRow("sell 10 USDT at 0.01")
        << Direction::Sell << QStringLiteral("USDT") << QStringLiteral("90") << QStringLiteral("0.01")
        << QStringLiteral("10.000000") << QStringLiteral("900.00") << QStringLiteral("0.10") << QStringLiteral("0.00");
    // kDeskPaysFiat: 100 × 100.123457 = 10012.3457 → 10012.34, then the creation fee of 50.00.
    QTest::newRow("sell rounds down, keeps fee")
        << Direction::Sell << QStringLiteral("USDT") << QStringLiteral("99") << QStringLiteral("100.123457")
        << QStringLiteral("100.000000") << QStringLiteral("9850.00") << QStringLiteral("9962.34")
        << QStringLiteral("50.00");
    // kCustomerPaysFiat: 10012.3457 → 10012.35, plus the fee.
    QTest::newRow("buy rounds up, keeps fee")
        << Direction::Buy << QStringLiteral("USDT") << QStringLiteral("101") << QStringLiteral("100.123457")
        << QStringLiteral("100.000000") << QStringLiteral("10150.00") << QStringLiteral("10062.35")
        << QStringLiteral("50.00");
    // 0.00012345 BTC × 6543210.987654 = 807.7593964…
    QTest::newRow("sell BTC rounds down")
        << Direction::Sell << QStringLiteral("BTC") << QStringLiteral("6000000") << QStringLiteral("6543210.987654")
        << QStringLiteral("0.00012345") << QStringLiteral("740.70") << QStringLiteral("807.75")
        << QStringLiteral("0.00");
    QTest::newRow("buy BTC rounds up") << Direction::Buy << QStringLiteral("BTC") << QStringLiteral("6000000")
                                       << QStringLiteral("6543210.987654") << QStringLiteral("0.00012345")
                                       << QStringLiteral("740.70") << QStringLiteral("807.76")
                                       << QStringLiteral("0.00");
}

void TestRateQuote::requote()
{
    QFETCH(Direction, direction);
    QFETCH(QString, asset);
    QFETCH(QString, suggested);
    QFETCH(QString, finalRate);
    QFETCH(QString, crypto);
    QFETCH(QString, storedFiat);
    QFETCH(QString, newFiat);
    QFETCH(QString, fee);
    const Asset a = *findAsset(asset.toStdString(), asset == QStringLiteral("BTC") ? "BITCOIN" : "TRON");
    const auto result =
        requoteAtFinalRate(direction, dec(suggested), dec(finalRate), dec(crypto), dec(storedFiat), a, kRub);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
    QCOMPARE(str(result->amountFiat), newFiat);
    QCOMPARE(result->amountFiat.scale(), kRub.decimals);
    QCOMPARE(str(result->amountCrypto), str(dec(crypto))); // the agreed crypto amount never moves
    QCOMPARE(str(result->fee), fee);
    QCOMPARE(str(result->rate), finalRate);
}

void TestRateQuote::requoteAtSuggestedRateChangesNothing()
{
    // Every creation quote, taken at its own suggested rate, keeps its amounts to the minor unit,
    // including a buy typed in fiat, whose crypto was rounded down at creation.
    const Decimal rate = dec("92.370001");
    for (Direction direction : {Direction::Sell, Direction::Buy}) {
        for (QuoteInput input : {QuoteInput::CryptoAmount, QuoteInput::FiatAmount}) {
            for (const char *fee : {"0", "35.5", "120.01"}) {
                const Decimal amount = input == QuoteInput::CryptoAmount ? dec("123.456789") : dec("15000.07");
                const auto created = quote(direction, rate, dec(fee), input, amount, kUsdtTron, kRub);
                QVERIFY(created.ok());
                const auto again = requoteAtFinalRate(direction, rate, rate, created->amountCrypto, created->amountFiat,
                                                      kUsdtTron, kRub);
                QVERIFY2(again.ok(), again.ok() ? "" : again.error().message.c_str());
                QCOMPARE(str(again->amountFiat), str(created->amountFiat));
                QCOMPARE(str(again->amountCrypto), str(created->amountCrypto));
            }
        }
    }
}

void TestRateQuote::requoteErrors()
{
    // A final rate so low the fiat no longer covers the creation fee (desk would pay nothing).
    QCOMPARE_ENUM(
        requoteAtFinalRate(Direction::Sell, dec("99"), dec("0.1"), dec("1.000000"), dec("49.00"), kUsdtTron, kRub)
            .error()
            .code,
        ErrorCode::InvalidAmount);
    // Stored figures that no quote at the suggested rate produces (a sell paying more than gross).
    QCOMPARE_ENUM(
        requoteAtFinalRate(Direction::Sell, dec("99"), dec("99"), dec("1.000000"), dec("100.00"), kUsdtTron, kRub)
            .error()
            .code,
        ErrorCode::InvalidAmount);
    QCOMPARE_ENUM(
        requoteAtFinalRate(Direction::Buy, dec("99"), dec("99"), dec("1.000000"), dec("98.00"), kUsdtTron, kRub)
            .error()
            .code,
        ErrorCode::InvalidAmount);
    // More digits than the asset allows.
    QCOMPARE_ENUM(
        requoteAtFinalRate(Direction::Sell, dec("99"), dec("99"), dec("1.0000001"), dec("99.00"), kUsdtTron, kRub)
            .error()
            .code,
        ErrorCode::ScaleExceeded);
    QCOMPARE_ENUM(
        requoteAtFinalRate(Direction::Sell, dec("0"), dec("99"), dec("1"), dec("99.00"), kUsdtTron, kRub).error().code,
        ErrorCode::InvalidAmount);
}

QTEST_APPLESS_MAIN(TestRateQuote)
#include "tst_ratequote.moc"
