#include "p2pdesk/proto/Customers.h"

#include "JsonReader.h"

#include <string_view>

namespace p2pdesk::proto {

using detail::Len;
using detail::ObjectReader;

namespace {

std::string str(std::string_view text)
{
    return std::string(text);
}

} // namespace

#define P2PDESK_DECODE_INTO(Type)                                                                                      \
    std::optional<DecodeError> decodeInto(const Json &json, Type &out)                                                 \
    {                                                                                                                  \
        return detail::decodeRoot(json, out);                                                                          \
    }

Json toJson(const CustomerInfo &value)
{
    Json json{{"id", value.id},
              {"telegram_id", value.telegramId},
              {"language", value.language},
              {"unreachable", value.unreachable},
              {"blocked", value.blocked},
              {"created_at", formatTimestamp(value.createdAt)}};
    detail::putOptional(json, "username", value.username);
    detail::putOptional(json, "first_name", value.firstName);
    detail::putOptional(json, "blocked_reason", value.blockedReason);
    detail::putOptional(json, "blocked_at", value.blockedAt);
    if (value.blockedBy)
        json["blocked_by"] = toJson(*value.blockedBy);
    return json;
}

void detail::read(const Json &json, const std::string &path, CustomerInfo &out)
{
    const ObjectReader r(json, path);
    out.id = r.id("id");
    out.telegramId = r.id("telegram_id");
    out.username = r.optString("username", Len{1, limits::kUsername});
    out.firstName = r.optString("first_name", Len{0, limits::kFirstName});
    out.language = r.string("language", Len{1, 32});
    if (out.language != "ru" && out.language != "en")
        detail::failBadEnum(r.pathOf("language"), r.require("language"));
    out.unreachable = r.boolean("unreachable");
    out.blocked = r.boolean("blocked");
    out.blockedReason = r.optReason("blocked_reason");
    out.blockedAt = r.optTimestamp("blocked_at");
    out.blockedBy = r.optNested<OperatorRef>("blocked_by");
    out.createdAt = r.timestamp("created_at");
}
P2PDESK_DECODE_INTO(CustomerInfo)

Json toJson(const CustomerOrder &value)
{
    return Json{{"id", value.id},
                {"code", value.code},
                {"status", str(domain::toString(value.status))},
                {"direction", str(domain::toString(value.direction))},
                {"asset", value.asset},
                {"network", value.network},
                {"fiat_currency", value.fiatCurrency},
                {"amount_crypto", value.amountCrypto.toString()},
                {"amount_fiat", value.amountFiat.toString()},
                {"hold", value.hold},
                {"created_at", formatTimestamp(value.createdAt)},
                {"updated_at", formatTimestamp(value.updatedAt)}};
}

void detail::read(const Json &json, const std::string &path, CustomerOrder &out)
{
    const ObjectReader r(json, path);
    out.id = r.id("id");
    out.code = r.string("code", Len{1, limits::kOrderCode});
    out.status = r.enumeration<domain::OrderStatus>("status", &domain::parseOrderStatus);
    out.direction = r.enumeration<domain::Direction>("direction", &domain::parseDirection);
    out.asset = r.string("asset", Len{1, limits::kAsset});
    out.network = r.string("network", Len{1, limits::kNetwork});
    out.fiatCurrency = r.string("fiat_currency", Len{1, limits::kFiat});
    out.amountCrypto = r.decimal("amount_crypto");
    out.amountFiat = r.decimal("amount_fiat");
    out.hold = r.boolean("hold");
    out.createdAt = r.timestamp("created_at");
    out.updatedAt = r.timestamp("updated_at");
}
P2PDESK_DECODE_INTO(CustomerOrder)

Json toJson(const CustomerRiskFlag &value)
{
    Json json = toJson(value.flag);
    detail::putOptional(json, "order_id", value.orderId);
    detail::putOptional(json, "order_code", value.orderCode);
    return json;
}

void detail::read(const Json &json, const std::string &path, CustomerRiskFlag &out)
{
    read(json, path, out.flag);
    const ObjectReader r(json, path);
    out.orderId = r.optId("order_id");
    out.orderCode = r.optString("order_code", Len{1, limits::kOrderCode});
}
P2PDESK_DECODE_INTO(CustomerRiskFlag)

Json toJson(const CustomerPayoutAccount &value)
{
    Json json{{"id", value.id},
              {"kind", value.kind},
              {"masked", value.masked},
              {"created_at", formatTimestamp(value.createdAt)}};
    detail::putOptional(json, "bank", value.bank);
    return json;
}

void detail::read(const Json &json, const std::string &path, CustomerPayoutAccount &out)
{
    const ObjectReader r(json, path);
    out.id = r.id("id");
    out.kind = r.string("kind", Len{1, limits::kAccountKind});
    out.masked = r.string("masked", Len{1, limits::kRequisites});
    out.bank = r.optString("bank", Len{1, limits::kBankName});
    out.createdAt = r.timestamp("created_at");
}
P2PDESK_DECODE_INTO(CustomerPayoutAccount)

Json toJson(const CustomerProfile &value)
{
    return Json{{"customer", toJson(value.customer)},
                {"orders", detail::arrayToJson(value.orders)},
                {"risk_flags", detail::arrayToJson(value.riskFlags)},
                {"payout_accounts", detail::arrayToJson(value.payoutAccounts)},
                {"tickets", detail::arrayToJson(value.tickets)}};
}

void detail::read(const Json &json, const std::string &path, CustomerProfile &out)
{
    const ObjectReader r(json, path);
    out.customer = r.nested<CustomerInfo>("customer");
    out.orders = r.array<CustomerOrder>("orders", limits::kCustomerOrders);
    out.riskFlags = r.array<CustomerRiskFlag>("risk_flags", limits::kCustomerFlags);
    out.payoutAccounts = r.array<CustomerPayoutAccount>("payout_accounts", limits::kCustomerAccounts);
    out.tickets = r.array<TicketSummary>("tickets", limits::kCustomerTickets);
}
P2PDESK_DECODE_INTO(CustomerProfile)

Json toJson(const CustomerBlockRequest &value)
{
    return Json{{"reason", value.reason}};
}

void detail::read(const Json &json, const std::string &path, CustomerBlockRequest &out)
{
    const ObjectReader r(json, path);
    out.reason = r.reason();
}
P2PDESK_DECODE_INTO(CustomerBlockRequest)

#undef P2PDESK_DECODE_INTO

} // namespace p2pdesk::proto
