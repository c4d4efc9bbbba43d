#pragma once

#include "core/OrderSnapshot.h"

#include "p2pdesk/proto/Orders.h"

#include <cstdint>
#include <vector>

namespace p2pdesk::workstation {

// Where the change feed puts the orders it learns about. core/ knows no item model: the queue's
// model implements this, and tests may hand ChangeFeedSync any other store.
class OrderStore {
public:
    virtual ~OrderStore() = default;

    // True when the order was new or changed.
    virtual bool upsert(proto::OrderSummary summary) = 0;
    virtual void upsertMany(std::vector<proto::OrderSummary> summaries) = 0;
    virtual bool remove(std::int64_t orderId) = 0;
    // Forgets every order (the server's feed was replaced: ChangeFeedSync starts over).
    virtual void removeAll() = 0;
    virtual const OrderSnapshot *find(std::int64_t orderId) const = 0;
    virtual int orderCount() const = 0;

protected:
    OrderStore() = default;
    OrderStore(const OrderStore &) = default;
    OrderStore &operator=(const OrderStore &) = default;
};

} // namespace p2pdesk::workstation
