#pragma once

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/domain/Fiat.h"
#include "p2pdesk/domain/OrderStatus.h"
#include "p2pdesk/domain/Result.h"

#include <chrono>
#include <optional>

namespace p2pdesk::domain {

// Rates are fiat per one unit of the asset ("92.37" RUB per USDT), kept at this scale: enough for
// a stablecoin quoted in a weak currency and for BTC quoted in rubles alike.
inline constexpr int kRateScale = 6;

// Suggested rate from the base rate and the margin, at kRateScale.
//   Sell (customer sells crypto, the desk pays fiat): base × (1 − margin% / 100), rounded Down:
//   the desk never pays a better rate than its margin allows.
//   Buy (customer pays fiat for crypto): base × (1 + margin% / 100), rounded Up.
// A margin of 100 % or more on a sell is InvalidAmount (the rate would be zero or negative).
Result<Decimal> suggestedRate(const Decimal &baseRate, const Decimal &marginPercent, Direction direction);

// RateStale when the base rate is older than maxAge at `now`; a stale base rate stops quoting.
// A timestamp slightly in the future (clock skew between instances) counts as fresh.
Status checkFresh(std::chrono::system_clock::time_point baseRateAt, std::chrono::system_clock::time_point now,
                  std::chrono::seconds maxAge);

// Which amount the customer typed.
enum class QuoteInput { CryptoAmount, FiatAmount };

// A priced order. amountFiat is what changes hands in fiat, the fee already deducted from it:
// what the customer receives on a sell, what the customer pays on a buy.
struct Quote {
    Direction direction = Direction::Sell;
    Decimal rate;
    Decimal amountCrypto; // at the asset's amountScale
    Decimal amountFiat;   // at the fiat's minor unit
    Decimal fee;          // the fixed fee, at the fiat's minor unit
};

// Prices `amount` at `rate`; the fixed fee is always taken from the fiat side. Rounding rule: what
// the desk pays rounds Down, what the customer pays rounds Up, each to its minor unit:
//   Sell, crypto typed C: fiat = C × rate (Down) − fee.
//   Sell, fiat typed F:   crypto = (F + fee) / rate (Up); fiat is then recomputed from that crypto,
//                         so it is >= F and equals the crypto-typed quote of the same crypto.
//   Buy, fiat typed F:    crypto = (F − fee) / rate (Down); fiat = F.
//   Buy, crypto typed C:  fiat = C × rate (Up) + fee.
// An amount that does not cover the fee, a zero amount or a zero rate is InvalidAmount; more digits
// than the asset/fiat allows is ScaleExceeded.
Result<Quote> quote(Direction direction, const Decimal &rate, const Decimal &fixedFee, QuoteInput input,
                    const Decimal &amount, const Asset &asset, const Fiat &fiat);

// The named rounding rules of a fiat amount, each to the fiat's minor unit (Fiat::decimals):
//   kDeskPaysFiat     — Sell: the desk pays the customer fiat; rounds Down, never overpaying.
//   kCustomerPaysFiat — Buy: the customer pays the desk fiat; rounds Up, never undercharging.
inline constexpr Rounding kDeskPaysFiat = Rounding::Down;
inline constexpr Rounding kCustomerPaysFiat = Rounding::Up;
constexpr Rounding fiatRounding(Direction direction) noexcept
{
    return direction == Direction::Sell ? kDeskPaysFiat : kCustomerPaysFiat;
}

// An order's figures when taken at its final rate. The crypto amount the customer agreed to stays;
// the fiat amount is the one that depends on the rate, recomputed with the direction's rule above
// (Sell: crypto × final rounded Down − fee; Buy: crypto × final rounded Up + fee). The fee is the one
// the creation quote took, recovered exactly from the stored figures at the suggested rate, so a take
// at the suggested rate changes nothing. InvalidAmount when the stored figures are not such a quote
// (negative fee) or the new fiat amount would not cover the fee; ScaleExceeded when a stored amount
// has more digits than the asset or fiat allows.
Result<Quote> requoteAtFinalRate(Direction direction, const Decimal &suggestedRate, const Decimal &finalRate,
                                 const Decimal &amountCrypto, const Decimal &amountFiat, const Asset &asset,
                                 const Fiat &fiat);

// One direction's rate settings as the admin keeps them.
struct RateSettings {
    Direction direction = Direction::Sell;
    Decimal baseRate;
    Decimal marginPercent;
    Decimal fixedFee;
    std::chrono::system_clock::time_point baseRateAt;
    std::chrono::seconds maxAge{std::chrono::minutes(10)};
    std::optional<Decimal> minFiat; // inclusive bounds of amountFiat
    std::optional<Decimal> maxFiat;
};

// The bot's indicative quote: fresh base rate, suggested rate, quote, then min/max (LimitExceeded).
Result<Quote> indicativeQuote(const RateSettings &settings, std::chrono::system_clock::time_point now, QuoteInput input,
                              const Decimal &amount, const Asset &asset, const Fiat &fiat);

// |final − suggested| / suggested × 100, at scale 4, rounded Up so a displayed figure never
// understates the deviation. InvalidAmount when the suggestion is zero.
Result<Decimal> deviationPercent(const Decimal &finalRate, const Decimal &suggestedRate);
// Exact comparison (no rounding): true when the deviation is strictly above maxPercent.
Result<bool> deviationExceeds(const Decimal &finalRate, const Decimal &suggestedRate, const Decimal &maxPercent);
// RateDeviationTooHigh when deviationExceeds; for callers that refuse rather than ask for a reason.
Status checkDeviation(const Decimal &finalRate, const Decimal &suggestedRate, const Decimal &maxPercent);

} // namespace p2pdesk::domain
