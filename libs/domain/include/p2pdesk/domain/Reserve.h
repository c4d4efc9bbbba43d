#pragma once

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/domain/Fiat.h"
#include "p2pdesk/domain/OrderStatus.h"
#include "p2pdesk/domain/RateQuote.h"
#include "p2pdesk/domain/Result.h"

#include <optional>
#include <string_view>

// Reserves: what the desk holds of each currency it pays out. A quote never promises more than the
// reserve it would be paid from, and the public rates export never advertises more.
namespace p2pdesk::domain {

// A sell pays the customer fiat out of a fiat reserve; a buy pays crypto out of the reserve of that
// asset on that network.
enum class ReserveKind { Crypto, Fiat };
std::string_view toString(ReserveKind kind) noexcept; // "crypto" / "fiat"
std::optional<ReserveKind> parseReserveKind(std::string_view text) noexcept;

constexpr ReserveKind payoutReserveKind(Direction direction) noexcept
{
    return direction == Direction::Sell ? ReserveKind::Fiat : ReserveKind::Crypto;
}

// What a quote commits the desk to pay: the fiat amount of a sell, the crypto amount of a buy.
const Decimal &payoutOf(const Quote &quote) noexcept;

// What is still free to promise: the amount last entered less what orders have committed since
// (never below zero: a reserve counted too low must not turn into a negative offer).
Decimal availableReserve(const Decimal &entered, const Decimal &committed);

// LimitExceeded when the quote's payout is above the available reserve; the message names the
// largest payout the desk can make now.
Status checkWithinReserve(const Quote &quote, const Decimal &available);

// A committed order repriced (a take at a final rate that pays more than its quote): `available`
// already counts the order's payout `before`, so only the increase must fit. A payout that does not
// grow always passes, even from an overdrawn reserve: it promises nothing new.
Status checkPayoutIncrease(const Decimal &before, const Decimal &after, const Decimal &available);

// One line of the public rates export (BestChange style): the customer gives `in` of the "from"
// currency and receives `out` of the "to" currency; `amount` is the "to" reserve; min/max are in the
// "from" currency. A sell is crypto → fiat (in 1, out the rate); a buy fiat → crypto (in the rate,
// out 1).
struct ExportOffer {
    Decimal in;
    Decimal out;
    Decimal amount;    // the available reserve of the "to" currency, at its scale
    Decimal minAmount; // in the "from" currency, at its scale
    Decimal maxAmount;
};

// The offer one rate row makes, or nullopt when it can serve no order (the reserve is below the
// minimum). Rounding rules, each so the export never offers what a quote would then refuse:
//   "export sell min": crypto = (max(minFiat, one minor unit) + fee) / rate, Up to the asset scale —
//                      the least crypto whose payout reaches the minimum;
//   "export sell max": crypto = (min(maxFiat, reserve) + fee) / rate, Down — the most crypto whose
//                      payout (rounded Down, less the fee) stays within both;
//   "export buy min":  fiat = max(minFiat, fee + one minor unit) — a payment must cover the fee;
//   "export buy max":  fiat = min(maxFiat, reserve × rate + fee), Down to the fiat's minor unit — the
//                      crypto it buys ((fiat − fee) / rate, Down) stays within the reserve.
// `rate` is the suggested rate (kRateScale) and `available` the "to" reserve.
Result<std::optional<ExportOffer>> exportOffer(Direction direction, const Decimal &rate, const Decimal &fixedFee,
                                               const std::optional<Decimal> &minFiat,
                                               const std::optional<Decimal> &maxFiat, const Decimal &available,
                                               const Asset &asset, const Fiat &fiat);

} // namespace p2pdesk::domain
