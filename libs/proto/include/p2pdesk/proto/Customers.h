#pragma once

#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/domain/KycLevel.h"
#include "p2pdesk/domain/OrderStatus.h"
#include "p2pdesk/proto/Common.h"
#include "p2pdesk/proto/Decoded.h"
#include "p2pdesk/proto/Orders.h"
#include "p2pdesk/proto/Tickets.h"
#include "p2pdesk/proto/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The customers directory (GET /api/v1/customers?q=), the customer profile
// (GET /api/v1/customers/{id}), blocking a customer (POST /api/v1/customers/{id}/block and /unblock)
// and notes on them (POST /api/v1/customers/{id}/notes). Payout accounts travel masked only: the
// full requisites stay on the order card, for its holder or a senior.
namespace p2pdesk::proto {

namespace limits {
inline constexpr std::size_t kCustomerOrders = 100;   // the newest orders a profile lists
inline constexpr std::size_t kCustomerFlags = 500;    // risk flags, newest first
inline constexpr std::size_t kCustomerAccounts = 200; // payout accounts
inline constexpr std::size_t kCustomerTickets = 100;
inline constexpr std::size_t kFirstName = 256;
inline constexpr std::size_t kBankName = 200;
inline constexpr std::size_t kAccountKind = 16;
inline constexpr std::size_t kCustomerNotes = 200;  // the newest notes a profile lists
inline constexpr std::size_t kCustomerNote = 2000;  // one note's text
inline constexpr std::int64_t kCustomersPage = 100; // the directory's default page
inline constexpr std::int64_t kCustomersOffset = 100000;
} // namespace limits

// {"id","telegram_id","username"?,"first_name"?,"language","unreachable","blocked","blocked_reason"?,
//  "blocked_at"?,"blocked_by"?,"kyc_level","kyc_changed_at"?,"kyc_changed_by"?,"kyc_reason"?,
//  "created_at"} — blocked_at/blocked_by: the block in force, from the audit log (absent when the
// customer is not blocked or the block predates the audit log). kyc_level: 0, 1 or 2
// (domain::KycLevel); kyc_changed_*: the last change of it, on the profile only.
struct CustomerInfo {
    std::int64_t id = 0;
    std::int64_t telegramId = 0;
    std::optional<std::string> username;
    std::optional<std::string> firstName;
    std::string language = "ru"; // ru | en
    bool unreachable = false;    // Telegram refused delivery (the customer blocked the bot, …)
    bool blocked = false;
    std::optional<std::string> blockedReason;
    std::optional<Timestamp> blockedAt;
    std::optional<OperatorRef> blockedBy;
    domain::KycLevel kycLevel = domain::KycLevel::Unverified;
    std::optional<Timestamp> kycChangedAt;
    std::optional<OperatorRef> kycChangedBy;
    std::optional<std::string> kycReason;
    Timestamp createdAt{};
};

// One of the customer's orders: {"id","code","status","direction","asset","network","fiat_currency",
//  "amount_crypto","amount_fiat","hold","created_at","updated_at"}
struct CustomerOrder {
    std::int64_t id = 0;
    std::string code;
    domain::OrderStatus status = domain::OrderStatus::New;
    domain::Direction direction = domain::Direction::Sell;
    std::string asset;
    std::string network;
    std::string fiatCurrency;
    domain::Decimal amountCrypto;
    domain::Decimal amountFiat;
    bool hold = false; // an uncleared hold/block risk flag
    Timestamp createdAt{};
    Timestamp updatedAt{};
};

// A risk flag of the customer: every member of RiskFlag at the top level, plus "order_id"? and
// "order_code"? (absent for a flag on the customer rather than on one order).
struct CustomerRiskFlag {
    RiskFlag flag;
    std::optional<std::int64_t> orderId;
    std::optional<std::string> orderCode;
};

// {"id","kind","masked","bank"?,"created_at"} — kind card | account | phone | p2p | crypto.
struct CustomerPayoutAccount {
    std::int64_t id = 0;
    std::string kind;
    std::string masked; // "•••• 1234"
    std::optional<std::string> bank;
    Timestamp createdAt{};
};

// What an operator noted about the customer: {"id","text","author","created_at"}. Notes are never
// edited or removed; a correction is a new note.
struct CustomerNote {
    std::int64_t id = 0;
    std::string text;
    OperatorRef author;
    Timestamp createdAt{};
};

// GET /api/v1/customers/{id} → {"customer","orders","risk_flags","payout_accounts","tickets","notes"}:
// orders newest first (at most limits::kCustomerOrders), risk flags newest first with their
// history (cleared ones included), tickets as the ticket list shows them, notes newest first.
struct CustomerProfile {
    CustomerInfo customer;
    std::vector<CustomerOrder> orders;
    std::vector<CustomerRiskFlag> riskFlags;
    std::vector<CustomerPayoutAccount> payoutAccounts;
    std::vector<TicketSummary> tickets;
    std::vector<CustomerNote> notes;
};

// POST /api/v1/customers/{id}/notes {"text"} (any operator) → 200 CustomerProfile. The text is
// trimmed; blank is refused.
struct CustomerNoteRequest {
    std::string text;
};

// What a directory search matched: the strongest of them when several did.
enum class CustomerMatch { TelegramId, OrderCode, Username, Name, PayoutAccount };
std::string_view toString(CustomerMatch match);
std::optional<CustomerMatch> parseCustomerMatch(std::string_view text);

// One row of the directory: {"customer","orders_total","orders_open","open_flags","last_order_at"?,
// "matched"?}. orders_open: not yet completed or cancelled; open_flags: uncleared risk flags on the
// customer or any of their open orders; matched: present when the list answers a search.
struct CustomerListItem {
    CustomerInfo customer;
    std::int64_t ordersTotal = 0;
    std::int64_t ordersOpen = 0;
    std::int64_t openFlags = 0;
    std::optional<Timestamp> lastOrderAt;
    std::optional<CustomerMatch> matched;
};

// GET /api/v1/customers → {"customers","more"}: the most recently active first (last order, else
// first contact); more: another page follows at offset + the page's size.
struct CustomerList {
    std::vector<CustomerListItem> customers;
    bool more = false;
};

// Query string of GET /api/v1/customers (seniors and admins): q=TEXT (a Telegram id, @username or
// a part of it, a part of the first name, an order code, a payout account in full or its last four
// digits)&blocked=true|false&offset=N&limit=N. Unknown parameters are ignored.
struct CustomersQuery {
    std::optional<std::string> text;
    std::optional<bool> blocked;
    std::int64_t offset = 0;                     // 0..limits::kCustomersOffset
    std::int64_t limit = limits::kCustomersPage; // 1..limits::kMaxPageSize
};
Decoded<CustomersQuery> decodeCustomersQuery(const QueryParams &params);
QueryParams encodeCustomersQuery(const CustomersQuery &query);

// POST /api/v1/customers/{id}/block and /unblock {"reason"} (senior, admin) → 200 CustomerProfile;
// also the body of a reveal (below).
struct CustomerBlockRequest {
    std::string reason;
};

// POST /api/v1/customers/{id}/kyc-level {"level","reason"} (senior, admin) → 200 CustomerProfile:
// the customer's verification level moves to `level` (0..2), audited with the reason.
struct CustomerKycLevelRequest {
    domain::KycLevel level = domain::KycLevel::Unverified;
    std::string reason;
};

Json toJson(const CustomerKycLevelRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, CustomerKycLevelRequest &out);
Json toJson(const CustomerInfo &value);
std::optional<DecodeError> decodeInto(const Json &json, CustomerInfo &out);
Json toJson(const CustomerOrder &value);
std::optional<DecodeError> decodeInto(const Json &json, CustomerOrder &out);
Json toJson(const CustomerRiskFlag &value);
std::optional<DecodeError> decodeInto(const Json &json, CustomerRiskFlag &out);
Json toJson(const CustomerPayoutAccount &value);
std::optional<DecodeError> decodeInto(const Json &json, CustomerPayoutAccount &out);
Json toJson(const CustomerProfile &value);
std::optional<DecodeError> decodeInto(const Json &json, CustomerProfile &out);
// POST /api/v1/customers/{id}/payout-accounts/{accountId}/reveal {"reason"} (senior, admin) →
// {"account_id","masked","requisites"}: a payout account's full requisites, read on purpose and
// audited with the reason. Never kept for an Idempotency-Key replay.
struct RevealedRequisites {
    std::int64_t accountId = 0;
    std::string masked;
    std::string requisites;
};

Json toJson(const CustomerBlockRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, CustomerBlockRequest &out);
Json toJson(const RevealedRequisites &value);
std::optional<DecodeError> decodeInto(const Json &json, RevealedRequisites &out);
Json toJson(const CustomerNote &value);
std::optional<DecodeError> decodeInto(const Json &json, CustomerNote &out);
Json toJson(const CustomerNoteRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, CustomerNoteRequest &out);
Json toJson(const CustomerListItem &value);
std::optional<DecodeError> decodeInto(const Json &json, CustomerListItem &out);
Json toJson(const CustomerList &value);
std::optional<DecodeError> decodeInto(const Json &json, CustomerList &out);

} // namespace p2pdesk::proto
