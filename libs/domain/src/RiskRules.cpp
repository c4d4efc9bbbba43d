#include "p2pdesk/domain/RiskRules.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace p2pdesk::domain {

namespace {

// The order (or change, or upload) being evaluated counts too.
std::optional<RiskHit> countRule(std::string_view id, std::uint32_t prior, const CountLimit &limit)
{
    const std::uint64_t observed = std::uint64_t{prior} + 1;
    if (observed <= limit.max)
        return std::nullopt;
    return RiskHit{std::string(id), limit.severity, std::to_string(observed), std::to_string(limit.max)};
}

std::optional<RiskHit> reuseRule(std::string_view id, std::uint32_t others, Severity severity)
{
    if (others == 0)
        return std::nullopt;
    return RiskHit{std::string(id), severity, std::to_string(others), "0"};
}

std::optional<RiskHit> amountRule(std::string_view id, const Decimal &observed, const AmountLimit &limit)
{
    if (observed <= limit.max)
        return std::nullopt;
    return RiskHit{std::string(id), limit.severity, observed.toString(), limit.max.toString()};
}

void append(std::vector<RiskHit> &hits, std::optional<RiskHit> hit)
{
    if (hit)
        hits.push_back(std::move(*hit));
}

} // namespace

std::string_view toString(Severity severity) noexcept
{
    switch (severity) {
    case Severity::Info:
        return "info";
    case Severity::Hold:
        return "hold";
    case Severity::Block:
        return "block";
    }
    return {};
}

std::string_view toString(LimitKind kind) noexcept
{
    switch (kind) {
    case LimitKind::AmountPerFiat:
        return "amount_per_fiat";
    case LimitKind::Count:
        return "count";
    case LimitKind::Multiplier:
        return "multiplier";
    case LimitKind::Minutes:
        return "minutes";
    }
    return {};
}

const std::vector<LimitRuleInfo> &limitRuleCatalog()
{
    // Defaults read from RiskLimits itself, so the catalogue cannot drift from what the rules do
    // when the table is empty.
    static const std::vector<LimitRuleInfo> catalog = [] {
        const RiskLimits d;
        const auto count = [](std::uint64_t n) { return Decimal::fromUnits(n, 0).value(); };
        return std::vector<LimitRuleInfo>{
            {rule::kSingleOrderMax, LimitKind::AmountPerFiat, 0, false, std::nullopt, Severity::Hold},
            {rule::kCustomerVolume24h, LimitKind::AmountPerFiat, 0, false, std::nullopt, Severity::Hold},
            {rule::kFirstOrderAbove, LimitKind::AmountPerFiat, 0, false, std::nullopt, Severity::Info},
            {rule::kNewPayoutAccountAbove, LimitKind::AmountPerFiat, 0, false, std::nullopt, Severity::Hold},
            {rule::kCustomerOrders24h, LimitKind::Count, 0, true, count(d.customerOrders24h.max),
             d.customerOrders24h.severity},
            {rule::kPayoutAccountOrders24h, LimitKind::Count, 0, true, count(d.payoutAccountOrders24h.max),
             d.payoutAccountOrders24h.severity},
            {rule::kRequisitesChanges30d, LimitKind::Count, 0, true, count(d.requisitesChanges30d.max),
             d.requisitesChanges30d.severity},
            {rule::kPayoutAccountCustomers30d, LimitKind::Count, 0, false, std::nullopt,
             d.payoutAccountCustomers30d.severity},
            {rule::kAmountAboveUsual, LimitKind::Multiplier, 2, false, std::nullopt, d.amountAboveUsual.severity},
            {rule::kRequisitesChangedNearOrder, LimitKind::Minutes, 0, false, std::nullopt,
             d.requisitesChangedNearOrder.severity},
            {rule::kKycLevel0Volume30d, LimitKind::AmountPerFiat, 0, false, std::nullopt, Severity::Hold},
            {rule::kKycLevel1Volume30d, LimitKind::AmountPerFiat, 0, false, std::nullopt, Severity::Hold},
            {rule::kKycLevel2Volume30d, LimitKind::AmountPerFiat, 0, false, std::nullopt, Severity::Hold},
        };
    }();
    return catalog;
}

const LimitRuleInfo *findLimitRule(std::string_view id)
{
    const auto &catalog = limitRuleCatalog();
    const auto it = std::find_if(catalog.begin(), catalog.end(), [id](const LimitRuleInfo &r) { return r.id == id; });
    return it == catalog.end() ? nullptr : &*it;
}

AmountLimit unlimitedAmount()
{
    return {Decimal::fromUnits(std::numeric_limits<std::uint64_t>::max(), 0).value(), Severity::Hold};
}

std::optional<RiskHit> checkCustomerOrders24h(std::uint32_t prior, const RiskLimits &limits)
{
    return countRule(rule::kCustomerOrders24h, prior, limits.customerOrders24h);
}

std::optional<RiskHit> checkPayoutAccountOrders24h(std::uint32_t prior, const RiskLimits &limits)
{
    return countRule(rule::kPayoutAccountOrders24h, prior, limits.payoutAccountOrders24h);
}

std::optional<RiskHit> checkCustomerVolume24h(const Decimal &prior, const Decimal &amount, const AmountLimit &limit)
{
    const auto total = prior.add(amount);
    if (!total)
        return RiskHit{std::string(rule::kCustomerVolume24h), limit.severity, "overflow", limit.max.toString()};
    return amountRule(rule::kCustomerVolume24h, *total, limit);
}

std::optional<RiskHit> checkSingleOrderMax(const Decimal &amount, const AmountLimit &limit)
{
    return amountRule(rule::kSingleOrderMax, amount, limit);
}

std::optional<RiskHit> checkFirstOrder(bool firstOrder, const Decimal &amount, const AmountLimit &limit)
{
    if (!firstOrder)
        return std::nullopt;
    return amountRule(rule::kFirstOrderAbove, amount, limit);
}

std::optional<RiskHit> checkRequisitesChanges30d(std::uint32_t priorChanges30d, const RiskLimits &limits)
{
    return countRule(rule::kRequisitesChanges30d, priorChanges30d, limits.requisitesChanges30d);
}

std::optional<RiskHit> checkProofReuse(std::uint32_t otherOrdersWithSameSha256, const RiskLimits &limits)
{
    return reuseRule(rule::kProofReuse, otherOrdersWithSameSha256, limits.proofReuse);
}

std::optional<RiskHit> checkTxidReuse(std::uint32_t otherOrdersWithSameTxid, const RiskLimits &limits)
{
    return reuseRule(rule::kTxidReuse, otherOrdersWithSameTxid, limits.txidReuse);
}

RiskHit customerBlocked(std::string reason)
{
    return RiskHit{std::string(rule::kCustomerBlocked), Severity::Hold, std::move(reason), ""};
}

std::optional<RiskHit> checkNewPayoutAccount(bool neverPaid, const Decimal &amount, const AmountLimit &limit)
{
    if (!neverPaid)
        return std::nullopt;
    return amountRule(rule::kNewPayoutAccountAbove, amount, limit);
}

std::optional<RiskHit> checkPayoutAccountCustomers30d(std::uint32_t otherCustomers, const RiskLimits &limits)
{
    const auto &limit = limits.payoutAccountCustomers30d;
    if (otherCustomers <= limit.max)
        return std::nullopt;
    return RiskHit{std::string(rule::kPayoutAccountCustomers30d), limit.severity, std::to_string(otherCustomers),
                   std::to_string(limit.max)};
}

std::optional<RiskHit> checkAmountAboveUsual(const Decimal &amount, std::uint32_t completedOrders,
                                             const std::optional<Decimal> &median, const MultipleLimit &limit)
{
    if (!median || completedOrders < limit.minHistory || median->isZero() || limit.factor.isZero())
        return std::nullopt;
    // Rounded down to the amount's scale: the limit shown is one the amount can be compared with.
    // A product too large to hold is a limit no amount reaches.
    const auto usual = median->multiply(limit.factor, amount.scale(), Rounding::Down);
    if (!usual.ok() || amount <= usual.value())
        return std::nullopt;
    return RiskHit{std::string(rule::kAmountAboveUsual), limit.severity, amount.toString(), usual.value().toString()};
}

std::optional<RiskHit> checkRequisitesChangedNearOrder(std::optional<std::uint32_t> minutesSincePreviousOrder,
                                                       const MinutesLimit &limit)
{
    if (!minutesSincePreviousOrder || *minutesSincePreviousOrder >= limit.minutes)
        return std::nullopt;
    return RiskHit{std::string(rule::kRequisitesChangedNearOrder), limit.severity,
                   std::to_string(*minutesSincePreviousOrder), std::to_string(limit.minutes)};
}

std::string_view kycVolumeRule(KycLevel level) noexcept
{
    switch (level) {
    case KycLevel::Unverified:
        return rule::kKycLevel0Volume30d;
    case KycLevel::Basic:
        return rule::kKycLevel1Volume30d;
    case KycLevel::Full:
        return rule::kKycLevel2Volume30d;
    }
    return {};
}

std::optional<RiskHit> checkKycVolume30d(KycLevel level, const Decimal &prior, const Decimal &amount,
                                         const FiatRiskLimits &limits)
{
    const auto &limit = limits.kycVolume30d.at(static_cast<std::size_t>(toNumber(level)));
    const auto total = prior.add(amount);
    if (!total)
        return RiskHit{std::string(kycVolumeRule(level)), limit.severity, "overflow", limit.max.toString()};
    return amountRule(kycVolumeRule(level), *total, limit);
}

std::vector<RiskHit> evaluateOrderCreation(const OrderRiskInput &input, const RiskLimits &limits)
{
    std::vector<RiskHit> hits;
    append(hits, checkCustomerOrders24h(input.customerOrdersPrior24h, limits));
    append(hits, checkPayoutAccountOrders24h(input.payoutAccountOrdersPrior24h, limits));
    append(hits, checkPayoutAccountCustomers30d(input.payoutAccountOtherCustomers30d, limits));
    append(hits, checkRequisitesChangedNearOrder(input.requisitesChangedMinutesAfterOrder,
                                                 limits.requisitesChangedNearOrder));
    if (!limits.perFiat.contains(input.fiatCode))
        hits.push_back(RiskHit{std::string(rule::kLimitsMissing), Severity::Info, input.fiatCode, "none"});
    const auto amount = evaluateAmountRules(input, limits);
    hits.insert(hits.end(), amount.begin(), amount.end());
    return hits;
}

std::vector<RiskHit> evaluateAmountRules(const OrderRiskInput &input, const RiskLimits &limits)
{
    std::vector<RiskHit> hits;
    // The customer's habit is a multiple of their own median, the same in every fiat.
    append(hits, checkAmountAboveUsual(input.amountFiat, input.customerCompletedOrders, input.customerMedianAmount,
                                       limits.amountAboveUsual));
    const auto fiatLimits = limits.perFiat.find(input.fiatCode);
    if (fiatLimits == limits.perFiat.end())
        return hits;
    append(hits, checkCustomerVolume24h(input.customerVolumePrior24h, input.amountFiat,
                                        fiatLimits->second.customerVolume24h));
    append(hits, checkSingleOrderMax(input.amountFiat, fiatLimits->second.singleOrderMax));
    append(hits, checkFirstOrder(input.firstOrderOfCustomer, input.amountFiat, fiatLimits->second.firstOrderMax));
    append(hits, checkNewPayoutAccount(input.payoutAccountNeverPaid, input.amountFiat,
                                       fiatLimits->second.newPayoutAccountMax));
    append(hits, checkKycVolume30d(input.kycLevel, input.customerVolumePrior30d, input.amountFiat, fiatLimits->second));
    return hits;
}

std::vector<RiskHit> evaluateRequisitesChange(std::uint32_t priorChanges30d, const RiskLimits &limits)
{
    std::vector<RiskHit> hits;
    append(hits, checkRequisitesChanges30d(priorChanges30d, limits));
    return hits;
}

std::vector<RiskHit> evaluateProofUpload(std::uint32_t otherOrdersWithSameSha256, std::uint32_t otherOrdersWithSameTxid,
                                         const RiskLimits &limits)
{
    std::vector<RiskHit> hits;
    append(hits, checkProofReuse(otherOrdersWithSameSha256, limits));
    append(hits, checkTxidReuse(otherOrdersWithSameTxid, limits));
    return hits;
}

std::optional<Severity> worstSeverity(const std::vector<RiskHit> &hits)
{
    std::optional<Severity> worst;
    for (const RiskHit &hit : hits) {
        if (!worst || static_cast<int>(hit.severity) > static_cast<int>(*worst))
            worst = hit.severity;
    }
    return worst;
}

} // namespace p2pdesk::domain
