#pragma once

#include "p2pdesk/proto/Tickets.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace p2pdesk::workstation {

// Where TicketInbox puts the support tickets it learns about. core/ knows no item model: the
// support inbox's model implements this, and tests may hand TicketInbox any other store.
class TicketStore {
public:
    virtual ~TicketStore() = default;

    // Inserts or replaces; a lower version than the one held is ignored (a slow answer racing a
    // newer one). The same version may still bring news: the unread count is the reader's and
    // moves without the ticket changing. True when the store changed.
    virtual bool upsert(proto::TicketSummary ticket) = 0;
    virtual void upsertMany(std::vector<proto::TicketSummary> tickets) = 0;
    virtual bool remove(std::int64_t ticketId) = 0;
    virtual const proto::TicketSummary *find(std::int64_t ticketId) const = 0;
    // Every ticket held, for a reload to tell which ones syncd no longer lists.
    virtual std::vector<std::int64_t> ticketIds() const = 0;
    // The ticket of this order, when held.
    virtual std::optional<std::int64_t> ticketOfOrder(std::int64_t orderId) const = 0;
    virtual int ticketCount() const = 0;

protected:
    TicketStore() = default;
    TicketStore(const TicketStore &) = default;
    TicketStore &operator=(const TicketStore &) = default;
};

} // namespace p2pdesk::workstation
