#include "p2pdesk/domain/RateQuote.h"

namespace p2pdesk::domain {

namespace {

const Decimal kHundred = *Decimal::fromUnits(100, 0);

DomainError invalid(std::string message)
{
    return makeError(ErrorCode::InvalidAmount, std::move(message));
}

// The exact scale of a product, or ScaleExceeded when it would not be representable.
Result<int> exactProductScale(const Decimal &a, const Decimal &b)
{
    const int scale = a.scale() + b.scale();
    if (scale > Decimal::kMaxScale)
        return makeError(ErrorCode::ScaleExceeded, "operands carry too many decimal places to compare exactly");
    return scale;
}

} // namespace

Result<Decimal> suggestedRate(const Decimal &baseRate, const Decimal &marginPercent, Direction direction)
{
    if (baseRate.isZero())
        return invalid("base rate is zero");
    // factor = 100 ∓ margin; rate = base × factor / 100 with one rounding at the end.
    auto factor = direction == Direction::Sell ? kHundred.subtract(marginPercent) : kHundred.add(marginPercent);
    if (!factor)
        return invalid("margin of " + marginPercent.toString() + " % would make the rate negative");
    if (factor->isZero())
        return invalid("margin of 100 % would make the rate zero");
    const auto scale = exactProductScale(baseRate, *factor);
    if (!scale)
        return scale.error();
    const auto product = baseRate.multiply(*factor, *scale, Rounding::Down); // exact at this scale
    if (!product)
        return product.error();
    return product->divide(kHundred, kRateScale, direction == Direction::Sell ? Rounding::Down : Rounding::Up);
}

Status checkFresh(std::chrono::system_clock::time_point baseRateAt, std::chrono::system_clock::time_point now,
                  std::chrono::seconds maxAge)
{
    if (now - baseRateAt > maxAge) {
        const auto age = std::chrono::duration_cast<std::chrono::seconds>(now - baseRateAt);
        return makeError(ErrorCode::RateStale, "base rate is " + std::to_string(age.count()) + " s old, limit " +
                                                   std::to_string(maxAge.count()) + " s");
    }
    return Ok{};
}

Result<Quote> quote(Direction direction, const Decimal &rate, const Decimal &fixedFee, QuoteInput input,
                    const Decimal &amount, const Asset &asset, const Fiat &fiat)
{
    if (rate.isZero())
        return invalid("rate is zero");
    if (amount.isZero())
        return invalid("amount is zero");
    const int cryptoScale = asset.amountScale;
    const int fiatScale = fiat.decimals;
    const bool cryptoTyped = input == QuoteInput::CryptoAmount;
    if (amount.scale() > (cryptoTyped ? cryptoScale : fiatScale))
        return makeError(ErrorCode::ScaleExceeded, "amount " + amount.toString() + " has too many decimal places");
    const auto fee = fixedFee.rescaled(fiatScale, Rounding::Up);
    if (!fee)
        return fee.error();

    Quote result{direction, rate, {}, {}, *fee};
    const auto noCover = [&] {
        return invalid("amount does not cover the fee of " + fee->toString() + " " + std::string(fiat.code));
    };

    if (direction == Direction::Sell) {
        Decimal crypto = amount;
        if (!cryptoTyped) {
            const auto gross = amount.add(*fee);
            if (!gross)
                return gross.error();
            const auto needed = gross->divide(rate, cryptoScale, Rounding::Up);
            if (!needed)
                return needed.error();
            crypto = *needed;
        }
        const auto cryptoAtScale = crypto.rescaled(cryptoScale, Rounding::Down); // widening only: exact
        if (!cryptoAtScale)
            return cryptoAtScale.error();
        const auto gross = cryptoAtScale->multiply(rate, fiatScale, Rounding::Down);
        if (!gross)
            return gross.error();
        if (*gross <= *fee)
            return noCover();
        result.amountCrypto = *cryptoAtScale;
        result.amountFiat = *gross->subtract(*fee);
        return result;
    }

    if (!cryptoTyped) {
        const auto paid = amount.rescaled(fiatScale, Rounding::Down); // widening only: exact
        if (!paid)
            return paid.error();
        if (*paid <= *fee)
            return noCover();
        const auto crypto = paid->subtract(*fee)->divide(rate, cryptoScale, Rounding::Down);
        if (!crypto)
            return crypto.error();
        if (crypto->isZero())
            return invalid("amount buys less than the smallest unit of " + std::string(asset.code));
        result.amountCrypto = *crypto;
        result.amountFiat = *paid;
        return result;
    }
    const auto cryptoAtScale = amount.rescaled(cryptoScale, Rounding::Down);
    if (!cryptoAtScale)
        return cryptoAtScale.error();
    const auto price = cryptoAtScale->multiply(rate, fiatScale, Rounding::Up);
    if (!price)
        return price.error();
    const auto total = price->add(*fee);
    if (!total)
        return total.error();
    result.amountCrypto = *cryptoAtScale;
    result.amountFiat = *total;
    return result;
}

Result<Quote> indicativeQuote(const RateSettings &settings, std::chrono::system_clock::time_point now, QuoteInput input,
                              const Decimal &amount, const Asset &asset, const Fiat &fiat)
{
    if (auto fresh = checkFresh(settings.baseRateAt, now, settings.maxAge); !fresh)
        return fresh.error();
    const auto rate = suggestedRate(settings.baseRate, settings.marginPercent, settings.direction);
    if (!rate)
        return rate.error();
    auto priced = quote(settings.direction, *rate, settings.fixedFee, input, amount, asset, fiat);
    if (!priced)
        return priced;
    const Decimal &fiatAmount = priced->amountFiat;
    if (settings.minFiat && fiatAmount < *settings.minFiat) {
        return makeError(ErrorCode::LimitExceeded,
                         "amount " + fiatAmount.toString() + " is below the minimum " + settings.minFiat->toString());
    }
    if (settings.maxFiat && fiatAmount > *settings.maxFiat) {
        return makeError(ErrorCode::LimitExceeded,
                         "amount " + fiatAmount.toString() + " is above the maximum " + settings.maxFiat->toString());
    }
    return priced;
}

Result<Quote> requoteAtFinalRate(Direction direction, const Decimal &suggestedRate, const Decimal &finalRate,
                                 const Decimal &amountCrypto, const Decimal &amountFiat, const Asset &asset,
                                 const Fiat &fiat)
{
    if (suggestedRate.isZero() || finalRate.isZero())
        return invalid("rate is zero");
    // Stored amounts may carry trailing zeros beyond the unit (numeric columns); anything else is
    // not an amount of this asset/fiat.
    const auto crypto = amountCrypto.rescaled(asset.amountScale, Rounding::Down);
    const auto fiatAmount = amountFiat.rescaled(fiat.decimals, Rounding::Down);
    if (!crypto || !fiatAmount)
        return makeError(ErrorCode::ScaleExceeded, "stored amounts exceed the asset's or fiat's decimals");
    if (!(*crypto == amountCrypto) || !(*fiatAmount == amountFiat))
        return makeError(ErrorCode::ScaleExceeded, "stored amounts have more decimals than the asset or fiat allows");

    const Rounding rounding = fiatRounding(direction);
    const auto grossAtSuggested = crypto->multiply(suggestedRate, fiat.decimals, rounding);
    if (!grossAtSuggested)
        return grossAtSuggested.error();
    // Sell: fiat = gross − fee; Buy: fiat = gross + fee.
    const auto fee = direction == Direction::Sell ? grossAtSuggested->subtract(*fiatAmount)
                                                  : fiatAmount->subtract(*grossAtSuggested);
    if (!fee)
        return invalid("the order's amounts are not a quote at its suggested rate (" + fee.error().message + ")");
    return quote(direction, finalRate, *fee, QuoteInput::CryptoAmount, *crypto, asset, fiat);
}

Result<Decimal> deviationPercent(const Decimal &finalRate, const Decimal &suggestedRate)
{
    if (suggestedRate.isZero())
        return invalid("suggested rate is zero");
    const auto difference =
        finalRate >= suggestedRate ? finalRate.subtract(suggestedRate) : suggestedRate.subtract(finalRate);
    if (!difference)
        return difference.error();
    const auto scaled = difference->multiply(kHundred, difference->scale(), Rounding::Down); // exact
    if (!scaled)
        return scaled.error();
    return scaled->divide(suggestedRate, 4, Rounding::Up);
}

Result<bool> deviationExceeds(const Decimal &finalRate, const Decimal &suggestedRate, const Decimal &maxPercent)
{
    if (suggestedRate.isZero())
        return invalid("suggested rate is zero");
    // |f − s| × 100 > max × s, both sides exact.
    const auto difference =
        finalRate >= suggestedRate ? finalRate.subtract(suggestedRate) : suggestedRate.subtract(finalRate);
    if (!difference)
        return difference.error();
    const auto left = difference->multiply(kHundred, difference->scale(), Rounding::Down);
    if (!left)
        return left.error();
    const auto scale = exactProductScale(maxPercent, suggestedRate);
    if (!scale)
        return scale.error();
    const auto right = maxPercent.multiply(suggestedRate, *scale, Rounding::Down);
    if (!right)
        return right.error();
    return *left > *right;
}

Status checkDeviation(const Decimal &finalRate, const Decimal &suggestedRate, const Decimal &maxPercent)
{
    const auto exceeds = deviationExceeds(finalRate, suggestedRate, maxPercent);
    if (!exceeds)
        return exceeds.error();
    if (*exceeds) {
        const auto percent = deviationPercent(finalRate, suggestedRate);
        return makeError(ErrorCode::RateDeviationTooHigh, "final rate " + finalRate.toString() + " deviates " +
                                                              (percent ? percent->toString() : "?") +
                                                              " % from the suggested " + suggestedRate.toString() +
                                                              ", limit " + maxPercent.toString() + " %");
    }
    return Ok{};
}

} // namespace p2pdesk::domain
