#pragma once

#include "p2pdesk/domain/Result.h"

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace p2pdesk::domain {

// Named rounding modes; every place that drops digits must say which one it uses.
enum class Rounding {
    Down,     // toward zero (fiat payouts: the desk never pays a fraction it does not owe)
    Up,       // away from zero
    HalfUp,   // commercial rounding, ties away from zero
    HalfEven, // banker's rounding
};

// Exact non-negative fixed-point decimal: an unsigned 64-bit count of 10^-scale units. Amounts of
// money are never negative in this domain, so a negative literal is an error, not a value; every
// arithmetic result that would not fit is an Overflow error instead of wrapping around.
class Decimal final {
public:
    static constexpr int kMaxScale = 18;

    constexpr Decimal() = default;

    // "123.45" at scale 2. Accepts digits with an optional '.' fraction; no sign, exponent, spaces
    // or thousands separators. More fractional digits than `scale` is ScaleExceeded (never silently
    // rounded); a leading '-' is NegativeAmount; anything else malformed is InvalidFormat.
    static Result<Decimal> parse(std::string_view text, int scale);
    // Like parse, but the scale is the number of fractional digits written (at most kMaxScale).
    static Result<Decimal> parse(std::string_view text);
    static Result<Decimal> fromUnits(std::uint64_t units, int scale);

    std::uint64_t units() const noexcept { return m_units; }
    int scale() const noexcept { return m_scale; }
    bool isZero() const noexcept { return m_units == 0; }

    // Always exactly `scale` fractional digits: "100.50".
    std::string toString() const;

    // Same value expressed at another scale; reducing digits applies `mode`.
    Result<Decimal> rescaled(int newScale, Rounding mode) const;

    Result<Decimal> add(const Decimal &other) const;      // result scale: max of both
    Result<Decimal> subtract(const Decimal &other) const; // below zero: NegativeAmount
    // Exact product rounded to `resultScale` with `mode` (e.g. amount × rate → fiat, Down).
    Result<Decimal> multiply(const Decimal &other, int resultScale, Rounding mode) const;
    // this / other rounded to `resultScale`; dividing by zero is InvalidAmount.
    Result<Decimal> divide(const Decimal &other, int resultScale, Rounding mode) const;

    // Numeric comparison independent of scale (1.50 == 1.5).
    friend std::strong_ordering operator<=>(const Decimal &a, const Decimal &b) noexcept;
    friend bool operator==(const Decimal &a, const Decimal &b) noexcept;

private:
    constexpr Decimal(std::uint64_t units, int scale)
        : m_units(units)
        , m_scale(scale)
    {
    }

    std::uint64_t m_units = 0;
    int m_scale = 0;
};

} // namespace p2pdesk::domain
