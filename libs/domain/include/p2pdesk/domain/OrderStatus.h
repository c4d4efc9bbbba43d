#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace p2pdesk::domain {

enum class OrderStatus {
    New,
    Assigned,
    AwaitingCrypto,
    UserMarkedSent,
    OperatorVerifyProof,
    PaymentVerified,
    ProcessingPayout,
    PaidOut,
    Completed,
    Cancelled,
    Dispute,
};

inline constexpr std::array<OrderStatus, 11> kAllOrderStatuses = {
    OrderStatus::New,
    OrderStatus::Assigned,
    OrderStatus::AwaitingCrypto,
    OrderStatus::UserMarkedSent,
    OrderStatus::OperatorVerifyProof,
    OrderStatus::PaymentVerified,
    OrderStatus::ProcessingPayout,
    OrderStatus::PaidOut,
    OrderStatus::Completed,
    OrderStatus::Cancelled,
    OrderStatus::Dispute,
};

// Wire and database spelling: "NEW", "ASSIGNED", "AWAITING_CRYPTO", ...
std::string_view toString(OrderStatus status) noexcept;
std::optional<OrderStatus> parseOrderStatus(std::string_view text) noexcept;

bool isTerminal(OrderStatus status) noexcept;

// Which way the money flows. Sell: customer sells crypto, receives fiat. Buy: the reverse.
enum class Direction { Sell, Buy };
std::string_view toString(Direction direction) noexcept; // "sell" / "buy"
std::optional<Direction> parseDirection(std::string_view text) noexcept;

// Operator roles; an account may hold several.
enum class Role { Operator, Senior, Admin };
std::string_view toString(Role role) noexcept; // "operator" / "senior" / "admin"
std::optional<Role> parseRole(std::string_view text) noexcept;

} // namespace p2pdesk::domain
