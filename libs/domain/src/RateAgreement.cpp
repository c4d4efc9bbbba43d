#include "p2pdesk/domain/RateAgreement.h"

namespace p2pdesk::domain {

std::string_view toString(RateAgreement agreement) noexcept
{
    switch (agreement) {
    case RateAgreement::Agreed:
        return "agreed";
    case RateAgreement::Due:
        return "due";
    case RateAgreement::Offered:
        return "offered";
    }
    return {};
}

std::optional<RateAgreement> parseRateAgreement(std::string_view text) noexcept
{
    for (const auto value : {RateAgreement::Agreed, RateAgreement::Due, RateAgreement::Offered}) {
        if (toString(value) == text)
            return value;
    }
    return std::nullopt;
}

std::string_view toString(RequoteReason reason) noexcept
{
    switch (reason) {
    case RequoteReason::LockExpired:
        return "lock_expired";
    case RequoteReason::RateMoved:
        return "rate_moved";
    }
    return {};
}

std::optional<RequoteReason> parseRequoteReason(std::string_view text) noexcept
{
    for (const auto value : {RequoteReason::LockExpired, RequoteReason::RateMoved}) {
        if (toString(value) == text)
            return value;
    }
    return std::nullopt;
}

std::optional<RequoteReason> requoteDue(const RequoteCheck &check)
{
    if (check.lockedUntil && check.at > *check.lockedUntil)
        return RequoteReason::LockExpired;
    if (!check.currentReference || check.maxMovePercent.isZero() || check.fixedReference.isZero())
        return std::nullopt;
    const auto moved = deviationExceeds(*check.currentReference, check.fixedReference, check.maxMovePercent);
    if (moved.ok() && moved.value())
        return RequoteReason::RateMoved;
    return std::nullopt;
}

Result<Quote> requoteAfterPayment(Direction direction, const Decimal &currentRate, const Decimal &newRate,
                                  const Decimal &amountCrypto, const Decimal &amountFiat, const Asset &asset,
                                  const Fiat &fiat)
{
    // Recover the fee (and validate the stored figures) by pricing them at their own rate.
    const auto current = requoteAtFinalRate(direction, currentRate, currentRate, amountCrypto, amountFiat, asset, fiat);
    if (!current)
        return current.error();
    if (newRate.isZero())
        return makeError(ErrorCode::InvalidAmount, "rate is zero");
    if (direction == Direction::Sell)
        return requoteAtFinalRate(direction, currentRate, newRate, amountCrypto, amountFiat, asset, fiat);
    return quote(direction, newRate, current->fee, QuoteInput::FiatAmount, current->amountFiat, asset, fiat);
}

} // namespace p2pdesk::domain
