// domain::Decimal parsing, the gate of every amount and rate that enters the desk as text. Beyond
// "no crash", the properties a money type owes its callers are checked on whatever parsed.
#include "FuzzCheck.h"

#include "p2pdesk/domain/Decimal.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using p2pdesk::domain::Decimal;
using p2pdesk::domain::Rounding;

namespace {

bool identical(const Decimal &a, const Decimal &b)
{
    return a.units() == b.units() && a.scale() == b.scale();
}

// toString writes no leading zeros beyond a single "0" before the point, so text in that form is
// reproduced byte for byte.
bool isCanonical(std::string_view text)
{
    return text.size() < 2 || text.front() != '0' || text[1] == '.';
}

void checkParsed(std::string_view text, const Decimal &value)
{
    const std::string written = value.toString();
    const auto reread = Decimal::parse(written);
    FUZZ_REQUIRE(reread.ok());
    FUZZ_REQUIRE(identical(reread.value(), value));
    const auto dot = text.find('.');
    const std::size_t fractionDigits = dot == std::string_view::npos ? 0 : text.size() - dot - 1;
    if (isCanonical(text) && fractionDigits == static_cast<std::size_t>(value.scale()))
        FUZZ_REQUIRE(written == text);

    // Rescaling up is exact and comes back down unchanged under every rounding mode.
    if (value.scale() < Decimal::kMaxScale) {
        if (const auto wider = value.rescaled(value.scale() + 1, Rounding::Down)) {
            FUZZ_REQUIRE(wider.value() == value);
            for (const auto mode : {Rounding::Down, Rounding::Up, Rounding::HalfUp, Rounding::HalfEven}) {
                const auto back = wider.value().rescaled(value.scale(), mode);
                FUZZ_REQUIRE(back.ok());
                FUZZ_REQUIRE(identical(back.value(), value));
            }
        }
    }
    // Arithmetic identities that hold whenever the operations succeed.
    const auto zero = Decimal::fromUnits(0, 0).value();
    const auto one = Decimal::fromUnits(1, 0).value();
    const auto sum = value.add(zero);
    FUZZ_REQUIRE(sum.ok() && identical(sum.value(), value));
    const auto difference = value.subtract(value);
    FUZZ_REQUIRE(difference.ok() && difference.value().isZero());
    const auto product = value.multiply(one, value.scale(), Rounding::Down);
    FUZZ_REQUIRE(product.ok() && identical(product.value(), value));
    const auto quotient = value.divide(one, value.scale(), Rounding::Down);
    FUZZ_REQUIRE(quotient.ok() && identical(quotient.value(), value));
    if (const auto doubled = value.add(value)) {
        FUZZ_REQUIRE(doubled.value() >= value);
        const auto half = doubled.value().subtract(value);
        FUZZ_REQUIRE(half.ok() && half.value() == value);
    }
}

} // namespace

// The first byte picks the scale parse() is asked for: 0..kMaxScale, a few invalid ones on either
// side, or the one-argument form that takes the scale from the text.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const int selector = data[0] % 24;
    const std::string_view text(reinterpret_cast<const char *>(data + 1), size - 1);
    if (selector == 23) {
        if (const auto value = Decimal::parse(text))
            checkParsed(text, value.value());
        return 0;
    }
    const int scale = selector - 2; // -2 .. 20
    const auto value = Decimal::parse(text, scale);
    if (!value)
        return 0;
    FUZZ_REQUIRE(scale >= 0 && scale <= Decimal::kMaxScale);
    FUZZ_REQUIRE(value.value().scale() == scale);
    // The scale the text itself writes is at most the one asked for, and names the same amount.
    const auto natural = Decimal::parse(text);
    FUZZ_REQUIRE(natural.ok());
    FUZZ_REQUIRE(natural.value() == value.value());
    checkParsed(text, value.value());
    return 0;
}
