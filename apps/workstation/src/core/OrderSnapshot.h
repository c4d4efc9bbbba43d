#pragma once

#include "p2pdesk/proto/Orders.h"

#include <QString>

#include <cstdint>

namespace p2pdesk::workstation {

// One queue row: the wire OrderSummary plus the few Qt values that sorting and searching touch on
// every row, converted once per update instead of once per comparison.
struct OrderSnapshot {
    proto::OrderSummary summary;
    QString code;
    QString customer;  // "@username", else "tg:123"
    QString holder;    // username, empty when nobody holds it
    QString searchKey; // lower-case code, customer, holder, asset, fiat, masked requisites
    qint64 createdAtMs = 0;
    qint64 deadlineMs = -1; // -1: no deadline in this status
    bool onHold = false;    // an uncleared hold/block risk flag

    std::int64_t id() const { return summary.id; }
    std::int64_t holderId() const { return summary.holder ? summary.holder->id : 0; }

    static OrderSnapshot fromSummary(proto::OrderSummary summary);
};

qint64 toMsecsSinceEpoch(const proto::Timestamp &timestamp);

} // namespace p2pdesk::workstation
