#pragma once

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/domain/Fiat.h"
#include "p2pdesk/domain/OrderStatus.h"
#include "p2pdesk/domain/RateQuote.h"
#include "p2pdesk/domain/Result.h"

#include <chrono>
#include <optional>
#include <string_view>

namespace p2pdesk::domain {

// Whether the customer still stands behind the rate of their order.
//   Agreed  — the customer accepted the order's final rate (the quote they confirmed, the
//             instructions they paid against, or a re-quote they accepted in the bot).
//   Due     — their payment came in after the rate stopped holding; the desk must re-quote (or
//             honour the old rate, with a reason) before paying out.
//   Offered — the desk proposed a new rate; the customer has not answered yet.
// Payout waits while it is Due or Offered (OrderStateMachine: Requirement::RateAgreed).
enum class RateAgreement { Agreed, Due, Offered };

std::string_view toString(RateAgreement agreement) noexcept;
std::optional<RateAgreement> parseRateAgreement(std::string_view text) noexcept;

// Why a re-quote is due.
//   LockExpired — the rate the customer was given holds until a moment (the quote lock, renewed
//                 when the payment instructions go out); the payment came in after it.
//   RateMoved   — the desk's current suggested rate moved more than the allowed percentage away
//                 from the one in force when the order's rate was fixed.
enum class RequoteReason { LockExpired, RateMoved };

std::string_view toString(RequoteReason reason) noexcept;
std::optional<RequoteReason> parseRequoteReason(std::string_view text) noexcept;

struct RequoteCheck {
    std::chrono::system_clock::time_point at;                         // when the payment came in (or now)
    std::optional<std::chrono::system_clock::time_point> lockedUntil; // none: the rate has no lock
    Decimal fixedReference;                  // the suggested rate in force when the rate was fixed
    std::optional<Decimal> currentReference; // the suggested rate now; none when stale or unknown
    Decimal maxMovePercent;                  // zero: a move alone never asks for a re-quote
};

// LockExpired when `at` is after the lock (a payment at the very instant still holds); otherwise
// RateMoved when the move is strictly above maxMovePercent (exact, as deviationExceeds); otherwise
// none. A stale or unknown current rate cannot prove a move: only the lock decides then.
std::optional<RequoteReason> requoteDue(const RequoteCheck &check);

// An order's figures at a new rate once the customer has paid: what they paid stays, the other side
// follows at the new rate with the direction's rounding rule, the fee is kept.
//   Sell (the customer sent crypto): crypto stays; fiat = crypto × new rate (Down) − fee.
//   Buy  (the customer paid fiat):   fiat stays;   crypto = (fiat − fee) / new rate (Down).
// The fee is recovered from the stored figures at `currentRate` as requoteAtFinalRate does.
Result<Quote> requoteAfterPayment(Direction direction, const Decimal &currentRate, const Decimal &newRate,
                                  const Decimal &amountCrypto, const Decimal &amountFiat, const Asset &asset,
                                  const Fiat &fiat);

} // namespace p2pdesk::domain
