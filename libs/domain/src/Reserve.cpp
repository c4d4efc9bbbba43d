#include "p2pdesk/domain/Reserve.h"

#include <algorithm>

namespace p2pdesk::domain {

namespace {

Decimal oneUnit(int scale)
{
    return Decimal::fromUnits(1, scale).value();
}

} // namespace

std::string_view toString(ReserveKind kind) noexcept
{
    return kind == ReserveKind::Crypto ? "crypto" : "fiat";
}

std::optional<ReserveKind> parseReserveKind(std::string_view text) noexcept
{
    if (text == "crypto")
        return ReserveKind::Crypto;
    if (text == "fiat")
        return ReserveKind::Fiat;
    return std::nullopt;
}

const Decimal &payoutOf(const Quote &quote) noexcept
{
    return quote.direction == Direction::Sell ? quote.amountFiat : quote.amountCrypto;
}

Decimal availableReserve(const Decimal &entered, const Decimal &committed)
{
    if (committed >= entered)
        return Decimal::fromUnits(0, entered.scale()).value();
    return entered.subtract(committed).value();
}

Status checkWithinReserve(const Quote &quote, const Decimal &available)
{
    const Decimal &payout = payoutOf(quote);
    if (payout > available)
        return makeError(ErrorCode::LimitExceeded, "the desk can pay out at most " + available.toString() +
                                                       " now; this order would pay " + payout.toString());
    return Ok{};
}

Status checkPayoutIncrease(const Decimal &before, const Decimal &after, const Decimal &available)
{
    if (!(after > before))
        return Ok{};
    const auto increase = after.subtract(before);
    if (!increase)
        return increase.error();
    if (*increase > available)
        return makeError(ErrorCode::LimitExceeded, "this rate pays " + increase->toString() +
                                                       " more than the order's quote, and the desk can pay out at "
                                                       "most " +
                                                       available.toString() + " more now");
    return Ok{};
}

Result<std::optional<ExportOffer>> exportOffer(Direction direction, const Decimal &rate, const Decimal &fixedFee,
                                               const std::optional<Decimal> &minFiat,
                                               const std::optional<Decimal> &maxFiat, const Decimal &available,
                                               const Asset &asset, const Fiat &fiat)
{
    if (rate.isZero())
        return makeError(ErrorCode::InvalidAmount, "a rate of zero offers nothing");
    const Decimal oneAsset = oneUnit(0);
    const Decimal fiatUnit = oneUnit(fiat.decimals);
    ExportOffer offer;
    if (direction == Direction::Sell) {
        // Crypto in, fiat out: the reserve is fiat.
        offer.in = oneAsset;
        offer.out = rate;
        const auto amountResult = available.rescaled(fiat.decimals, Rounding::Down);
        if (!amountResult)
            return amountResult.error();
        const Decimal amount = *amountResult;
        offer.amount = amount;
        const Decimal floorFiat = minFiat && *minFiat > fiatUnit ? *minFiat : fiatUnit;
        const auto minGrossResult = floorFiat.add(fixedFee);
        if (!minGrossResult)
            return minGrossResult.error();
        const Decimal minGross = *minGrossResult;
        const auto minCryptoResult = minGross.divide(rate, asset.amountScale, Rounding::Up);
        if (!minCryptoResult)
            return minCryptoResult.error();
        const Decimal minCrypto = *minCryptoResult;
        const Decimal capFiat = maxFiat && *maxFiat < offer.amount ? *maxFiat : offer.amount;
        const auto maxGrossResult = capFiat.add(fixedFee);
        if (!maxGrossResult)
            return maxGrossResult.error();
        const Decimal maxGross = *maxGrossResult;
        const auto maxCryptoResult = maxGross.divide(rate, asset.amountScale, Rounding::Down);
        if (!maxCryptoResult)
            return maxCryptoResult.error();
        const Decimal maxCrypto = *maxCryptoResult;
        offer.minAmount = minCrypto;
        offer.maxAmount = maxCrypto;
        // The most the reserve can pay must still reach the minimum payout.
        if (capFiat < floorFiat || maxCrypto < minCrypto)
            return std::optional<ExportOffer>{};
        return std::optional<ExportOffer>{offer};
    }

    // Fiat in, crypto out: the reserve is crypto.
    offer.in = rate;
    offer.out = oneAsset;
    const auto amountResult = available.rescaled(asset.amountScale, Rounding::Down);
    if (!amountResult)
        return amountResult.error();
    const Decimal amount = *amountResult;
    offer.amount = amount;
    const auto feePlusUnitResult = fixedFee.add(fiatUnit);
    if (!feePlusUnitResult)
        return feePlusUnitResult.error();
    const Decimal feePlusUnit = *feePlusUnitResult;
    const auto leastResult = feePlusUnit.rescaled(fiat.decimals, Rounding::Up);
    if (!leastResult)
        return leastResult.error();
    const Decimal least = *leastResult;
    const Decimal minPay = minFiat && *minFiat > least ? *minFiat : least;
    const auto reserveWorthResult = offer.amount.multiply(rate, fiat.decimals, Rounding::Down);
    if (!reserveWorthResult)
        return reserveWorthResult.error();
    const Decimal reserveWorth = *reserveWorthResult;
    const auto reserveCapResult = reserveWorth.add(fixedFee);
    if (!reserveCapResult)
        return reserveCapResult.error();
    const Decimal reserveCap = *reserveCapResult;
    const auto reserveCappedResult = reserveCap.rescaled(fiat.decimals, Rounding::Down);
    if (!reserveCappedResult)
        return reserveCappedResult.error();
    const Decimal reserveCapped = *reserveCappedResult;
    const Decimal maxPay = maxFiat && *maxFiat < reserveCapped ? *maxFiat : reserveCapped;
    const auto minScaledResult = minPay.rescaled(fiat.decimals, Rounding::Up);
    if (!minScaledResult)
        return minScaledResult.error();
    const Decimal minScaled = *minScaledResult;
    const auto maxScaledResult = maxPay.rescaled(fiat.decimals, Rounding::Down);
    if (!maxScaledResult)
        return maxScaledResult.error();
    const Decimal maxScaled = *maxScaledResult;
    offer.minAmount = minScaled;
    offer.maxAmount = maxScaled;
    if (maxScaled < minScaled)
        return std::optional<ExportOffer>{};
    return std::optional<ExportOffer>{offer};
}

} // namespace p2pdesk::domain
