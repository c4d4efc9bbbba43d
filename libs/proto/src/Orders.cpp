#include "p2pdesk/proto/Orders.h"

#include "JsonReader.h"

#include "p2pdesk/proto/Customers.h" // limits::kBankName

namespace p2pdesk::proto {

using detail::Len;
using detail::ObjectReader;

namespace {

constexpr std::size_t kMaxHistory = 10000;
constexpr std::size_t kMaxFlags = 1000;
constexpr std::size_t kMaxProofs = 1000;
constexpr std::size_t kMaxRiskBrief = 100;

std::string str(std::string_view text)
{
    return std::string(text);
}

void putSummary(Json &json, const OrderSummary &value)
{
    json["id"] = value.id;
    json["code"] = value.code;
    json["status"] = str(domain::toString(value.status));
    json["version"] = value.version;
    json["direction"] = str(domain::toString(value.direction));
    json["asset"] = value.asset;
    json["network"] = value.network;
    json["fiat_currency"] = value.fiatCurrency;
    json["amount_crypto"] = value.amountCrypto.toString();
    json["amount_fiat"] = value.amountFiat.toString();
    json["suggested_rate"] = value.suggestedRate.toString();
    detail::putOptional(json, "final_rate", value.finalRate);
    json["customer"] = toJson(value.customer);
    if (value.holder)
        json["holder"] = toJson(*value.holder);
    json["created_at"] = formatTimestamp(value.createdAt);
    json["updated_at"] = formatTimestamp(value.updatedAt);
    detail::putOptional(json, "status_deadline", value.statusDeadline);
    json["risk"] = detail::arrayToJson(value.risk);
    json["requisites_masked"] = value.requisitesMasked;
    detail::putOptional(json, "payout_bank_name", value.payoutBankName);
}

void readSummary(const ObjectReader &r, OrderSummary &out)
{
    out.id = r.id("id");
    out.code = r.string("code", Len{1, limits::kOrderCode});
    out.status = r.enumeration<domain::OrderStatus>("status", &domain::parseOrderStatus);
    out.version = r.integer("version");
    out.direction = r.enumeration<domain::Direction>("direction", &domain::parseDirection);
    out.asset = r.string("asset", Len{1, limits::kAsset});
    out.network = r.string("network", Len{1, limits::kNetwork});
    out.fiatCurrency = r.string("fiat_currency", Len{1, limits::kFiat});
    out.amountCrypto = r.decimal("amount_crypto");
    out.amountFiat = r.decimal("amount_fiat");
    out.suggestedRate = r.decimal("suggested_rate");
    out.finalRate = r.optDecimal("final_rate");
    out.customer = r.nested<CustomerRef>("customer");
    out.holder = r.optNested<OperatorRef>("holder");
    out.createdAt = r.timestamp("created_at");
    out.updatedAt = r.timestamp("updated_at");
    out.statusDeadline = r.optTimestamp("status_deadline");
    out.risk = r.array<RiskBrief>("risk", kMaxRiskBrief);
    out.requisitesMasked = r.string("requisites_masked", Len{0, limits::kRequisites, Lines::Many});
    out.payoutBankName = r.optString("payout_bank_name", Len{1, limits::kBankName});
}

} // namespace

// --- CreateOrderRequest ---------------------------------------------------------------------------

Json toJson(const NewCustomer &value)
{
    Json json{{"telegram_id", value.telegramId}};
    detail::putOptional(json, "username", value.username);
    return json;
}

void detail::read(const Json &json, const std::string &path, NewCustomer &out)
{
    const ObjectReader r(json, path);
    out.telegramId = r.id("telegram_id");
    out.username = r.optString("username", Len{1, limits::kUsername});
}

std::optional<DecodeError> decodeInto(const Json &json, NewCustomer &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const CreateOrderRequest &value)
{
    Json json{{"customer", toJson(value.customer)},
              {"direction", str(domain::toString(value.direction))},
              {"asset", value.asset},
              {"network", value.network},
              {"fiat_currency", value.fiatCurrency},
              {"payout_requisites", value.payoutRequisites}};
    detail::putOptional(json, "amount_crypto", value.amountCrypto);
    detail::putOptional(json, "amount_fiat", value.amountFiat);
    detail::putOptional(json, "payout_bank", value.payoutBank);
    return json;
}

void detail::read(const Json &json, const std::string &path, CreateOrderRequest &out)
{
    const ObjectReader r(json, path);
    out.customer = r.nested<NewCustomer>("customer");
    out.direction = r.enumeration<domain::Direction>("direction", &domain::parseDirection);
    out.asset = r.string("asset", Len{1, limits::kAsset});
    out.network = r.string("network", Len{1, limits::kNetwork});
    out.fiatCurrency = r.string("fiat_currency", Len{1, limits::kFiat});
    out.amountCrypto = r.optDecimal("amount_crypto");
    out.amountFiat = r.optDecimal("amount_fiat");
    if (out.amountCrypto.has_value() == out.amountFiat.has_value())
        fail(r.pathOf("amount_crypto"), DecodeErrorKind::Invalid, "give exactly one of amount_crypto and amount_fiat");
    out.payoutRequisites = r.string("payout_requisites", Len{1, limits::kRequisites, Lines::Many});
    out.payoutBank = r.optString("payout_bank", Len{1, limits::kBankCode});
}

std::optional<DecodeError> decodeInto(const Json &json, CreateOrderRequest &out)
{
    return detail::decodeRoot(json, out);
}

// --- pieces ---------------------------------------------------------------------------------------

Json toJson(const RiskBrief &value)
{
    return Json{{"rule", value.rule}, {"severity", str(toString(value.severity))}};
}

void detail::read(const Json &json, const std::string &path, RiskBrief &out)
{
    const ObjectReader r(json, path);
    out.rule = r.string("rule", Len{1, limits::kRuleId});
    out.severity = r.enumeration<RiskSeverity>("severity", &parseRiskSeverity);
}

std::optional<DecodeError> decodeInto(const Json &json, RiskBrief &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const RiskFlag &value)
{
    Json json{{"id", value.id},
              {"rule", value.rule},
              {"severity", str(toString(value.severity))},
              {"figures", value.figures.is_object() ? value.figures : Json::object()},
              {"raised_at", formatTimestamp(value.raisedAt)}};
    detail::putOptional(json, "cleared_at", value.clearedAt);
    if (value.clearedBy)
        json["cleared_by"] = toJson(*value.clearedBy);
    detail::putOptional(json, "clear_reason", value.clearReason);
    return json;
}

void detail::read(const Json &json, const std::string &path, RiskFlag &out)
{
    const ObjectReader r(json, path);
    out.id = r.id("id");
    out.rule = r.string("rule", Len{1, limits::kRuleId});
    out.severity = r.enumeration<RiskSeverity>("severity", &parseRiskSeverity);
    out.figures = r.object("figures");
    out.raisedAt = r.timestamp("raised_at");
    out.clearedAt = r.optTimestamp("cleared_at");
    out.clearedBy = r.optNested<OperatorRef>("cleared_by");
    out.clearReason = r.optReason("clear_reason");
}

std::optional<DecodeError> decodeInto(const Json &json, RiskFlag &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const OrderHistoryEntry &value)
{
    Json json{{"id", value.id},
              {"at", formatTimestamp(value.at)},
              {"actor", toJson(value.actor)},
              {"to", str(domain::toString(value.to))},
              {"meta", value.meta.is_object() ? value.meta : Json::object()}};
    if (value.from)
        json["from"] = str(domain::toString(*value.from));
    detail::putOptional(json, "reason", value.reason);
    return json;
}

void detail::read(const Json &json, const std::string &path, OrderHistoryEntry &out)
{
    const ObjectReader r(json, path);
    out.id = r.id("id");
    out.at = r.timestamp("at");
    out.actor = r.nested<Actor>("actor");
    out.from = r.optEnumeration<domain::OrderStatus>("from", &domain::parseOrderStatus);
    out.to = r.enumeration<domain::OrderStatus>("to", &domain::parseOrderStatus);
    out.reason = r.optReason("reason");
    out.meta = r.object("meta");
}

std::optional<DecodeError> decodeInto(const Json &json, OrderHistoryEntry &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const Approval &value)
{
    return Json{
        {"id", value.id},         {"approver", toJson(value.approver)},  {"decision", str(toString(value.decision))},
        {"reason", value.reason}, {"order_version", value.orderVersion}, {"at", formatTimestamp(value.at)}};
}

void detail::read(const Json &json, const std::string &path, Approval &out)
{
    const ObjectReader r(json, path);
    out.id = r.id("id");
    out.approver = r.nested<OperatorRef>("approver");
    out.decision = r.enumeration<ApprovalDecision>("decision", &parseApprovalDecision);
    out.reason = r.reason();
    out.orderVersion = r.integer("order_version");
    out.at = r.timestamp("at");
}

std::optional<DecodeError> decodeInto(const Json &json, Approval &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const Proof &value)
{
    Json json{{"id", value.id},
              {"kind", str(toString(value.kind))},
              {"uploader", toJson(value.uploader)},
              {"at", formatTimestamp(value.at)}};
    detail::putOptional(json, "txid", value.txid);
    detail::putOptional(json, "sha256", value.sha256);
    detail::putOptional(json, "size", value.size);
    detail::putOptional(json, "mime", value.mime);
    return json;
}

void detail::read(const Json &json, const std::string &path, Proof &out)
{
    const ObjectReader r(json, path);
    out.id = r.id("id");
    out.kind = r.enumeration<ProofKind>("kind", &parseProofKind);
    out.txid = r.optString("txid", Len{1, limits::kTxid});
    out.sha256 = r.optString("sha256", Len{limits::kSha256Hex, limits::kSha256Hex});
    out.size = r.optInteger("size", 0, limits::kMaxProofBytes);
    out.mime = r.optString("mime", Len{1, limits::kMime});
    out.uploader = r.nested<Actor>("uploader");
    out.at = r.timestamp("at");
    if (out.kind == ProofKind::Txid && !out.txid)
        fail(r.pathOf("txid"), DecodeErrorKind::Missing, "required for a txid proof");
    if (out.kind == ProofKind::File && !out.sha256)
        fail(r.pathOf("sha256"), DecodeErrorKind::Missing, "required for a file proof");
}

std::optional<DecodeError> decodeInto(const Json &json, Proof &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const ChecklistItemState &value)
{
    Json json{{"item_id", value.itemId}, {"title", value.title}, {"done", value.done}};
    if (value.doneBy)
        json["done_by"] = toJson(*value.doneBy);
    detail::putOptional(json, "done_at", value.doneAt);
    return json;
}

void detail::read(const Json &json, const std::string &path, ChecklistItemState &out)
{
    const ObjectReader r(json, path);
    out.itemId = r.id("item_id");
    out.title = r.string("title", Len{1, limits::kChecklistTitle});
    out.done = r.boolean("done");
    out.doneBy = r.optNested<OperatorRef>("done_by");
    out.doneAt = r.optTimestamp("done_at");
}

std::optional<DecodeError> decodeInto(const Json &json, ChecklistItemState &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const OrderChecklist &value)
{
    return Json{{"verify", detail::arrayToJson(value.verify)}, {"payout", detail::arrayToJson(value.payout)}};
}

void detail::read(const Json &json, const std::string &path, OrderChecklist &out)
{
    const ObjectReader r(json, path);
    out.verify = r.array<ChecklistItemState>("verify", limits::kChecklistItems);
    out.payout = r.array<ChecklistItemState>("payout", limits::kChecklistItems);
}

std::optional<DecodeError> decodeInto(const Json &json, OrderChecklist &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const DepositWalletRef &value)
{
    return Json{{"id", value.id}, {"asset", value.asset}, {"network", value.network}, {"address", value.address}};
}

void detail::read(const Json &json, const std::string &path, DepositWalletRef &out)
{
    const ObjectReader r(json, path);
    out.id = r.id("id");
    out.asset = r.string("asset", Len{1, limits::kAsset});
    out.network = r.string("network", Len{1, limits::kNetwork});
    out.address = r.string("address", Len{1, limits::kAddress});
}

std::optional<DecodeError> decodeInto(const Json &json, DepositWalletRef &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const RateAgreementView &value)
{
    Json json{{"state", str(domain::toString(value.state))}};
    if (value.reason)
        json["reason"] = str(domain::toString(*value.reason));
    detail::putOptional(json, "quote_locked_until", value.quoteLockedUntil);
    detail::putOptional(json, "reference_rate", value.referenceRate);
    detail::putOptional(json, "current_rate", value.currentRate);
    detail::putOptional(json, "offered_rate", value.offeredRate);
    detail::putOptional(json, "offered_amount_crypto", value.offeredAmountCrypto);
    detail::putOptional(json, "offered_amount_fiat", value.offeredAmountFiat);
    detail::putOptional(json, "offered_at", value.offeredAt);
    return json;
}

void detail::read(const Json &json, const std::string &path, RateAgreementView &out)
{
    const ObjectReader r(json, path);
    out.state = r.enumeration<domain::RateAgreement>("state", &domain::parseRateAgreement);
    out.reason = r.optEnumeration<domain::RequoteReason>("reason", &domain::parseRequoteReason);
    out.quoteLockedUntil = r.optTimestamp("quote_locked_until");
    out.referenceRate = r.optDecimal("reference_rate");
    out.currentRate = r.optDecimal("current_rate");
    out.offeredRate = r.optDecimal("offered_rate");
    out.offeredAmountCrypto = r.optDecimal("offered_amount_crypto");
    out.offeredAmountFiat = r.optDecimal("offered_amount_fiat");
    out.offeredAt = r.optTimestamp("offered_at");
}

std::optional<DecodeError> decodeInto(const Json &json, RateAgreementView &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const RequoteRequest &value)
{
    return Json{{"final_rate", value.finalRate.toString()}, {"reason", value.reason}, {"version", value.version}};
}

void detail::read(const Json &json, const std::string &path, RequoteRequest &out)
{
    const ObjectReader r(json, path);
    out.finalRate = r.decimal("final_rate");
    out.reason = r.reason();
    out.version = r.integer("version");
}

std::optional<DecodeError> decodeInto(const Json &json, RequoteRequest &out)
{
    return detail::decodeRoot(json, out);
}

// --- list and detail ------------------------------------------------------------------------------

Json toJson(const OrderSummary &value)
{
    Json json = Json::object();
    putSummary(json, value);
    return json;
}

void detail::read(const Json &json, const std::string &path, OrderSummary &out)
{
    const ObjectReader r(json, path);
    readSummary(r, out);
}

std::optional<DecodeError> decodeInto(const Json &json, OrderSummary &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const OrdersPage &value)
{
    Json json{{"items", detail::arrayToJson(value.items)}};
    detail::putOptional(json, "next_cursor", value.nextCursor);
    return json;
}

void detail::read(const Json &json, const std::string &path, OrdersPage &out)
{
    const ObjectReader r(json, path);
    out.items = r.array<OrderSummary>("items", static_cast<std::size_t>(limits::kMaxPageSize));
    out.nextCursor = r.optString("next_cursor", Len{1, limits::kCursor});
}

std::optional<DecodeError> decodeInto(const Json &json, OrdersPage &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const OrderDetail &value)
{
    Json json = Json::object();
    putSummary(json, value.summary);
    json["history"] = detail::arrayToJson(value.history);
    json["risk_flags"] = detail::arrayToJson(value.riskFlags);
    json["approvals"] = detail::arrayToJson(value.approvals);
    json["proofs"] = detail::arrayToJson(value.proofs);
    json["checklist"] = toJson(value.checklist);
    if (value.depositWallet)
        json["deposit_wallet"] = toJson(*value.depositWallet);
    detail::putOptional(json, "payout_reference", value.payoutReference);
    detail::putOptional(json, "requisites", value.requisites);
    if (value.rateAgreement)
        json["rate_agreement"] = toJson(*value.rateAgreement);
    return json;
}

void detail::read(const Json &json, const std::string &path, OrderDetail &out)
{
    const ObjectReader r(json, path);
    readSummary(r, out.summary);
    out.history = r.array<OrderHistoryEntry>("history", kMaxHistory);
    out.riskFlags = r.array<RiskFlag>("risk_flags", kMaxFlags);
    out.approvals = r.array<Approval>("approvals", kMaxFlags);
    out.proofs = r.array<Proof>("proofs", kMaxProofs);
    out.checklist = r.nested<OrderChecklist>("checklist");
    out.depositWallet = r.optNested<DepositWalletRef>("deposit_wallet");
    out.payoutReference = r.optString("payout_reference", Len{1, limits::kPayoutReference});
    out.requisites = r.optString("requisites", Len{1, limits::kRequisites, Lines::Many});
    out.rateAgreement = r.optNested<RateAgreementView>("rate_agreement");
}

std::optional<DecodeError> decodeInto(const Json &json, OrderDetail &out)
{
    return detail::decodeRoot(json, out);
}

// --- mutations ------------------------------------------------------------------------------------

Json toJson(const TakeRequest &value)
{
    Json json{{"final_rate", value.finalRate.toString()}};
    detail::putOptional(json, "reason", value.reason);
    detail::putOptional(json, "version", value.version);
    return json;
}

void detail::read(const Json &json, const std::string &path, TakeRequest &out)
{
    const ObjectReader r(json, path);
    out.finalRate = r.decimal("final_rate");
    out.reason = r.optReason();
    out.version = r.optInteger("version");
}

std::optional<DecodeError> decodeInto(const Json &json, TakeRequest &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const TransitionRequest &value)
{
    Json json{{"to", str(domain::toString(value.to))}, {"version", value.version}};
    detail::putOptional(json, "reason", value.reason);
    detail::putOptional(json, "payout_reference", value.payoutReference);
    detail::putOptional(json, "wallet_id", value.walletId);
    return json;
}

void detail::read(const Json &json, const std::string &path, TransitionRequest &out)
{
    const ObjectReader r(json, path);
    out.to = r.enumeration<domain::OrderStatus>("to", &domain::parseOrderStatus);
    out.version = r.integer("version");
    out.reason = r.optReason();
    out.payoutReference = r.optString("payout_reference", Len{1, limits::kPayoutReference});
    out.walletId = r.optId("wallet_id");
}

std::optional<DecodeError> decodeInto(const Json &json, TransitionRequest &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const ApprovalRequest &value)
{
    return Json{{"decision", str(toString(value.decision))}, {"reason", value.reason}, {"version", value.version}};
}

void detail::read(const Json &json, const std::string &path, ApprovalRequest &out)
{
    const ObjectReader r(json, path);
    out.decision = r.enumeration<ApprovalDecision>("decision", &parseApprovalDecision);
    out.reason = r.reason();
    out.version = r.integer("version");
}

std::optional<DecodeError> decodeInto(const Json &json, ApprovalRequest &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const ChecklistItemUpdate &value)
{
    return Json{{"item_id", value.itemId}, {"done", value.done}};
}

void detail::read(const Json &json, const std::string &path, ChecklistItemUpdate &out)
{
    const ObjectReader r(json, path);
    out.itemId = r.id("item_id");
    out.done = r.boolean("done");
}

std::optional<DecodeError> decodeInto(const Json &json, ChecklistItemUpdate &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const ClearRiskFlagRequest &value)
{
    return Json{{"reason", value.reason}};
}

void detail::read(const Json &json, const std::string &path, ClearRiskFlagRequest &out)
{
    const ObjectReader r(json, path);
    out.reason = r.reason();
}

std::optional<DecodeError> decodeInto(const Json &json, ClearRiskFlagRequest &out)
{
    return detail::decodeRoot(json, out);
}

Json toJson(const AddTxidProofRequest &value)
{
    Json json{{"txid", value.txid}};
    detail::putOptional(json, "reason", value.reason);
    return json;
}

void detail::read(const Json &json, const std::string &path, AddTxidProofRequest &out)
{
    const ObjectReader r(json, path);
    out.txid = r.string("txid", Len{1, limits::kTxid});
    out.reason = r.optReason();
}

std::optional<DecodeError> decodeInto(const Json &json, AddTxidProofRequest &out)
{
    return detail::decodeRoot(json, out);
}

// --- query string ---------------------------------------------------------------------------------

namespace {

OrdersQuery readOrdersQuery(const QueryParams &params)
{
    OrdersQuery query;
    if (const auto *status = detail::lastQueryValue(params, "status")) {
        std::size_t start = 0;
        std::size_t index = 0;
        while (start <= status->size()) {
            const std::size_t comma = std::min(status->find(',', start), status->size());
            const std::string part = status->substr(start, comma - start);
            const auto parsed = domain::parseOrderStatus(part);
            if (!parsed)
                detail::fail(detail::elementPath("status", index), DecodeErrorKind::BadEnum, "unknown status");
            query.statuses.push_back(*parsed);
            start = comma + 1;
            ++index;
        }
    }
    if (const auto *holder = detail::lastQueryValue(params, "holder")) {
        if (*holder == "me")
            query.holderIsMe = true;
        else
            query.holderId = detail::queryInteger(*holder, "holder", 1, detail::kInt64Max);
    }
    if (const auto *customer = detail::lastQueryValue(params, "customer"))
        query.customerTelegramId = detail::queryInteger(*customer, "customer", 1, detail::kInt64Max);
    if (const auto *text = detail::lastQueryValue(params, "q"))
        query.text = detail::readString(Json(*text), "q", Len{1, limits::kSearchText});
    if (const auto *cursor = detail::lastQueryValue(params, "cursor"))
        query.cursor = detail::readString(Json(*cursor), "cursor", Len{1, limits::kCursor});
    if (const auto *limit = detail::lastQueryValue(params, "limit"))
        query.limit = detail::queryInteger(*limit, "limit", 1, limits::kMaxPageSize);
    return query;
}

} // namespace

Decoded<OrdersQuery> decodeOrdersQuery(const QueryParams &params)
{
    try {
        return readOrdersQuery(params);
    } catch (const detail::DecodeFailure &failure) {
        return failure.error;
    }
}

QueryParams encodeOrdersQuery(const OrdersQuery &query)
{
    QueryParams params;
    if (!query.statuses.empty()) {
        std::string statuses;
        for (const auto status : query.statuses) {
            if (!statuses.empty())
                statuses += ',';
            statuses += domain::toString(status);
        }
        params.emplace_back("status", std::move(statuses));
    }
    if (query.holderIsMe)
        params.emplace_back("holder", "me");
    else if (query.holderId)
        params.emplace_back("holder", std::to_string(*query.holderId));
    if (query.customerTelegramId)
        params.emplace_back("customer", std::to_string(*query.customerTelegramId));
    if (query.text)
        params.emplace_back("q", *query.text);
    if (query.cursor)
        params.emplace_back("cursor", *query.cursor);
    params.emplace_back("limit", std::to_string(query.limit));
    return params;
}

} // namespace p2pdesk::proto
