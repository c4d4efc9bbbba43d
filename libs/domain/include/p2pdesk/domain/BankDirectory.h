#pragma once

#include <string_view>

namespace p2pdesk::domain {

// The shapes of the banks directory's fields, checked alike by syncd and the workstation's dialog.

// A bank's code, the key payout accounts and the bot use: 2–32 of A–Z, 0–9 and '_' ("SBER",
// "TINKOFF", "ALFA_BANK").
bool isBankCode(std::string_view code) noexcept;

// An officially assigned ISO 3166-1 alpha-2 country code, upper case ("RU", "KZ", "TR").
bool isCountryCode(std::string_view code) noexcept;

} // namespace p2pdesk::domain
