#pragma once

#include "p2pdesk/domain/Decimal.h"
#include "p2pdesk/domain/Result.h"

#include <span>
#include <string_view>

namespace p2pdesk::domain {

// A fiat currency the desk pays out or accepts. `decimals` is the minor unit: every fiat amount is
// stored and shown at exactly this scale (payouts round down to it).
struct Fiat {
    std::string_view code; // ISO 4217, upper case: "RUB"
    int decimals = 2;
    std::string_view name; // English name, for logs and admin screens only (the UI translates)
};

// Every supported fiat currency, in a stable order.
std::span<const Fiat> fiats() noexcept;

// Exact, case-sensitive ISO code lookup ("RUB"); anything else is UnknownFiat.
Result<Fiat> fiat(std::string_view code);

// Parses a fiat amount at the currency's minor unit; more digits than that are ScaleExceeded.
Result<Decimal> parseFiatAmount(const Fiat &currency, std::string_view text);

} // namespace p2pdesk::domain
