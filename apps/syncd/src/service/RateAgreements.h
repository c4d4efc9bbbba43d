#pragma once

#include "db/repositories/OrderRepository.h"
#include "db/repositories/SettingsRepository.h"

#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/domain/RateAgreement.h"
#include "p2pdesk/proto/Orders.h"

#include <pqxx/transaction>

#include <chrono>
#include <optional>

namespace p2pdesk::syncd::service {

// The read side of re-quotes, shared by the take, the transitions, the re-quote itself and the
// order card, so each judges "is a re-quote due, and at what rate" the same way.
class RateAgreements final {
public:
    RateAgreements() = delete;

    // The desk's suggested rate for the order's direction/asset/fiat right now; nullopt when the
    // pair has no active rate or its base rate is stale (quoting is stopped then).
    static std::optional<domain::Decimal> currentSuggestedRate(pqxx::work &work, const db::OrderRow &order,
                                                               const db::Settings &settings,
                                                               std::chrono::system_clock::time_point now);

    // Whether a payment (or, for a NEW order, a take) at `at` needs a re-quote, measured from the
    // rate the order was fixed against (its creation suggestion while NEW).
    static std::optional<domain::RequoteReason> due(const db::OrderRow &order, const db::Settings &settings,
                                                    std::chrono::system_clock::time_point at,
                                                    const std::optional<domain::Decimal> &currentRate);

    // What the order card shows: the stored agreement of a taken order, or — NEW — judged now.
    static proto::RateAgreementView view(pqxx::work &work, const db::OrderRow &order,
                                         std::chrono::system_clock::time_point now);
};

} // namespace p2pdesk::syncd::service
