#pragma once

#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/domain/OrderStatus.h"
#include "p2pdesk/proto/Common.h"
#include "p2pdesk/proto/Decoded.h"
#include "p2pdesk/proto/Orders.h"
#include "p2pdesk/proto/Tickets.h"
#include "p2pdesk/proto/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// The customer profile (GET /api/v1/customers/{id}) and blocking a customer
// (POST /api/v1/customers/{id}/block and /unblock). Payout accounts travel masked only: the full
// requisites stay on the order card, for its holder or a senior.
namespace p2pdesk::proto {

namespace limits {
inline constexpr std::size_t kCustomerOrders = 100;   // the newest orders a profile lists
inline constexpr std::size_t kCustomerFlags = 500;    // risk flags, newest first
inline constexpr std::size_t kCustomerAccounts = 200; // payout accounts
inline constexpr std::size_t kCustomerTickets = 100;
inline constexpr std::size_t kFirstName = 256;
inline constexpr std::size_t kBankName = 200;
inline constexpr std::size_t kAccountKind = 16;
} // namespace limits

// {"id","telegram_id","username"?,"first_name"?,"language","unreachable","blocked","blocked_reason"?,
//  "blocked_at"?,"blocked_by"?,"created_at"} — blocked_at/blocked_by: the block in force, from the
// audit log (absent when the customer is not blocked or the block predates the audit log).
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

// GET /api/v1/customers/{id} → {"customer","orders","risk_flags","payout_accounts","tickets"}:
// orders newest first (at most limits::kCustomerOrders), risk flags newest first with their
// history (cleared ones included), tickets as the ticket list shows them.
struct CustomerProfile {
    CustomerInfo customer;
    std::vector<CustomerOrder> orders;
    std::vector<CustomerRiskFlag> riskFlags;
    std::vector<CustomerPayoutAccount> payoutAccounts;
    std::vector<TicketSummary> tickets;
};

// POST /api/v1/customers/{id}/block and /unblock {"reason"} (senior, admin) → 200 CustomerProfile.
struct CustomerBlockRequest {
    std::string reason;
};

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
Json toJson(const CustomerBlockRequest &value);
std::optional<DecodeError> decodeInto(const Json &json, CustomerBlockRequest &out);

} // namespace p2pdesk::proto
