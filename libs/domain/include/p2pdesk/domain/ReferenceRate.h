#pragma once

#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/domain/Result.h"

#include <optional>
#include <string_view>

namespace p2pdesk::domain {

// What the desk does with one value polled from the reference rate feed. The feed is a suggestion
// the desk prices from, never an authority: a value that moved further than the desk tolerates
// between two polls (a fat-fingered ticker, a flash crash, a provider bug) is held until a senior
// confirms it, so one bad print cannot re-price every quote the bot gives.
enum class ReferenceVerdict {
    Apply,     // becomes the base rate
    Unchanged, // equals the base rate: only its age is renewed
    Hold,      // moved more than the tolerance: kept aside for a senior, the base rate ages meanwhile
};
std::string_view toString(ReferenceVerdict verdict) noexcept; // "apply", "unchanged", "hold"

struct ReferenceJudgement {
    ReferenceVerdict verdict = ReferenceVerdict::Apply;
    Decimal rate;                       // the observed value at kRateScale
    std::optional<Decimal> jumpPercent; // vs the current base, at scale 4 rounded up; none without a base
};

// Rounding rule "feed half-up": a provider quotes with its own precision (8 places is common); the
// value is rounded half-up to kRateScale before anything compares or stores it. A value that rounds
// to zero is InvalidAmount (Decimal has no negatives). With no current base the value applies (there is
// nothing to jump from); otherwise it holds when |observed − current| / current × 100 is strictly
// above maxJumpPercent (exact comparison, as for an operator's final rate).
Result<ReferenceJudgement> judgeReferenceRate(const std::optional<Decimal> &currentBase, const Decimal &observed,
                                              const Decimal &maxJumpPercent);

} // namespace p2pdesk::domain
