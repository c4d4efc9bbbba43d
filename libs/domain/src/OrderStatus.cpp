#include "p2pdesk/domain/OrderStatus.h"

#include <utility>

namespace p2pdesk::domain {

namespace {

constexpr std::array<std::pair<OrderStatus, std::string_view>, 11> kStatusNames = {{
    {OrderStatus::New, "NEW"},
    {OrderStatus::Assigned, "ASSIGNED"},
    {OrderStatus::AwaitingCrypto, "AWAITING_CRYPTO"},
    {OrderStatus::UserMarkedSent, "USER_MARKED_SENT"},
    {OrderStatus::OperatorVerifyProof, "OPERATOR_VERIFY_PROOF"},
    {OrderStatus::PaymentVerified, "PAYMENT_VERIFIED"},
    {OrderStatus::ProcessingPayout, "PROCESSING_PAYOUT"},
    {OrderStatus::PaidOut, "PAID_OUT"},
    {OrderStatus::Completed, "COMPLETED"},
    {OrderStatus::Cancelled, "CANCELLED"},
    {OrderStatus::Dispute, "DISPUTE"},
}};

} // namespace

std::string_view toString(OrderStatus status) noexcept
{
    for (const auto &[value, name] : kStatusNames) {
        if (value == status)
            return name;
    }
    return {};
}

std::optional<OrderStatus> parseOrderStatus(std::string_view text) noexcept
{
    for (const auto &[value, name] : kStatusNames) {
        if (name == text)
            return value;
    }
    return std::nullopt;
}

bool isTerminal(OrderStatus status) noexcept
{
    return status == OrderStatus::Completed || status == OrderStatus::Cancelled;
}

std::string_view toString(Direction direction) noexcept
{
    return direction == Direction::Sell ? "sell" : "buy";
}

std::optional<Direction> parseDirection(std::string_view text) noexcept
{
    if (text == "sell")
        return Direction::Sell;
    if (text == "buy")
        return Direction::Buy;
    return std::nullopt;
}

std::string_view toString(Role role) noexcept
{
    switch (role) {
    case Role::Operator:
        return "operator";
    case Role::Senior:
        return "senior";
    case Role::Admin:
        return "admin";
    }
    return {};
}

std::optional<Role> parseRole(std::string_view text) noexcept
{
    if (text == "operator")
        return Role::Operator;
    if (text == "senior")
        return Role::Senior;
    if (text == "admin")
        return Role::Admin;
    return std::nullopt;
}

} // namespace p2pdesk::domain
