#include "p2pdesk/proto/Customers.h"

#include "JsonReader.h"

#include <string_view>
#include <utility>

namespace p2pdesk::proto {

using detail::Len;
using detail::ObjectReader;

namespace {

std::string str(std::string_view text)
{
    return std::string(text);
}

// 0, 1 or 2: the integer reader's range check names the field when it is anything else.
domain::KycLevel kycLevel(const ObjectReader &r, std::string_view key)
{
    return static_cast<domain::KycLevel>(r.integer(key, 0, domain::kKycLevelCount - 1));
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
              {"kyc_level", domain::toNumber(value.kycLevel)},
              {"created_at", formatTimestamp(value.createdAt)}};
    detail::putOptional(json, "username", value.username);
    detail::putOptional(json, "first_name", value.firstName);
    detail::putOptional(json, "blocked_reason", value.blockedReason);
    detail::putOptional(json, "blocked_at", value.blockedAt);
    if (value.blockedBy)
        json["blocked_by"] = toJson(*value.blockedBy);
    detail::putOptional(json, "kyc_changed_at", value.kycChangedAt);
    if (value.kycChangedBy)
        json["kyc_changed_by"] = toJson(*value.kycChangedBy);
    detail::putOptional(json, "kyc_reason", value.kycReason);
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
    out.kycLevel = kycLevel(r, "kyc_level");
    out.kycChangedAt = r.optTimestamp("kyc_changed_at");
    out.kycChangedBy = r.optNested<OperatorRef>("kyc_changed_by");
    out.kycReason = r.optReason("kyc_reason");
    out.createdAt = r.timestamp("created_at");
}
P2PDESK_DECODE_INTO(CustomerInfo)

Json toJson(const CustomerKycLevelRequest &value)
{
    return Json{{"level", domain::toNumber(value.level)}, {"reason", value.reason}};
}

void detail::read(const Json &json, const std::string &path, CustomerKycLevelRequest &out)
{
    const ObjectReader r(json, path);
    out.level = kycLevel(r, "level");
    out.reason = r.reason();
}
P2PDESK_DECODE_INTO(CustomerKycLevelRequest)

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

Json toJson(const CustomerNote &value)
{
    return Json{{"id", value.id},
                {"text", value.text},
                {"author", toJson(value.author)},
                {"created_at", formatTimestamp(value.createdAt)}};
}

void detail::read(const Json &json, const std::string &path, CustomerNote &out)
{
    const ObjectReader r(json, path);
    out.id = r.id("id");
    out.text = r.string("text", Len{1, limits::kCustomerNote, Lines::Many});
    out.author = r.nested<OperatorRef>("author");
    out.createdAt = r.timestamp("created_at");
}
P2PDESK_DECODE_INTO(CustomerNote)

Json toJson(const CustomerProfile &value)
{
    return Json{{"customer", toJson(value.customer)},
                {"orders", detail::arrayToJson(value.orders)},
                {"risk_flags", detail::arrayToJson(value.riskFlags)},
                {"payout_accounts", detail::arrayToJson(value.payoutAccounts)},
                {"tickets", detail::arrayToJson(value.tickets)},
                {"notes", detail::arrayToJson(value.notes)}};
}

void detail::read(const Json &json, const std::string &path, CustomerProfile &out)
{
    const ObjectReader r(json, path);
    out.customer = r.nested<CustomerInfo>("customer");
    out.orders = r.array<CustomerOrder>("orders", limits::kCustomerOrders);
    out.riskFlags = r.array<CustomerRiskFlag>("risk_flags", limits::kCustomerFlags);
    out.payoutAccounts = r.array<CustomerPayoutAccount>("payout_accounts", limits::kCustomerAccounts);
    out.tickets = r.array<TicketSummary>("tickets", limits::kCustomerTickets);
    out.notes = r.array<CustomerNote>("notes", limits::kCustomerNotes);
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

Json toJson(const RevealedRequisites &value)
{
    return Json{{"account_id", value.accountId}, {"masked", value.masked}, {"requisites", value.requisites}};
}

void detail::read(const Json &json, const std::string &path, RevealedRequisites &out)
{
    const ObjectReader r(json, path);
    out.accountId = r.id("account_id");
    out.masked = r.string("masked", Len{1, limits::kRequisites});
    out.requisites = r.string("requisites", Len{1, limits::kRequisites, Lines::Many});
}
P2PDESK_DECODE_INTO(RevealedRequisites)

Json toJson(const CustomerNoteRequest &value)
{
    return Json{{"text", value.text}};
}

void detail::read(const Json &json, const std::string &path, CustomerNoteRequest &out)
{
    const ObjectReader r(json, path);
    // Blank is the service's to refuse (reason_required-like, with the field): the codec checks
    // only the shape, as it does for every free text.
    out.text = r.string("text", Len{1, limits::kCustomerNote, Lines::Many});
}
P2PDESK_DECODE_INTO(CustomerNoteRequest)

namespace {

constexpr std::pair<CustomerMatch, std::string_view> kMatches[] = {
    {CustomerMatch::TelegramId, "telegram_id"},
    {CustomerMatch::OrderCode, "order_code"},
    {CustomerMatch::Username, "username"},
    {CustomerMatch::Name, "name"},
    {CustomerMatch::PayoutAccount, "payout_account"},
};

} // namespace

std::string_view toString(CustomerMatch match)
{
    for (const auto &[value, text] : kMatches) {
        if (value == match)
            return text;
    }
    return {};
}

std::optional<CustomerMatch> parseCustomerMatch(std::string_view text)
{
    for (const auto &[value, name] : kMatches) {
        if (name == text)
            return value;
    }
    return std::nullopt;
}

Json toJson(const CustomerListItem &value)
{
    Json json{{"customer", toJson(value.customer)},
              {"orders_total", value.ordersTotal},
              {"orders_open", value.ordersOpen},
              {"open_flags", value.openFlags}};
    detail::putOptional(json, "last_order_at", value.lastOrderAt);
    if (value.matched)
        json["matched"] = str(toString(*value.matched));
    return json;
}

void detail::read(const Json &json, const std::string &path, CustomerListItem &out)
{
    const ObjectReader r(json, path);
    out.customer = r.nested<CustomerInfo>("customer");
    out.ordersTotal = r.integer("orders_total");
    out.ordersOpen = r.integer("orders_open");
    out.openFlags = r.integer("open_flags");
    out.lastOrderAt = r.optTimestamp("last_order_at");
    out.matched = r.optEnumeration<CustomerMatch>("matched", &parseCustomerMatch);
}
P2PDESK_DECODE_INTO(CustomerListItem)

Json toJson(const CustomerList &value)
{
    return Json{{"customers", detail::arrayToJson(value.customers)}, {"more", value.more}};
}

void detail::read(const Json &json, const std::string &path, CustomerList &out)
{
    const ObjectReader r(json, path);
    out.customers = r.array<CustomerListItem>("customers", static_cast<std::size_t>(limits::kMaxPageSize));
    out.more = r.boolean("more");
}
P2PDESK_DECODE_INTO(CustomerList)

namespace {

CustomersQuery readCustomersQuery(const QueryParams &params)
{
    CustomersQuery query;
    if (const auto *text = detail::lastQueryValue(params, "q"))
        query.text = detail::readString(Json(*text), "q", Len{1, limits::kSearchText});
    if (const auto *blocked = detail::lastQueryValue(params, "blocked")) {
        if (*blocked != "true" && *blocked != "false")
            detail::fail("blocked", DecodeErrorKind::BadEnum, "expected true or false");
        query.blocked = *blocked == "true";
    }
    if (const auto *offset = detail::lastQueryValue(params, "offset"))
        query.offset = detail::queryInteger(*offset, "offset", 0, limits::kCustomersOffset);
    if (const auto *limit = detail::lastQueryValue(params, "limit"))
        query.limit = detail::queryInteger(*limit, "limit", 1, limits::kMaxPageSize);
    return query;
}

} // namespace

Decoded<CustomersQuery> decodeCustomersQuery(const QueryParams &params)
{
    try {
        return readCustomersQuery(params);
    } catch (const detail::DecodeFailure &failure) {
        return failure.error;
    }
}

QueryParams encodeCustomersQuery(const CustomersQuery &query)
{
    QueryParams params;
    if (query.text)
        params.emplace_back("q", *query.text);
    if (query.blocked)
        params.emplace_back("blocked", *query.blocked ? "true" : "false");
    if (query.offset > 0)
        params.emplace_back("offset", std::to_string(query.offset));
    params.emplace_back("limit", std::to_string(query.limit));
    return params;
}

#undef P2PDESK_DECODE_INTO

} // namespace p2pdesk::proto
