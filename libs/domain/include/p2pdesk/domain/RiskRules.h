#pragma once

#include "p2pdesk/domain/Decimal.h"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace p2pdesk::domain {

// Info: shown on the order card. Hold: the order waits until a senior clears it with a reason.
// Block: the order (or the customer) is blocked until a senior clears it with a reason.
enum class Severity { Info, Hold, Block };
std::string_view toString(Severity severity) noexcept; // "info" / "hold" / "block"

// Stable rule ids: stored in risk_flags.rule and shown to operators; never rename.
namespace rule {
inline constexpr std::string_view kCustomerOrders24h = "customer_orders_24h";
inline constexpr std::string_view kCustomerVolume24h = "customer_volume_24h";
inline constexpr std::string_view kPayoutAccountOrders24h = "payout_account_orders_24h";
inline constexpr std::string_view kSingleOrderMax = "single_order_max";
inline constexpr std::string_view kRequisitesChanges30d = "requisites_changes_30d";
inline constexpr std::string_view kFirstOrderAbove = "first_order_above";
inline constexpr std::string_view kProofReuse = "proof_reuse";
inline constexpr std::string_view kTxidReuse = "txid_reuse";
inline constexpr std::string_view kLimitsMissing = "risk_limits_missing";
// Not a limit: a senior blocked the order's customer. Raised on each of their open orders.
inline constexpr std::string_view kCustomerBlocked = "customer_blocked";
} // namespace rule

// One rule that fired, with the figures that made it fire (as the operator should read them).
struct RiskHit {
    std::string ruleId;
    Severity severity = Severity::Info;
    std::string observed; // "11" orders, "150000.00" RUB, …
    std::string limit;    // "10", "100000.00", …

    friend bool operator==(const RiskHit &, const RiskHit &) = default;
};

struct CountLimit {
    std::uint32_t max = 0; // observed > max fires
    Severity severity = Severity::Hold;
};

struct AmountLimit {
    Decimal max; // observed > max fires
    Severity severity = Severity::Hold;
};

// Amount limits are per fiat currency: 100 000 means something different in RUB and in USD.
struct FiatRiskLimits {
    AmountLimit customerVolume24h;
    AmountLimit singleOrderMax;
    AmountLimit firstOrderMax;
};

// Admin-configured limits. Defaults are conservative for a small desk; the admin screen overrides.
// Every limit is inclusive: reaching it is fine, exceeding it fires.
struct RiskLimits {
    CountLimit customerOrders24h{10, Severity::Hold};
    // Many customers paying out to one account is the pattern of a money mule: across customers.
    CountLimit payoutAccountOrders24h{5, Severity::Hold};
    CountLimit requisitesChanges30d{3, Severity::Block};
    Severity proofReuse = Severity::Block;
    Severity txidReuse = Severity::Block;
    std::map<std::string, FiatRiskLimits, std::less<>> perFiat;
};

// Counts the caller supplies for an order being created. "Prior" figures exclude this order; the
// rules add it, so the caller never has to remember whether it already inserted the row.
struct OrderRiskInput {
    std::string fiatCode;
    Decimal amountFiat;
    std::uint32_t customerOrdersPrior24h = 0;
    Decimal customerVolumePrior24h;                // same fiat, orders not cancelled
    std::uint32_t payoutAccountOrdersPrior24h = 0; // any customer
    bool firstOrderOfCustomer = false;
};

std::optional<RiskHit> checkCustomerOrders24h(std::uint32_t prior, const RiskLimits &limits);
std::optional<RiskHit> checkPayoutAccountOrders24h(std::uint32_t prior, const RiskLimits &limits);
// On overflow of prior + amount the hit fires with "overflow" as the observed figure.
std::optional<RiskHit> checkCustomerVolume24h(const Decimal &prior, const Decimal &amount, const AmountLimit &limit);
std::optional<RiskHit> checkSingleOrderMax(const Decimal &amount, const AmountLimit &limit);
std::optional<RiskHit> checkFirstOrder(bool firstOrder, const Decimal &amount, const AmountLimit &limit);
// priorChanges30d excludes the change being made now.
std::optional<RiskHit> checkRequisitesChanges30d(std::uint32_t priorChanges30d, const RiskLimits &limits);
// How many OTHER orders already carry the same proof file (sha256) / the same normalised txid.
std::optional<RiskHit> checkProofReuse(std::uint32_t otherOrdersWithSameSha256, const RiskLimits &limits);
std::optional<RiskHit> checkTxidReuse(std::uint32_t otherOrdersWithSameTxid, const RiskLimits &limits);
// The hold every open order of a customer gets when a senior blocks them: the observed figure is the
// senior's reason, there is no limit. It holds the order until a senior clears it with a reason.
RiskHit customerBlocked(std::string reason);

// All order-creation rules. A fiat without configured limits yields an Info hit
// (risk_limits_missing) instead of silently skipping the amount rules.
std::vector<RiskHit> evaluateOrderCreation(const OrderRiskInput &input, const RiskLimits &limits);
// The rules that judge the order's fiat amount (customer volume, single order, first order), the
// amount part of evaluateOrderCreation. They run again when the amount changes after creation (a
// take recomputes it at the final rate). A fiat without limits yields nothing: creation flagged that.
std::vector<RiskHit> evaluateAmountRules(const OrderRiskInput &input, const RiskLimits &limits);
std::vector<RiskHit> evaluateRequisitesChange(std::uint32_t priorChanges30d, const RiskLimits &limits);
std::vector<RiskHit> evaluateProofUpload(std::uint32_t otherOrdersWithSameSha256, std::uint32_t otherOrdersWithSameTxid,
                                         const RiskLimits &limits);

// The strongest severity among hits, nullopt when there are none.
std::optional<Severity> worstSeverity(const std::vector<RiskHit> &hits);

} // namespace p2pdesk::domain
