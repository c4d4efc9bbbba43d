#pragma once

#include "p2pdesk/proto/Changes.h"
#include "p2pdesk/proto/Orders.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <string>

namespace p2pdesk::workstation::test {

// A valid order summary with readable defaults; tests change what they look at.
proto::OrderSummary makeOrder(std::int64_t id, domain::OrderStatus status = domain::OrderStatus::New,
                              const std::string &amountFiat = "1000.00", std::int64_t version = 1);
proto::Timestamp timestampFromMsecs(qint64 msecs);
QByteArray json(const proto::Json &value);

// Unqualified so that argument-dependent lookup finds the DTO's toJson wherever it is declared.
template<typename T> QByteArray body(const T &dto)
{
    using proto::toJson;
    return json(toJson(dto));
}

// QCOMPARE cannot print domain enums (their toString returns string_view); compare names instead.
QString statusName(domain::OrderStatus status);

} // namespace p2pdesk::workstation::test
