#pragma once

#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/domain/KycLevel.h"

#include <array>
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
// The first payout to a payout account the desk has never paid is a cooling-off hold above a sum:
// a stolen account's owner is paid once, the desk's money is gone.
inline constexpr std::string_view kNewPayoutAccountAbove = "new_payout_account_above";
// One payout account used by several customers in 30 days: a money mule's account.
inline constexpr std::string_view kPayoutAccountCustomers30d = "payout_account_customers_30d";
// An order far above what this customer usually exchanges: for information.
inline constexpr std::string_view kAmountAboveUsual = "amount_above_usual";
// The payout details changed within minutes of another order: the pattern of a hijacked account.
inline constexpr std::string_view kRequisitesChangedNearOrder = "requisites_changed_near_order";
// A customer's volume in 30 days (this order included) above what their verification level allows.
inline constexpr std::string_view kKycLevel0Volume30d = "kyc_level0_volume_30d";
inline constexpr std::string_view kKycLevel1Volume30d = "kyc_level1_volume_30d";
inline constexpr std::string_view kKycLevel2Volume30d = "kyc_level2_volume_30d";
// Not a limit: the address a customer's crypto came from scored above the desk's setting
// aml_hold_score (AddressScreening.h). Raised when the score is recorded, held for a senior.
inline constexpr std::string_view kSenderAddressRisk = "sender_address_risk";
} // namespace rule

// The volume rule of a verification level (rule::kKycLevelNVolume30d).
std::string_view kycVolumeRule(KycLevel level) noexcept;

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

// A limit no amount exceeds (the largest Decimal): a rule the admin has not configured.
AmountLimit unlimitedAmount();

// An order's fiat amount against the customer's median: fires above factor × median, once the
// customer has at least minHistory completed orders in that fiat (a median of one is no habit).
struct MultipleLimit {
    Decimal factor;
    std::uint32_t minHistory = 3;
    Severity severity = Severity::Info;
};

// A window in minutes: an event closer than this to the other fires.
struct MinutesLimit {
    std::uint32_t minutes = 0;
    Severity severity = Severity::Hold;
};

// Amount limits are per fiat currency: 100 000 means something different in RUB and in USD.
struct FiatRiskLimits {
    AmountLimit customerVolume24h;
    AmountLimit singleOrderMax;
    AmountLimit firstOrderMax;
    // The first payout to a new payout account above this is held (cooling-off). Until the admin
    // sets one, no amount exceeds it.
    AmountLimit newPayoutAccountMax = unlimitedAmount();
    // By verification level (index: the level's number): the most a customer at that level may
    // exchange in 30 days. Until the admin sets one, no amount exceeds it.
    std::array<AmountLimit, kKycLevelCount> kycVolume30d{unlimitedAmount(), unlimitedAmount(), unlimitedAmount()};
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
    // The rules below look past the order and depend on the desk's customers (a family shares a
    // card; a regular grows): they stay off until the admin sets them in the limits table.
    // Customers other than this one who were paid to the same account in 30 days: more fires.
    CountLimit payoutAccountCustomers30d{UINT32_MAX, Severity::Block};
    MultipleLimit amountAboveUsual{Decimal(), 3, Severity::Info}; // factor 0: off
    MinutesLimit requisitesChangedNearOrder{0, Severity::Hold};   // 0 minutes: off
    std::map<std::string, FiatRiskLimits, std::less<>> perFiat;
};

// The rules an admin configures in the limits table, as the admin screen and the API present
// them. Amount rules take a threshold per fiat (in the fiat's decimals); the others apply to every
// currency. A rule that is "off by default" does nothing until the admin sets it.
enum class LimitKind { AmountPerFiat, Count, Multiplier, Minutes };
std::string_view toString(LimitKind kind) noexcept; // "amount_per_fiat" / "count" / "multiplier" / "minutes"

struct LimitRuleInfo {
    std::string_view id;
    LimitKind kind = LimitKind::Count;
    // The threshold's decimals for rules without a fiat; an amount rule uses its fiat's.
    int decimals = 0;
    bool onByDefault = false;
    // RiskLimits' value when no row is stored; nullopt for amount rules (no amount fits every fiat).
    std::optional<Decimal> defaultThreshold;
    Severity defaultSeverity = Severity::Hold;
};

// In the order the admin screen lists them: per-order amounts first, then counts, then the rules
// that look past one order.
const std::vector<LimitRuleInfo> &limitRuleCatalog();
const LimitRuleInfo *findLimitRule(std::string_view id);

// Counts the caller supplies for an order being created. "Prior" figures exclude this order; the
// rules add it, so the caller never has to remember whether it already inserted the row.
struct OrderRiskInput {
    std::string fiatCode;
    Decimal amountFiat;
    std::uint32_t customerOrdersPrior24h = 0;
    Decimal customerVolumePrior24h;                // same fiat, orders not cancelled
    std::uint32_t payoutAccountOrdersPrior24h = 0; // any customer
    bool firstOrderOfCustomer = false;
    // The order's payout account has never been paid (no order to it reached PAID_OUT).
    bool payoutAccountNeverPaid = false;
    // Other customers whose orders in the last 30 days paid out to the same account.
    std::uint32_t payoutAccountOtherCustomers30d = 0;
    // The customer's completed orders in this fiat: how many, and the median amount.
    std::uint32_t customerCompletedOrders = 0;
    std::optional<Decimal> customerMedianAmount;
    // Set when this order brings new payout details: minutes since the customer's previous order
    // (nullopt: no previous order).
    std::optional<std::uint32_t> requisitesChangedMinutesAfterOrder;
    // The customer's verification level and their volume in this fiat over the 30 days before the
    // order (orders not cancelled).
    KycLevel kycLevel = KycLevel::Unverified;
    Decimal customerVolumePrior30d;
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
std::optional<RiskHit> checkNewPayoutAccount(bool neverPaid, const Decimal &amount, const AmountLimit &limit);
std::optional<RiskHit> checkPayoutAccountCustomers30d(std::uint32_t otherCustomers, const RiskLimits &limits);
// Observed: the amount; limit: factor × median, rounded down to the amount's scale.
std::optional<RiskHit> checkAmountAboveUsual(const Decimal &amount, std::uint32_t completedOrders,
                                             const std::optional<Decimal> &median, const MultipleLimit &limit);
std::optional<RiskHit> checkRequisitesChangedNearOrder(std::optional<std::uint32_t> minutesSincePreviousOrder,
                                                       const MinutesLimit &limit);
// Observed: prior + amount (or "overflow"); limit: the level's. The hit names the level's rule.
std::optional<RiskHit> checkKycVolume30d(KycLevel level, const Decimal &prior, const Decimal &amount,
                                         const FiatRiskLimits &limits);

// All order-creation rules. A fiat without configured limits yields an Info hit
// (risk_limits_missing) instead of silently skipping the amount rules.
std::vector<RiskHit> evaluateOrderCreation(const OrderRiskInput &input, const RiskLimits &limits);
// The rules that judge the order's fiat amount (the customer's habit; per fiat: customer volume,
// single order, first order, new payout account), the amount part of evaluateOrderCreation. They
// run again when the amount changes after creation (a take recomputes it at the final rate), and the
// verification level's 30-day volume. A fiat without limits skips the per-fiat rules: creation
// flagged that (risk_limits_missing).
std::vector<RiskHit> evaluateAmountRules(const OrderRiskInput &input, const RiskLimits &limits);
std::vector<RiskHit> evaluateRequisitesChange(std::uint32_t priorChanges30d, const RiskLimits &limits);
std::vector<RiskHit> evaluateProofUpload(std::uint32_t otherOrdersWithSameSha256, std::uint32_t otherOrdersWithSameTxid,
                                         const RiskLimits &limits);

// The strongest severity among hits, nullopt when there are none.
std::optional<Severity> worstSeverity(const std::vector<RiskHit> &hits);

} // namespace p2pdesk::domain
