#pragma once

#include "audit/AuditWriter.h"
#include "db/Transaction.h"
#include "service/OrderActor.h"

#include "p2pdesk/proto/Customers.h"

#include <cstdint>
#include <string>

namespace p2pdesk::syncd::feed {
class ChangeFeed;
}

namespace p2pdesk::syncd::service {

class OrderServices;
class TicketService;

// The desk's customers as operators see them: the directory (seniors and admins search it), the
// profile (the customer, their orders, risk flags with history, payout accounts masked only,
// tickets, notes), notes (any operator; append-only, audited 'customer.note' with the text) and
// blocking. A blocked customer gets no new
// order — the bot refuses them (tg/CustomerBot) and so does order creation — and blocking also
// holds every open order of theirs with a customer_blocked risk flag, all in the caller's one
// transaction, audited ('customer.block' / 'customer.unblock' with the reason) and on the change
// feed (proto::change_kind::kCustomerUpdated, payload {"customer_id"}).
class CustomerService final {
public:
    CustomerService(feed::ChangeFeed &changeFeed, OrderServices &orders, TicketService &tickets)
        : m_changeFeed(changeFeed)
        , m_orders(orders)
        , m_tickets(tickets)
    {
    }

    // 404 not_found for an unknown customer. viewerId: whose unread counts the tickets carry.
    proto::CustomerProfile profile(db::Transaction &tx, std::int64_t customerId, std::int64_t viewerId);
    // A senior or an admin blocks (block = true) or unblocks the customer with a reason (trimmed,
    // non-blank). 409 conflict with details {"blocked"} when the customer already is (un)blocked,
    // 404 not_found when unknown, 403 forbidden for anyone else. Answers the profile after it.
    proto::CustomerProfile setBlocked(db::Transaction &tx, std::int64_t customerId, bool block, const OrderActor &actor,
                                      const std::string &reason);
    // A senior or an admin moves the customer to verification level `level` with a reason (trimmed,
    // non-blank), audited 'customer.kyc_level' with {"from","to"} and on the change feed. The new
    // level's 30-day volume limit applies from the customer's next order (and at the take of an
    // open one); flags already raised stay until a senior clears them. 409 conflict with details
    // {"kyc_level"} when the customer is at that level already, 404 not_found when unknown.
    proto::CustomerProfile setKycLevel(db::Transaction &tx, std::int64_t customerId, domain::KycLevel level,
                                       const OrderActor &actor, const std::string &reason);
    // Seniors and admins (403 forbidden otherwise): one of the customer's payout accounts in full,
    // with a reason (trimmed, non-blank), audited 'customer.requisites_reveal'. 404 not_found for an
    // account that is not this customer's. Writes nothing else: no change event, nothing to replay.
    proto::RevealedRequisites revealRequisites(db::Transaction &tx, std::int64_t customerId, std::int64_t accountId,
                                               const OrderActor &actor, const std::string &reason);
    // Seniors and admins (403 forbidden otherwise): a page of the directory, the most recently
    // active first; with a text, only the customers it finds, each saying what matched.
    proto::CustomerList directory(db::Transaction &tx, const OrderActor &actor, const proto::CustomersQuery &query);
    // Any operator: a note on the customer (trimmed; blank is 422 validation_failed, field "text";
    // 404 not_found for an unknown customer). Answers the profile after it.
    proto::CustomerProfile addNote(db::Transaction &tx, std::int64_t customerId, const OrderActor &actor,
                                   const std::string &text);

private:
    feed::ChangeFeed &m_changeFeed;
    OrderServices &m_orders;
    TicketService &m_tickets;
};

} // namespace p2pdesk::syncd::service
