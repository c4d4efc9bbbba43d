#include "Orders.h"

#include <chrono>

namespace p2pdesk::workstation::test {

proto::Timestamp timestampFromMsecs(qint64 msecs)
{
    return proto::Timestamp(std::chrono::milliseconds(msecs));
}

proto::OrderSummary makeOrder(std::int64_t id, domain::OrderStatus status, const std::string &amountFiat,
                              std::int64_t version)
{
    proto::OrderSummary order;
    order.id = id;
    order.code = "P-" + std::to_string(1000 + id);
    order.status = status;
    order.version = version;
    order.direction = domain::Direction::Sell;
    order.asset = "USDT";
    order.network = "TRON";
    order.fiatCurrency = "RUB";
    order.amountCrypto = domain::Decimal::parse("100.00000000").value();
    order.amountFiat = domain::Decimal::parse(amountFiat).value();
    order.suggestedRate = domain::Decimal::parse("90.50").value();
    order.customer = proto::CustomerRef{id + 500, 7000000 + id, "customer" + std::to_string(id)};
    order.createdAt = timestampFromMsecs(1'700'000'000'000LL + id * 1000);
    order.updatedAt = order.createdAt;
    order.requisitesMasked = "**** 1234";
    return order;
}

QString statusName(domain::OrderStatus status)
{
    const std::string_view name = domain::toString(status);
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

QByteArray json(const proto::Json &value)
{
    return QByteArray::fromStdString(value.dump());
}

} // namespace p2pdesk::workstation::test
