#pragma once

#include "p2pdesk/domain/Asset.h"
#include "p2pdesk/domain/OrderStatus.h"
#include "p2pdesk/domain/Result.h"

#include <string>
#include <string_view>

namespace p2pdesk::domain {

enum class RequisitesKind { Card, Phone, Account, Crypto };

std::string_view toString(RequisitesKind kind) noexcept; // "card", "phone", "account", "crypto"

// Where the desk pays a customer, as the customer typed it, checked before an order is confirmed so
// that an operator never discovers a typo while paying.
struct PayoutRequisites {
    RequisitesKind kind = RequisitesKind::Account;
    std::string normalized; // digits only for card/phone ('+' kept for a phone), the address as is
};

// A sell pays fiat: a bank card (13–19 digits passing the Luhn check), a phone number for fast
// payments ('+' and 10–15 digits), or an account number (IBAN with a valid mod-97 check, or 20
// digits as Russian accounts have). A buy pays crypto: a valid address of the order's network.
// Spaces, dashes and parentheses are ignored. InvalidFormat with the reason otherwise (a card
// whose check digit is wrong is the typical typo it catches).
Result<PayoutRequisites> parsePayoutRequisites(Direction direction, const Asset &asset, std::string_view text);

// The Luhn (mod 10) check of bank card numbers.
bool luhnValid(std::string_view digits) noexcept;

} // namespace p2pdesk::domain
