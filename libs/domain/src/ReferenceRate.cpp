#include "p2pdesk/domain/ReferenceRate.h"

#include "p2pdesk/domain/RateQuote.h"

namespace p2pdesk::domain {

std::string_view toString(ReferenceVerdict verdict) noexcept
{
    switch (verdict) {
    case ReferenceVerdict::Apply:
        return "apply";
    case ReferenceVerdict::Unchanged:
        return "unchanged";
    case ReferenceVerdict::Hold:
        return "hold";
    }
    return "apply";
}

Result<ReferenceJudgement> judgeReferenceRate(const std::optional<Decimal> &currentBase, const Decimal &observed,
                                              const Decimal &maxJumpPercent)
{
    const auto rate = observed.rescaled(kRateScale, Rounding::HalfUp);
    if (!rate)
        return rate.error();
    if (rate->isZero())
        return makeError(ErrorCode::InvalidAmount,
                         "the feed's value " + observed.toString() + " is not a positive rate");

    ReferenceJudgement judgement;
    judgement.rate = *rate;
    if (!currentBase || currentBase->isZero())
        return judgement;
    if (*rate == *currentBase) {
        judgement.verdict = ReferenceVerdict::Unchanged;
        judgement.jumpPercent = Decimal::fromUnits(0, 4).value();
        return judgement;
    }
    const auto exceeds = deviationExceeds(*rate, *currentBase, maxJumpPercent);
    if (!exceeds)
        return exceeds.error();
    const auto percent = deviationPercent(*rate, *currentBase);
    if (!percent)
        return percent.error();
    judgement.jumpPercent = *percent;
    judgement.verdict = *exceeds ? ReferenceVerdict::Hold : ReferenceVerdict::Apply;
    return judgement;
}

} // namespace p2pdesk::domain
