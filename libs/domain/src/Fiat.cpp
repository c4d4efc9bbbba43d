#include "p2pdesk/domain/Fiat.h"

#include <array>
#include <string>

namespace p2pdesk::domain {

namespace {

// Two decimals everywhere, including KZT and TRY whose coins are rarely used: banks still account in
// the minor unit, and a payout must match the bank's figure to the tiyn/kuruş.
constexpr std::array<Fiat, 6> kFiats = {{
    {"RUB", 2, "Russian ruble"},
    {"USD", 2, "US dollar"},
    {"EUR", 2, "Euro"},
    {"KZT", 2, "Kazakhstani tenge"},
    {"UAH", 2, "Ukrainian hryvnia"},
    {"TRY", 2, "Turkish lira"},
}};

} // namespace

std::span<const Fiat> fiats() noexcept
{
    return kFiats;
}

Result<Fiat> fiat(std::string_view code)
{
    for (const Fiat &candidate : kFiats) {
        if (candidate.code == code)
            return candidate;
    }
    return makeError(ErrorCode::UnknownFiat, "unknown fiat currency '" + std::string(code) + "'");
}

Result<Decimal> parseFiatAmount(const Fiat &currency, std::string_view text)
{
    return Decimal::parse(text, currency.decimals);
}

} // namespace p2pdesk::domain
