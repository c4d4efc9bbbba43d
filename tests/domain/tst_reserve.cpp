#include "DomainTestSupport.h"

#include "p2pdesk/domain/Reserve.h"

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

Asset usdtTron()
{
    return asset("USDT", "TRON").value();
}

Fiat rub()
{
    return fiat("RUB").value();
}

ExportOffer offered(Direction direction, const char *rate, const char *fee, std::optional<Decimal> minFiat,
                    std::optional<Decimal> maxFiat, const char *available)
{
    auto offer = exportOffer(direction, dec(rate), dec(fee), minFiat, maxFiat, dec(available), usdtTron(), rub());
    if (!offer)
        qFatal("unexpected error: %s", offer.error().message.c_str());
    if (!offer.value())
        qFatal("no offer where one was expected");
    return *offer.value();
}

Quote priced(Direction direction, const char *rate, const char *fee, QuoteInput input, const Decimal &amount)
{
    auto priced = quote(direction, dec(rate), dec(fee), input, amount, usdtTron(), rub());
    if (!priced)
        qFatal("unexpected error: %s", priced.error().message.c_str());
    return priced.value();
}

} // namespace

// Reserves: which reserve pays an order, what is left to promise, the check a quote passes, and the
// offer a rate row makes in the public export — whose bounds a quote must then honour.
class TestReserve final : public QObject {
    Q_OBJECT

private slots:
    void payoutSide()
    {
        QCOMPARE_ENUM(payoutReserveKind(Direction::Sell), ReserveKind::Fiat);
        QCOMPARE_ENUM(payoutReserveKind(Direction::Buy), ReserveKind::Crypto);
        for (const auto kind : {ReserveKind::Crypto, ReserveKind::Fiat})
            QCOMPARE_ENUM(*parseReserveKind(toString(kind)), kind);
        QVERIFY(!parseReserveKind("Fiat"));
        QVERIFY(!parseReserveKind(""));
    }

    void availableNeverBelowZero()
    {
        QCOMPARE(str(availableReserve(dec("1000.00"), dec("300.50"))), QStringLiteral("699.50"));
        QCOMPARE(str(availableReserve(dec("1000.00"), dec("1000.00"))), QStringLiteral("0.00"));
        // Counted too low (or orders ran past it): nothing to promise, not a negative figure.
        QCOMPARE(str(availableReserve(dec("1000.00"), dec("1500.00"))), QStringLiteral("0.00"));
        QCOMPARE(str(availableReserve(dec("5.000000"), dec("0"))), QStringLiteral("5.000000"));
    }

    void quoteWithinReserve()
    {
        // A sell pays fiat: 10 USDT at 90 less a 100 fee pays 800.00.
        const auto sell = priced(Direction::Sell, "90", "100.00", QuoteInput::CryptoAmount, dec("10"));
        QCOMPARE(str(payoutOf(sell)), QStringLiteral("800.00"));
        QVERIFY(checkWithinReserve(sell, dec("800.00")).ok());
        const auto refused = checkWithinReserve(sell, dec("799.99"));
        QVERIFY(!refused.ok());
        QCOMPARE_ENUM(refused.error().code, ErrorCode::LimitExceeded);
        QVERIFY(refused.error().message.find("799.99") != std::string::npos);

        // A buy pays crypto: 9 100.00 RUB at 90 less the fee buys 100 USDT.
        const auto buy = priced(Direction::Buy, "90", "100.00", QuoteInput::FiatAmount, dec("9100.00"));
        QCOMPARE(str(payoutOf(buy)), QStringLiteral("100.000000"));
        QVERIFY(checkWithinReserve(buy, dec("100")).ok());
        QVERIFY(!checkWithinReserve(buy, dec("99.999999")).ok());
    }

    void sellOfferBoundsAreQuotable()
    {
        const auto offer =
            offered(Direction::Sell, "90.000000", "100.00", dec("1000.00"), dec("500000.00"), "200000.00");
        QCOMPARE(str(offer.in), QStringLiteral("1"));
        QCOMPARE(str(offer.out), QStringLiteral("90.000000"));
        QCOMPARE(str(offer.amount), QStringLiteral("200000.00"));
        // "export sell min": (1000 + 100) / 90 = 12.2222…, Up.
        QCOMPARE(str(offer.minAmount), QStringLiteral("12.222223"));
        // "export sell max": the reserve is below the row's maximum: (200000 + 100) / 90, Down.
        QCOMPARE(str(offer.maxAmount), QStringLiteral("2223.333333"));

        // A quote at each bound stays inside the row's limits and the reserve.
        const auto least = priced(Direction::Sell, "90", "100.00", QuoteInput::CryptoAmount, offer.minAmount);
        QVERIFY(least.amountFiat >= dec("1000.00"));
        const auto most = priced(Direction::Sell, "90", "100.00", QuoteInput::CryptoAmount, offer.maxAmount);
        QCOMPARE(str(most.amountFiat), QStringLiteral("199999.99"));
        QVERIFY(checkWithinReserve(most, offer.amount).ok());
        // A kopeck more of payout is refused by the quote the export advertises.
        const auto over = priced(Direction::Sell, "90", "100.00", QuoteInput::CryptoAmount,
                                 offer.maxAmount.add(dec("0.000112")).value());
        QVERIFY(!checkWithinReserve(over, offer.amount).ok());
    }

    void sellOfferWithoutRowBounds()
    {
        // No minimum: the least crypto that pays one kopeck over the fee; no maximum: the reserve.
        const auto offer = offered(Direction::Sell, "90.000000", "0", std::nullopt, std::nullopt, "900.005");
        QCOMPARE(str(offer.amount), QStringLiteral("900.00")); // the reserve at the fiat's scale, Down
        QCOMPARE(str(offer.minAmount), QStringLiteral("0.000112"));
        QCOMPARE(str(offer.maxAmount), QStringLiteral("10.000000"));
        // The row's own maximum wins when it is below the reserve.
        QCOMPARE(str(offered(Direction::Sell, "90", "0", std::nullopt, dec("450.00"), "900.00").maxAmount),
                 QStringLiteral("5.000000"));
    }

    void buyOfferBoundsAreQuotable()
    {
        const auto offer = offered(Direction::Buy, "95.000000", "50.00", dec("1000.00"), dec("300000.00"), "1000");
        QCOMPARE(str(offer.in), QStringLiteral("95.000000"));
        QCOMPARE(str(offer.out), QStringLiteral("1"));
        QCOMPARE(str(offer.amount), QStringLiteral("1000.000000"));
        QCOMPARE(str(offer.minAmount), QStringLiteral("1000.00"));
        // "export buy max": 1000 USDT × 95 + 50 = 95 050.00, below the row's 300 000.
        QCOMPARE(str(offer.maxAmount), QStringLiteral("95050.00"));
        const auto most = priced(Direction::Buy, "95", "50.00", QuoteInput::FiatAmount, offer.maxAmount);
        QCOMPARE(str(most.amountCrypto), QStringLiteral("1000.000000"));
        QVERIFY(checkWithinReserve(most, offer.amount).ok());

        // No minimum: a payment must cover the fee and buy something.
        QCOMPARE(str(offered(Direction::Buy, "95", "50.00", std::nullopt, std::nullopt, "1").minAmount),
                 QStringLiteral("50.01"));
    }

    void reserveBelowMinimumOffersNothing()
    {
        for (const auto direction : {Direction::Sell, Direction::Buy}) {
            const auto shortReserve = direction == Direction::Sell ? "999.99" : "10.5";
            const auto offer = exportOffer(direction, dec("95"), dec("0"), dec("1000.00"), std::nullopt,
                                           dec(shortReserve), usdtTron(), rub());
            QVERIFY(offer.ok());
            QVERIFY(!offer.value().has_value());
        }
        const auto empty =
            exportOffer(Direction::Sell, dec("95"), dec("0"), std::nullopt, std::nullopt, dec("0"), usdtTron(), rub());
        QVERIFY(empty.ok());
        QVERIFY(!empty.value().has_value());
    }

    void zeroRateIsRefused()
    {
        const auto offer =
            exportOffer(Direction::Sell, dec("0"), dec("0"), std::nullopt, std::nullopt, dec("10"), usdtTron(), rub());
        QVERIFY(!offer.ok());
        QCOMPARE_ENUM(offer.error().code, ErrorCode::InvalidAmount);
    }

    void aRepricedPayoutNeedsOnlyItsIncrease()
    {
        // At or below the payout before: always fine, even with nothing left.
        QVERIFY(checkPayoutIncrease(dec("9900.00"), dec("9900.00"), dec("0.00")).ok());
        QVERIFY(checkPayoutIncrease(dec("9900.00"), dec("9850.00"), dec("0.00")).ok());
        // Up: the increase against what is left, to the kopeck.
        QVERIFY(checkPayoutIncrease(dec("9900.00"), dec("9950.00"), dec("50.00")).ok());
        const auto refused = checkPayoutIncrease(dec("9900.00"), dec("9950.01"), dec("50.00"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().code == ErrorCode::LimitExceeded);
        QVERIFY(refused.error().message.find("50.01 more") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestReserve)
#include "tst_reserve.moc"
