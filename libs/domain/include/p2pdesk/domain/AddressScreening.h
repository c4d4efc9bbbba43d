#pragma once

#include "p2pdesk/domain/RiskRules.h"

#include <cstdint>
#include <optional>

namespace p2pdesk::domain {

// How risky the address a customer's crypto came from is, 0 (nothing known against it) to 100
// (sanctioned, stolen funds, a mixer's output), as an address-screening provider scores it or an
// operator enters it after checking elsewhere. The desk cannot verify the provider's reasoning, so
// it acts on the number alone: above the desk's setting the order waits for a senior.
inline constexpr int kMinRiskScore = 0;
inline constexpr int kMaxRiskScore = 100;

// The desk's setting aml_hold_score: a score above it holds the order. 100 holds nothing (no score
// is above it); there is no 0, which would hold every screened order.
inline constexpr int kDefaultAmlHoldScore = 70;
inline constexpr int kMinAmlHoldScore = 1;
inline constexpr int kMaxAmlHoldScore = 100;

// nullopt outside kMinRiskScore..kMaxRiskScore.
std::optional<int> riskScoreFromNumber(std::int64_t number) noexcept;

// rule::kSenderAddressRisk as a hold when `score` is above `holdAbove`; observed is the score,
// limit the setting. A score equal to the setting does not hold: the setting names the highest
// score the desk accepts without a senior.
std::optional<RiskHit> checkSenderAddressRisk(int score, int holdAbove);

} // namespace p2pdesk::domain
