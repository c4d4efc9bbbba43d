#pragma once

#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/domain/OrderStatus.h"
#include "p2pdesk/domain/RateAgreement.h"
#include "p2pdesk/proto/Common.h"
#include "p2pdesk/proto/Decoded.h"
#include "p2pdesk/proto/Enums.h"
#include "p2pdesk/proto/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace p2pdesk::proto {

// --- POST /api/v1/orders -------------------------------------------------------------------

// {"telegram_id","username"?}
struct NewCustomer {
    std::int64_t telegramId = 0; // > 0
    std::optional<std::string> username;
};

// {"customer","direction","asset","network","fiat_currency","amount_crypto"|"amount_fiat",
//  "payout_requisites"} — exactly one of the two amounts (else Invalid at path "amount_crypto").
struct CreateOrderRequest {
    NewCustomer customer;
    domain::Direction direction = domain::Direction::Sell;
    std::string asset;        // "USDT"
    std::string network;      // "TRON"
    std::string fiatCurrency; // "RUB"
    std::optional<domain::Decimal> amountCrypto;
    std::optional<domain::Decimal> amountFiat;
    std::string payoutRequisites;
    // The code of the bank the fiat payout goes to (a sell only): an active bank of fiatCurrency in
    // the banks directory, else 422 bank_not_accepted. Absent: the payout account names no bank.
    std::optional<std::string> payoutBank;
};

// --- pieces of an order ----------------------------------------------------------------------

// One uncleared risk flag in a list row: {"rule","severity"}
struct RiskBrief {
    std::string rule;
    RiskSeverity severity = RiskSeverity::Info;
};

// {"id","rule","severity","figures":{…},"raised_at","cleared_at"?,"cleared_by"?,"clear_reason"?}
struct RiskFlag {
    std::int64_t id = 0;
    std::string rule;
    RiskSeverity severity = RiskSeverity::Info;
    Json figures = Json::object();
    Timestamp raisedAt{};
    std::optional<Timestamp> clearedAt;
    std::optional<OperatorRef> clearedBy;
    std::optional<std::string> clearReason;
};

// {"id","at","actor":{…},"from"?,"to","reason"?,"meta":{…}} — "from" is absent on creation.
struct OrderHistoryEntry {
    std::int64_t id = 0;
    Timestamp at{};
    Actor actor;
    std::optional<domain::OrderStatus> from;
    domain::OrderStatus to = domain::OrderStatus::New;
    std::optional<std::string> reason;
    Json meta = Json::object();
};

// {"id","approver":{…},"decision","reason","order_version","at"}
struct Approval {
    std::int64_t id = 0;
    OperatorRef approver;
    ApprovalDecision decision = ApprovalDecision::Approve;
    std::string reason;
    std::int64_t orderVersion = 0;
    Timestamp at{};
};

// {"id","kind","txid"?,"sha256"?,"size"?,"mime"?,"uploader":{…},"at"} — txid for kind "txid";
// sha256/size/mime for kind "file" (fetch with GET /api/v1/proofs/{id}/file).
struct Proof {
    std::int64_t id = 0;
    ProofKind kind = ProofKind::Txid;
    std::optional<std::string> txid;
    std::optional<std::string> sha256;
    std::optional<std::int64_t> size;
    std::optional<std::string> mime;
    Actor uploader;
    Timestamp at{};
};

// {"item_id","title","done","done_by"?,"done_at"?}
struct ChecklistItemState {
    std::int64_t itemId = 0;
    std::string title;
    bool done = false;
    std::optional<OperatorRef> doneBy;
    std::optional<Timestamp> doneAt;
};

// {"verify":[…],"payout":[…]}
struct OrderChecklist {
    std::vector<ChecklistItemState> verify;
    std::vector<ChecklistItemState> payout;
};

// {"id","asset","network","address"}
struct DepositWalletRef {
    std::int64_t id = 0;
    std::string asset;
    std::string network;
    std::string address;
};

// Whether the customer still stands behind the order's rate (domain::RateAgreement), with what the
// desk needs to re-quote: {"state","reason"?,"quote_locked_until"?,"reference_rate"?,"current_rate"?,
//  "offered_rate"?,"offered_amount_crypto"?,"offered_amount_fiat"?,"offered_at"?}.
// For a NEW order "due" is judged at read time (the quote lock expired or the desk's rate moved),
// and the take proposes current_rate; for a taken one it is what syncd recorded when the customer
// paid. current_rate is absent while the desk's rate is stale; the offered_* fields are present
// exactly while the state is "offered".
struct RateAgreementView {
    domain::RateAgreement state = domain::RateAgreement::Agreed;
    std::optional<domain::RequoteReason> reason;
    std::optional<Timestamp> quoteLockedUntil;
    std::optional<domain::Decimal> referenceRate; // the suggested rate when the order's rate was fixed
    std::optional<domain::Decimal> currentRate;   // the desk's suggested rate now
    std::optional<domain::Decimal> offeredRate;
    std::optional<domain::Decimal> offeredAmountCrypto;
    std::optional<domain::Decimal> offeredAmountFiat;
    std::optional<Timestamp> offeredAt;
};

// --- GET /api/v1/orders ----------------------------------------------------------------------

// A queue row: {"id","code","status","version","direction","asset","network","fiat_currency",
//  "amount_crypto","amount_fiat","suggested_rate","final_rate"?,"customer":{…},"holder"?,
//  "created_at","updated_at","status_deadline"?,"risk":[{"rule","severity"}],"requisites_masked"}
struct OrderSummary {
    std::int64_t id = 0;
    std::string code;
    domain::OrderStatus status = domain::OrderStatus::New;
    std::int64_t version = 0;
    domain::Direction direction = domain::Direction::Sell;
    std::string asset;
    std::string network;
    std::string fiatCurrency;
    domain::Decimal amountCrypto;
    domain::Decimal amountFiat;
    domain::Decimal suggestedRate;
    std::optional<domain::Decimal> finalRate;
    CustomerRef customer;
    std::optional<OperatorRef> holder;
    Timestamp createdAt{};
    Timestamp updatedAt{};
    std::optional<Timestamp> statusDeadline;
    std::vector<RiskBrief> risk; // uncleared flags only
    std::string requisitesMasked;
    // The bank of the banks directory the fiat payout goes to, by name, when the customer named
    // one ("payout_bank_name"; absent otherwise).
    std::optional<std::string> payoutBankName;
};

// {"items":[OrderSummary],"next_cursor"?}
struct OrdersPage {
    std::vector<OrderSummary> items;
    std::optional<std::string> nextCursor;
};

// Query string of GET /api/v1/orders: status=NEW,ASSIGNED&holder=me|ID&customer=TGID&q=TEXT&
// cursor=…&limit=50. Parsed from already-URL-decoded pairs; unknown parameters are ignored.
struct OrdersQuery {
    std::vector<domain::OrderStatus> statuses;
    std::optional<std::int64_t> holderId;
    bool holderIsMe = false;
    std::optional<std::int64_t> customerTelegramId;
    std::optional<std::string> text;
    std::optional<std::string> cursor;
    std::int64_t limit = 50; // 1..limits::kMaxPageSize
};

// --- GET /api/v1/orders/{id} -----------------------------------------------------------------

// Every member of OrderSummary at the top level, plus {"history","risk_flags","approvals",
// "proofs","checklist","deposit_wallet"?,"payout_reference"?,"requisites"?}. "requisites" (full
// payout requisites) is present only for the holder or a senior; each such read is audited.
struct OrderDetail {
    OrderSummary summary;
    std::vector<OrderHistoryEntry> history;
    std::vector<RiskFlag> riskFlags;
    std::vector<Approval> approvals;
    std::vector<Proof> proofs;
    OrderChecklist checklist;
    std::optional<DepositWalletRef> depositWallet;
    std::optional<std::string> payoutReference;
    std::optional<std::string> requisites;
    std::optional<RateAgreementView> rateAgreement; // always sent by syncd
};

// --- mutations (each answers 200 with the updated OrderDetail) --------------------------------

// POST /api/v1/orders/{id}/take {"final_rate","reason"?,"version"?}
struct TakeRequest {
    domain::Decimal finalRate;
    std::optional<std::string> reason; // needed when the deviation from the suggestion is too high
    std::optional<std::int64_t> version;
};

// POST /api/v1/orders/{id}/requote {"final_rate","reason","version"} — while a re-quote is due (or
// offered: a new offer replaces the old one). A rate equal to the order's final rate keeps it: the
// desk honours the old rate and the order is agreed again at once; any other rate is offered to the
// customer, who accepts (or declines: a dispute) in the bot.
struct RequoteRequest {
    domain::Decimal finalRate;
    std::string reason;
    std::int64_t version = 0;
};

// POST /api/v1/orders/{id}/transitions {"to","version","reason"?,"payout_reference"?,"wallet_id"?}
// wallet_id picks a specific active hot wallet for ASSIGNED → AWAITING_CRYPTO (else syncd picks);
// payout_reference is required for PROCESSING_PAYOUT → PAID_OUT.
struct TransitionRequest {
    domain::OrderStatus to = domain::OrderStatus::New;
    std::int64_t version = 0;
    std::optional<std::string> reason;
    std::optional<std::string> payoutReference;
    std::optional<std::int64_t> walletId;
};

// POST /api/v1/orders/{id}/approvals {"decision","reason","version"} — bound to the version seen.
struct ApprovalRequest {
    ApprovalDecision decision = ApprovalDecision::Approve;
    std::string reason;
    std::int64_t version = 0;
};

// POST /api/v1/orders/{id}/checklist {"item_id","done"}
struct ChecklistItemUpdate {
    std::int64_t itemId = 0;
    bool done = false;
};

// POST /api/v1/orders/{id}/risk-flags/{flagId}/clear {"reason"} (senior)
struct ClearRiskFlagRequest {
    std::string reason;
};

// POST /api/v1/orders/{id}/proofs with Content-Type application/json: {"txid"}. A file is sent
// as the raw body with its own Content-Type instead. Answers 201 with the Proof.
struct AddTxidProofRequest {
    std::string txid;
    std::optional<std::string> reason; // required from a senior who does not hold the order
};

Json toJson(const NewCustomer &value);
std::optional<DecodeError> decodeInto(const Json &json, NewCustomer &out);
Json toJson(const CreateOrderRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, CreateOrderRequest &out);
Json toJson(const RiskBrief &value);
std::optional<DecodeError> decodeInto(const Json &json, RiskBrief &out);
Json toJson(const RiskFlag &value);
std::optional<DecodeError> decodeInto(const Json &json, RiskFlag &out);
Json toJson(const OrderHistoryEntry &value);
std::optional<DecodeError> decodeInto(const Json &json, OrderHistoryEntry &out);
Json toJson(const Approval &value);
std::optional<DecodeError> decodeInto(const Json &json, Approval &out);
Json toJson(const Proof &value);
std::optional<DecodeError> decodeInto(const Json &json, Proof &out);
Json toJson(const ChecklistItemState &value);
std::optional<DecodeError> decodeInto(const Json &json, ChecklistItemState &out);
Json toJson(const OrderChecklist &value);
std::optional<DecodeError> decodeInto(const Json &json, OrderChecklist &out);
Json toJson(const DepositWalletRef &value);
std::optional<DecodeError> decodeInto(const Json &json, DepositWalletRef &out);
Json toJson(const RateAgreementView &value);
std::optional<DecodeError> decodeInto(const Json &json, RateAgreementView &out);
Json toJson(const RequoteRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, RequoteRequest &out);
Json toJson(const OrderSummary &value);
std::optional<DecodeError> decodeInto(const Json &json, OrderSummary &out);
Json toJson(const OrdersPage &value);
std::optional<DecodeError> decodeInto(const Json &json, OrdersPage &out);
Json toJson(const OrderDetail &value);
std::optional<DecodeError> decodeInto(const Json &json, OrderDetail &out);
Json toJson(const TakeRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, TakeRequest &out);
Json toJson(const TransitionRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, TransitionRequest &out);
Json toJson(const ApprovalRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, ApprovalRequest &out);
Json toJson(const ChecklistItemUpdate &value);
std::optional<DecodeError> decodeInto(const Json &json, ChecklistItemUpdate &out);
Json toJson(const ClearRiskFlagRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, ClearRiskFlagRequest &out);
Json toJson(const AddTxidProofRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, AddTxidProofRequest &out);

// Query parameters as (name, URL-decoded value) pairs; the last occurrence of a name wins.
using QueryParams = std::vector<std::pair<std::string, std::string>>;
Decoded<OrdersQuery> decodeOrdersQuery(const QueryParams &params);
// The inverse, for the client; values are not URL-encoded yet.
QueryParams encodeOrdersQuery(const OrdersQuery &query);

} // namespace p2pdesk::proto
