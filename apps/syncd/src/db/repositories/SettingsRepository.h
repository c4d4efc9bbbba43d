#pragma once

#include "p2pdesk/domain/AddressScreening.h"
#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/domain/DeskHours.h"
#include "p2pdesk/domain/TimeoutPolicy.h"

#include <pqxx/transaction>

#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <string>

namespace p2pdesk::syncd::db {

// The admin's desk settings, with defaults filled in for anything never set.
struct Settings {
    // Fiat code → threshold at the fiat's minor unit. A fiat without an entry always needs approval
    // (domain::ApprovalPolicy), so the defaults only cover the common currencies.
    std::map<std::string, domain::Decimal, std::less<>> approvalThresholds;
    // Per status; a status without an entry has no deadline. Default: domain::TimeoutConfig::defaults().
    domain::TimeoutConfig timeouts = domain::TimeoutConfig::defaults();
    // Above this deviation of the final from the suggested rate a take needs a reason (scale 4).
    domain::Decimal maxRateDeviationPercent;
    // Above this one (never below the soft one) only a senior may take the order (scale 4).
    domain::Decimal maxRateHardDeviationPercent;
    // A base rate older than this is stale and stops quoting.
    std::chrono::seconds rateMaxAge{std::chrono::minutes(10)};
    // How far the suggested rate may move between fixing an order's rate and the customer's payment
    // before a re-quote is due (scale 4; zero: only the quote lock decides).
    domain::Decimal requoteMovePercent;
    // A value polled from the reference feed further than this from a rate's base is held until a
    // senior confirms it (scale 4, above zero): a provider's misprint never reaches a quote.
    domain::Decimal rateFeedMaxJumpPercent;
    // The Telegram desk.
    int quoteLockMinutes = 15;           // a customer's confirmed indicative quote holds this long
    int autoCompleteHours = 24;          // PAID_OUT neither confirmed nor disputed completes by itself
    int ticketFirstResponseMinutes = 15; // a new ticket's first answer is due within
    int ticketNextResponseMinutes = 60;  // an answer to a customer's further message is due within
    bool deskRequiresOnDuty = true;      // the bot takes no new order while no active operator is on duty
    int botMessagesPerMinute = 20;       // per-customer flood limit of the bot
    // A sender address scored above this holds the order (domain/AddressScreening.h, 1..100).
    int amlHoldScore = domain::kDefaultAmlHoldScore;
    bool opsAlertsEnabled = true; // tg/OpsAlerts enqueues alerts for the ops chat
    // The desk's opening hours; while not enabled the clock never closes the desk (the hours are
    // kept for when it is switched on again).
    bool deskHoursEnabled = false;
    domain::DeskHours deskHours;

    // The hours that close the desk now, if the admin switched them on.
    std::optional<domain::DeskHours> activeDeskHours() const
    {
        return deskHoursEnabled ? std::optional<domain::DeskHours>(deskHours) : std::nullopt;
    }

    static Settings defaults();
};

// The `settings` key/value table (jsonb values). Takes the caller's transaction, never opens one.
class SettingsRepository final {
public:
    SettingsRepository() = delete;

    // Stored values over Settings::defaults(); a malformed stored value falls back to its default.
    static Settings load(pqxx::work &work);
    // Replaces every setting.
    static void save(pqxx::work &work, const Settings &settings);
};

} // namespace p2pdesk::syncd::db
