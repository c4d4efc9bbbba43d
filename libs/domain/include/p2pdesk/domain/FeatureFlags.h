#pragma once

#include <array>
#include <string_view>

// The desk's feature flags: one fixed catalogue, stored in `feature_flags` by syncd (a key never
// stored reads as its default) and switched by the admin with a reason. syncd reads a flag from
// the database where the feature runs, so a switch is obeyed by every instance at the next request.
namespace p2pdesk::domain {

namespace flag {
// The Telegram bot starts new exchanges. Off: the bot still receives every update (acknowledged,
// stored, never redelivered) and everything about a customer's existing orders and tickets goes on
// as usual (/status, /cancel, "I've sent", proofs, messages to the desk), but a new exchange is
// refused with a polite message in the customer's language. Messages keep reaching the support
// tickets on purpose: a customer in the middle of a payment must be able to send the proof and
// reach an operator, and a silent bot is what a scammer's lookalike looks like.
inline constexpr std::string_view kTelegramIntake = "telegram_intake";
// New orders are accepted at all: off refuses them in the bot (as above) and on
// POST /api/v1/orders (409 new_orders_paused). Orders already open are worked as usual.
inline constexpr std::string_view kNewOrders = "new_orders";
// The reference rate feed polls (workers/RateFeedWorker), when syncd has a provider configured.
inline constexpr std::string_view kRateFeed = "rate_feed";
// The public rates export (GET /export/rates.xml) is served; off by default, since publishing the
// desk's rates and reserves is the owner's decision.
inline constexpr std::string_view kRatesExport = "rates_export";
// On-chain hints beside txid proofs are looked up (service/ChainHintService), when syncd has an
// explorer for the order's network.
inline constexpr std::string_view kExplorerHints = "explorer_hints";
// Crypto reserves are recounted from the balances of the desk's active hot wallets through the
// network's block explorer (workers/ReserveSyncWorker), when syncd has one. Off by default: a
// balance read from a third party becomes what the bot may promise, so the owner turns it on.
inline constexpr std::string_view kReserveSync = "reserve_sync";
} // namespace flag

struct FeatureFlagInfo {
    std::string_view key;
    bool defaultEnabled = false;
    // False while the feature the flag governs is not built: the value is kept for when it lands.
    bool inEffect = false;
    // The meaning in English, for API users; the workstation words each key itself.
    std::string_view description;
};

// In the order the admin screen lists them. Defaults keep the desk as it runs without any row.
inline constexpr std::array<FeatureFlagInfo, 6> kFeatureFlags = {{
    {flag::kTelegramIntake, true, true,
     "The Telegram bot takes new exchanges from customers; messages about existing orders always reach the desk."},
    {flag::kNewOrders, true, true, "New orders are accepted, from the Telegram bot and from the API."},
    {flag::kRateFeed, true, true,
     "Reference rates are polled from the feed syncd is configured with (rates.feed.*), for the rates that follow "
     "it. Off: no polls; those rates keep their last value and go stale, which stops quoting."},
    {flag::kRatesExport, false, true,
     "The public rates export (/export/rates.xml) is served to rate aggregators; off, the path answers 404."},
    {flag::kExplorerHints, false, true,
     "On-chain hints are looked up from the network's block explorer next to txid proofs (a hint, never a "
     "verification)."},
    {flag::kReserveSync, false, true,
     "Crypto reserves are recounted from the balances of the desk's active hot wallets, read from the network's "
     "block explorer (a reserve without a hot wallet or an explorer keeps its hand count)."},
}};

// The catalogue's entry, or nullptr for a key outside it.
constexpr const FeatureFlagInfo *findFeatureFlag(std::string_view key) noexcept
{
    for (const auto &info : kFeatureFlags) {
        if (info.key == key)
            return &info;
    }
    return nullptr;
}

} // namespace p2pdesk::domain
