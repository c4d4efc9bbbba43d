#pragma once

#include "db/Transaction.h"
#include "service/OrderActor.h"
#include "service/OrderJournal.h"
#include "service/RequisitesVault.h"

#include "p2pdesk/domain/Clock.h"
#include "p2pdesk/domain/RateQuote.h"
#include "p2pdesk/proto/Orders.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace p2pdesk::syncd::service {

// What a customer (or operator) asks a price for: exactly one of the two amounts.
struct QuoteRequest {
    domain::Direction direction = domain::Direction::Sell;
    std::string asset;
    std::string network;
    std::string fiatCurrency;
    std::optional<domain::Decimal> amountCrypto;
    std::optional<domain::Decimal> amountFiat;
};

// POST /api/v1/orders and the bot's "confirm": validates against the domain catalogue,
// prices the order from the current rate (a stale base rate refuses with rate_stale), seals the
// payout requisites, runs the risk rules on figures read in the same transaction and records the
// hits as risk_flags — a hold or block hit leaves the order untakeable until a senior clears it.
class OrderCreationService final {
public:
    OrderCreationService(const domain::Clock &clock, const RequisitesVault &vault, OrderJournal &journal)
        : m_clock(clock)
        , m_vault(vault)
        , m_journal(journal)
    {
    }

    // Returns the new order's id. The actor is an operator recording an order, or the customer
    // confirming one in the bot (then it must be the customer the request names, the order's source
    // is 'bot' and its quote holds for quoteLock).
    std::int64_t create(db::Transaction &tx, const OrderActor &actor, const proto::CreateOrderRequest &request,
                        std::chrono::minutes quoteLock = std::chrono::minutes(0));

    // The indicative quote the order would get now (the bot shows it before the customer confirms).
    // Throws ServiceError rate_stale (no current rate), validation_failed / amount errors.
    domain::Quote quote(db::Transaction &tx, const QuoteRequest &request) const;

private:
    const domain::Clock &m_clock;
    const RequisitesVault &m_vault;
    OrderJournal &m_journal;
};

} // namespace p2pdesk::syncd::service
