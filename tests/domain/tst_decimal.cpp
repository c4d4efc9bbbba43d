#include "DomainTestSupport.h"

#include "p2pdesk/domain/Decimal.h"

#include <QObject>
#include <QString>
#include <QTest>

#include <cstdint>
#include <limits>
#include <string>

using p2pdesk::domain::Decimal;
using p2pdesk::domain::ErrorCode;
using p2pdesk::domain::Rounding;

Q_DECLARE_METATYPE(p2pdesk::domain::ErrorCode)
Q_DECLARE_METATYPE(p2pdesk::domain::Rounding)

namespace {

Decimal dec(const char *text)
{
    auto parsed = Decimal::parse(text);
    if (!parsed)
        qFatal("test literal '%s' does not parse: %s", text, parsed.error().message.c_str());
    return parsed.value();
}

QString str(const Decimal &value)
{
    return QString::fromStdString(value.toString());
}

constexpr std::uint64_t kMax = std::numeric_limits<std::uint64_t>::max();

} // namespace

class TestDecimal final : public QObject {
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void parseInfersScale();
    void fromUnitsAndFormat();
    void rescale_data();
    void rescale();
    void addAndSubtract();
    void multiply_data();
    void multiply();
    void multiplyErrors();
    void divide_data();
    void divide();
    void divideErrors();
    void compareAcrossScales();
    void roundingModesBracketExactValue();
};

void TestDecimal::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("scale");
    QTest::addColumn<quint64>("units");
    QTest::addColumn<QString>("formatted");

    QTest::newRow("two places") << "123.45" << 2 << quint64(12345) << "123.45";
    QTest::newRow("integer at scale 0") << "0" << 0 << quint64(0) << "0";
    QTest::newRow("integer padded") << "1" << 2 << quint64(100) << "1.00";
    QTest::newRow("fewer digits than scale") << "0.5" << 6 << quint64(500000) << "0.500000";
    QTest::newRow("leading zeros") << "007.5" << 2 << quint64(750) << "7.50";
    QTest::newRow("u64 max at scale 0") << "18446744073709551615" << 0 << quint64(kMax) << "18446744073709551615";
    QTest::newRow("u64 max at scale 9") << "18446744073.709551615" << 9 << quint64(kMax) << "18446744073.709551615";
    QTest::newRow("one wei") << "0.000000000000000001" << 18 << quint64(1) << "0.000000000000000001";
    QTest::newRow("trailing zeros within scale") << "2.10" << 2 << quint64(210) << "2.10";
}

void TestDecimal::parseValid()
{
    QFETCH(QString, text);
    QFETCH(int, scale);
    QFETCH(quint64, units);
    QFETCH(QString, formatted);

    const auto parsed = Decimal::parse(text.toStdString(), scale);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
    QCOMPARE(parsed->units(), units);
    QCOMPARE(parsed->scale(), scale);
    QCOMPARE(str(*parsed), formatted);
}

void TestDecimal::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("scale");
    QTest::addColumn<ErrorCode>("code");

    QTest::newRow("empty") << "" << 2 << ErrorCode::InvalidFormat;
    QTest::newRow("negative") << "-1" << 2 << ErrorCode::NegativeAmount;
    QTest::newRow("negative zero") << "-0.00" << 2 << ErrorCode::NegativeAmount;
    QTest::newRow("plus sign") << "+1" << 2 << ErrorCode::InvalidFormat;
    QTest::newRow("two dots") << "1.2.3" << 2 << ErrorCode::InvalidFormat;
    QTest::newRow("exponent") << "1e5" << 2 << ErrorCode::InvalidFormat;
    QTest::newRow("leading space") << " 1" << 2 << ErrorCode::InvalidFormat;
    QTest::newRow("trailing space") << "1 " << 2 << ErrorCode::InvalidFormat;
    QTest::newRow("thousands separator") << "1,000" << 2 << ErrorCode::InvalidFormat;
    QTest::newRow("comma decimal") << "1,5" << 2 << ErrorCode::InvalidFormat;
    QTest::newRow("lone dot") << "." << 2 << ErrorCode::InvalidFormat;
    QTest::newRow("dangling dot") << "5." << 2 << ErrorCode::InvalidFormat;
    QTest::newRow("leading dot") << ".5" << 2 << ErrorCode::InvalidFormat;
    QTest::newRow("letters") << "abc" << 2 << ErrorCode::InvalidFormat;
    QTest::newRow("nan") << "NaN" << 2 << ErrorCode::InvalidFormat;
    QTest::newRow("too many fraction digits") << "1.234" << 2 << ErrorCode::ScaleExceeded;
    QTest::newRow("trailing zero beyond scale") << "1.230" << 2 << ErrorCode::ScaleExceeded;
    QTest::newRow("u64 max + 1") << "18446744073709551616" << 0 << ErrorCode::Overflow;
    QTest::newRow("u64 max scaled") << "18446744073709551615" << 1 << ErrorCode::Overflow;
    QTest::newRow("huge") << "99999999999999999999999999999999999999999" << 0 << ErrorCode::Overflow;
    QTest::newRow("19 ETH at wei scale") << "19" << 18 << ErrorCode::Overflow;
    QTest::newRow("scale 19") << "1" << 19 << ErrorCode::ScaleExceeded;
    QTest::newRow("scale -1") << "1" << -1 << ErrorCode::ScaleExceeded;
}

void TestDecimal::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(int, scale);
    QFETCH(ErrorCode, code);

    const auto parsed = Decimal::parse(text.toStdString(), scale);
    QVERIFY(!parsed.ok());
    QCOMPARE_ENUM(parsed.error().code, code);
    QVERIFY(!parsed.error().message.empty());
}

void TestDecimal::parseInfersScale()
{
    QCOMPARE(dec("1.50").scale(), 2);
    QCOMPARE(dec("1.50").units(), quint64(150));
    QCOMPARE(dec("42").scale(), 0);
    QCOMPARE(dec("0.000000000000000001").scale(), 18);
    const auto tooLong = Decimal::parse("0.0000000000000000001");
    QVERIFY(!tooLong.ok());
    QCOMPARE_ENUM(tooLong.error().code, ErrorCode::ScaleExceeded);
    QCOMPARE_ENUM(Decimal::parse("-3").error().code, ErrorCode::NegativeAmount);
    QCOMPARE_ENUM(Decimal::parse("x").error().code, ErrorCode::InvalidFormat);
}

void TestDecimal::fromUnitsAndFormat()
{
    QCOMPARE(str(*Decimal::fromUnits(5, 3)), QStringLiteral("0.005"));
    QCOMPARE(str(*Decimal::fromUnits(0, 2)), QStringLiteral("0.00"));
    QCOMPARE(str(*Decimal::fromUnits(123, 0)), QStringLiteral("123"));
    QCOMPARE(str(*Decimal::fromUnits(kMax, 18)), QStringLiteral("18.446744073709551615"));
    QVERIFY(Decimal::fromUnits(0, 2)->isZero());
    QVERIFY(!Decimal::fromUnits(1, 2)->isZero());
    QCOMPARE_ENUM(Decimal::fromUnits(1, 19).error().code, ErrorCode::ScaleExceeded);
    QCOMPARE_ENUM(Decimal::fromUnits(1, -2).error().code, ErrorCode::ScaleExceeded);
    QCOMPARE(Decimal().scale(), 0);
    QVERIFY(Decimal().isZero());
    // Round trip through text keeps the value and the scale.
    for (const char *text : {"0.01", "99.99", "18446744073.709551615", "1.000000000000000000"}) {
        const Decimal value = dec(text);
        QCOMPARE(value.toString(), std::string(text));
    }
}

void TestDecimal::rescale_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("scale");
    QTest::addColumn<Rounding>("mode");
    QTest::addColumn<QString>("expected");

    // A tie (…5) is where the modes differ most; each mode is named in the row.
    QTest::newRow("tie Down") << "1.005" << 2 << Rounding::Down << "1.00";
    QTest::newRow("tie Up") << "1.005" << 2 << Rounding::Up << "1.01";
    QTest::newRow("tie HalfUp") << "1.005" << 2 << Rounding::HalfUp << "1.01";
    QTest::newRow("tie HalfEven to even below") << "1.005" << 2 << Rounding::HalfEven << "1.00";
    QTest::newRow("tie HalfEven to even above") << "1.015" << 2 << Rounding::HalfEven << "1.02";
    QTest::newRow("above tie HalfEven") << "1.0051" << 2 << Rounding::HalfEven << "1.01";
    QTest::newRow("below tie HalfUp") << "1.0049" << 2 << Rounding::HalfUp << "1.00";
    QTest::newRow("below tie Up") << "1.0001" << 2 << Rounding::Up << "1.01";
    QTest::newRow("above tie Down") << "1.0099" << 2 << Rounding::Down << "1.00";
    QTest::newRow("exact stays Up") << "1.0100" << 2 << Rounding::Up << "1.01";
    QTest::newRow("to integer HalfEven") << "2.5" << 0 << Rounding::HalfEven << "2";
    QTest::newRow("to integer HalfUp") << "2.5" << 0 << Rounding::HalfUp << "3";
    QTest::newRow("widen") << "1.5" << 4 << Rounding::Down << "1.5000";
    QTest::newRow("same scale") << "1.23" << 2 << Rounding::Up << "1.23";
    QTest::newRow("tiny to zero Down") << "0.000000000000000001" << 0 << Rounding::Down << "0";
    QTest::newRow("tiny to one Up") << "0.000000000000000001" << 0 << Rounding::Up << "1";
    QTest::newRow("round up carries") << "9.999" << 2 << Rounding::HalfUp << "10.00";
}

void TestDecimal::rescale()
{
    QFETCH(QString, value);
    QFETCH(int, scale);
    QFETCH(Rounding, mode);
    QFETCH(QString, expected);

    const auto result = dec(value.toLatin1().constData()).rescaled(scale, mode);
    QVERIFY(result.ok());
    QCOMPARE(result->scale(), scale);
    QCOMPARE(str(*result), expected);
}

void TestDecimal::addAndSubtract()
{
    const auto sum = dec("1.5").add(dec("0.25"));
    QVERIFY(sum.ok());
    QCOMPARE(str(*sum), QStringLiteral("1.75"));
    QCOMPARE(sum->scale(), 2);

    const auto difference = dec("1.75").subtract(dec("0.5"));
    QCOMPARE(str(*difference), QStringLiteral("1.25"));
    QCOMPARE(str(*dec("2.00").subtract(dec("2"))), QStringLiteral("0.00"));

    const auto negative = dec("1.00").subtract(dec("1.01"));
    QVERIFY(!negative.ok());
    QCOMPARE_ENUM(negative.error().code, ErrorCode::NegativeAmount);

    const auto max = *Decimal::fromUnits(kMax, 0);
    const auto overflow = max.add(dec("1"));
    QVERIFY(!overflow.ok());
    QCOMPARE_ENUM(overflow.error().code, ErrorCode::Overflow);
    QCOMPARE(max.add(dec("0")).value(), max);

    // Aligning to the larger scale can itself overflow: 18446744073709551615 at scale 1.
    const auto alignOverflow = max.add(dec("0.1"));
    QVERIFY(!alignOverflow.ok());
    QCOMPARE_ENUM(alignOverflow.error().code, ErrorCode::Overflow);
    const auto alignSubtract = max.subtract(dec("0.1"));
    QVERIFY(!alignSubtract.ok());
    QCOMPARE_ENUM(alignSubtract.error().code, ErrorCode::Overflow);

    QCOMPARE(str(*dec("18446744073709551614").add(dec("1"))), QStringLiteral("18446744073709551615"));
}

void TestDecimal::multiply_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<int>("scale");
    QTest::addColumn<Rounding>("mode");
    QTest::addColumn<QString>("expected");

    // 100.123456 USDT × 92.37 RUB = 9248.40363072 exactly.
    QTest::newRow("usdt rub Down") << "100.123456"
                                   << "92.37" << 2 << Rounding::Down << "9248.40";
    QTest::newRow("usdt rub Up") << "100.123456"
                                 << "92.37" << 2 << Rounding::Up << "9248.41";
    QTest::newRow("usdt rub HalfUp") << "100.123456"
                                     << "92.37" << 2 << Rounding::HalfUp << "9248.40";
    QTest::newRow("usdt rub HalfEven") << "100.123456"
                                       << "92.37" << 2 << Rounding::HalfEven << "9248.40";
    QTest::newRow("usdt rub exact") << "100.123456"
                                    << "92.37" << 8 << Rounding::Down << "9248.40363072";
    QTest::newRow("usdt rub widened") << "100.123456"
                                      << "92.37" << 10 << Rounding::Down << "9248.4036307200";
    // 0.125 × 1: a tie at the second place.
    QTest::newRow("tie Down") << "0.125"
                              << "1" << 2 << Rounding::Down << "0.12";
    QTest::newRow("tie Up") << "0.125"
                            << "1" << 2 << Rounding::Up << "0.13";
    QTest::newRow("tie HalfUp") << "0.125"
                                << "1" << 2 << Rounding::HalfUp << "0.13";
    QTest::newRow("tie HalfEven down") << "0.125"
                                       << "1" << 2 << Rounding::HalfEven << "0.12";
    QTest::newRow("tie HalfEven up") << "0.135"
                                     << "1" << 2 << Rounding::HalfEven << "0.14";
    QTest::newRow("exact Up stays") << "2.50"
                                    << "2" << 2 << Rounding::Up << "5.00";
    QTest::newRow("zero") << "0"
                          << "92.37" << 2 << Rounding::Up << "0.00";
    QTest::newRow("micro product Up") << "0.000001"
                                      << "0.000001" << 6 << Rounding::Up << "0.000001";
    QTest::newRow("micro product Down") << "0.000001"
                                        << "0.000001" << 6 << Rounding::Down << "0.000000";
    QTest::newRow("micro product exact") << "0.000001"
                                         << "0.000001" << 12 << Rounding::Down << "0.000000000001";
    // 1.0 at scale 18 squared: the intermediate 10^36 needs the 128-bit path.
    QTest::newRow("wei scale square") << "1.000000000000000000"
                                      << "1.000000000000000000" << 18 << Rounding::Down << "1.000000000000000000";
    QTest::newRow("big amount small rate") << "18446744073709551615"
                                           << "0.5" << 0 << Rounding::HalfEven << "9223372036854775808";
    QTest::newRow("big amount small rate Down") << "18446744073709551615"
                                                << "0.5" << 0 << Rounding::Down << "9223372036854775807";
}

void TestDecimal::multiply()
{
    QFETCH(QString, amount);
    QFETCH(QString, rate);
    QFETCH(int, scale);
    QFETCH(Rounding, mode);
    QFETCH(QString, expected);

    const Decimal a = dec(amount.toLatin1().constData());
    const Decimal b = dec(rate.toLatin1().constData());
    const auto product = a.multiply(b, scale, mode);
    QVERIFY2(product.ok(), product.ok() ? "" : product.error().message.c_str());
    QCOMPARE(str(*product), expected);
    QCOMPARE(product->scale(), scale);
    // Multiplication commutes under every rounding mode.
    QCOMPARE(str(*b.multiply(a, scale, mode)), expected);
}

void TestDecimal::multiplyErrors()
{
    const auto max = *Decimal::fromUnits(kMax, 0);
    QCOMPARE_ENUM(max.multiply(dec("2"), 0, Rounding::Down).error().code, ErrorCode::Overflow);
    QCOMPARE_ENUM(max.multiply(dec("1"), 1, Rounding::Down).error().code, ErrorCode::Overflow);
    // The exact product overflows 128 bits once widened to scale 18.
    QCOMPARE_ENUM(max.multiply(max, 18, Rounding::Down).error().code, ErrorCode::Overflow);
    QCOMPARE_ENUM(dec("1").multiply(dec("1"), 19, Rounding::Down).error().code, ErrorCode::ScaleExceeded);
    QCOMPARE_ENUM(dec("1").multiply(dec("1"), -1, Rounding::Down).error().code, ErrorCode::ScaleExceeded);
    // Rounding up at the very top of the range is an overflow, not a wrap to zero.
    const auto nearMax = *Decimal::fromUnits(kMax, 0);
    QCOMPARE_ENUM(nearMax.multiply(dec("1.1"), 0, Rounding::Up).error().code, ErrorCode::Overflow);
    QVERIFY(nearMax.multiply(dec("1.0"), 0, Rounding::Up).ok());
}

void TestDecimal::divide_data()
{
    QTest::addColumn<QString>("dividend");
    QTest::addColumn<QString>("divisor");
    QTest::addColumn<int>("scale");
    QTest::addColumn<Rounding>("mode");
    QTest::addColumn<QString>("expected");

    QTest::newRow("third Down") << "1"
                                << "3" << 6 << Rounding::Down << "0.333333";
    QTest::newRow("third Up") << "1"
                              << "3" << 6 << Rounding::Up << "0.333334";
    QTest::newRow("third HalfUp") << "1"
                                  << "3" << 6 << Rounding::HalfUp << "0.333333";
    QTest::newRow("two thirds HalfUp") << "2"
                                       << "3" << 6 << Rounding::HalfUp << "0.666667";
    QTest::newRow("two thirds HalfEven") << "2"
                                         << "3" << 6 << Rounding::HalfEven << "0.666667";
    QTest::newRow("tie HalfEven down") << "1"
                                       << "8" << 2 << Rounding::HalfEven << "0.12";
    QTest::newRow("tie HalfEven up") << "3"
                                     << "8" << 2 << Rounding::HalfEven << "0.38";
    QTest::newRow("tie HalfUp") << "1"
                                << "8" << 2 << Rounding::HalfUp << "0.13";
    // 9248.40 RUB / 92.37 = 100.1234166937…
    QTest::newRow("rub to usdt Down") << "9248.40"
                                      << "92.37" << 6 << Rounding::Down << "100.123416";
    QTest::newRow("rub to usdt Up") << "9248.40"
                                    << "92.37" << 6 << Rounding::Up << "100.123417";
    QTest::newRow("divisor more places") << "1.5"
                                         << "0.000003" << 0 << Rounding::Down << "500000";
    QTest::newRow("dividend more places") << "0.000000000000000003"
                                          << "3" << 18 << Rounding::Down << "0.000000000000000001";
    QTest::newRow("to fewer places") << "10.0000"
                                     << "4" << 1 << Rounding::HalfEven << "2.5";
    QTest::newRow("zero dividend") << "0"
                                   << "7" << 2 << Rounding::Up << "0.00";
}

void TestDecimal::divide()
{
    QFETCH(QString, dividend);
    QFETCH(QString, divisor);
    QFETCH(int, scale);
    QFETCH(Rounding, mode);
    QFETCH(QString, expected);

    const auto quotient = dec(dividend.toLatin1().constData()).divide(dec(divisor.toLatin1().constData()), scale, mode);
    QVERIFY2(quotient.ok(), quotient.ok() ? "" : quotient.error().message.c_str());
    QCOMPARE(str(*quotient), expected);
}

void TestDecimal::divideErrors()
{
    QCOMPARE_ENUM(dec("1").divide(dec("0.00"), 2, Rounding::Down).error().code, ErrorCode::InvalidAmount);
    const auto max = *Decimal::fromUnits(kMax, 0);
    QCOMPARE_ENUM(max.divide(dec("0.5"), 0, Rounding::Down).error().code, ErrorCode::Overflow);
    QCOMPARE_ENUM(max.divide(dec("1"), 18, Rounding::Down).error().code, ErrorCode::Overflow);
    QCOMPARE_ENUM(max.divide(dec("0.000000000000000001"), 18, Rounding::Down).error().code, ErrorCode::Overflow);
    QCOMPARE_ENUM(dec("1").divide(dec("3"), 19, Rounding::Down).error().code, ErrorCode::ScaleExceeded);
}

void TestDecimal::compareAcrossScales()
{
    QVERIFY(dec("1.50") == dec("1.5"));
    QVERIFY(dec("1.5") < dec("1.51"));
    QVERIFY(dec("0.999999999999999999") < dec("1"));
    QVERIFY(dec("2") > dec("1.999999999999999999"));
    QVERIFY(*Decimal::fromUnits(kMax, 0) > *Decimal::fromUnits(kMax, 18));
    QVERIFY(*Decimal::fromUnits(kMax, 18) < *Decimal::fromUnits(kMax, 17));
    QVERIFY(dec("0") == dec("0.000"));
    QVERIFY(dec("10") != dec("1.0"));
    QVERIFY((dec("3.10") <=> dec("3.1")) == std::strong_ordering::equal);
    QVERIFY(dec("100.00") >= dec("100"));
}

void TestDecimal::roundingModesBracketExactValue()
{
    // For any product: Down <= HalfEven, HalfUp <= Up, and Up − Down is zero or one unit; and the
    // exact product (at the combined scale) agrees with both when compared across scales.
    const char *amounts[] = {"0.01", "1.234567", "99.999999", "12345.678901", "0.000001", "7"};
    const char *rates[] = {"0.0001", "1.0000005", "92.37", "3.33333333", "1000000"};
    const Decimal oneCent = dec("0.01");
    for (const char *amount : amounts) {
        for (const char *rate : rates) {
            const Decimal a = dec(amount);
            const Decimal r = dec(rate);
            const Decimal exact = *a.multiply(r, a.scale() + r.scale(), Rounding::Down);
            const Decimal down = *a.multiply(r, 2, Rounding::Down);
            const Decimal up = *a.multiply(r, 2, Rounding::Up);
            const Decimal halfUp = *a.multiply(r, 2, Rounding::HalfUp);
            const Decimal halfEven = *a.multiply(r, 2, Rounding::HalfEven);
            QVERIFY(down <= exact);
            QVERIFY(exact <= up);
            QVERIFY(down <= halfUp && halfUp <= up);
            QVERIFY(down <= halfEven && halfEven <= up);
            const Decimal gap = *up.subtract(down);
            QVERIFY(gap == dec("0") || gap == oneCent);
            QCOMPARE(gap == dec("0"), exact == down);
        }
    }
}

QTEST_APPLESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
