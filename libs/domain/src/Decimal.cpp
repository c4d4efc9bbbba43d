#include "p2pdesk/domain/Decimal.h"

#include <algorithm>
#include <limits>

namespace p2pdesk::domain {

namespace {

// GCC/Clang extension; the typedef keeps -Wpedantic quiet about the non-standard type.
__extension__ typedef unsigned __int128 U128;

constexpr std::uint64_t kU64Max = std::numeric_limits<std::uint64_t>::max();
constexpr U128 kU128Max = ~U128{0};

// 10^38 is the largest power of ten below 2^128; products of two scale-18 amounts need 10^36.
constexpr int kMaxPow10 = 38;

constexpr U128 pow10(int exponent)
{
    U128 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

bool validScale(int scale)
{
    return scale >= 0 && scale <= Decimal::kMaxScale;
}

DomainError scaleError(int scale)
{
    return makeError(ErrorCode::ScaleExceeded,
                     "scale " + std::to_string(scale) + " is outside 0.." + std::to_string(Decimal::kMaxScale));
}

DomainError overflowError(const char *operation)
{
    return makeError(ErrorCode::Overflow, std::string(operation) + ": result does not fit the decimal range");
}

// out = value × 10^exponent; false when that would not fit 128 bits.
bool mulPow10(U128 value, int exponent, U128 &out)
{
    if (exponent > kMaxPow10) {
        out = 0;
        return value == 0;
    }
    const U128 factor = pow10(exponent);
    if (value != 0 && factor > kU128Max / value)
        return false;
    out = value * factor;
    return true;
}

// numerator / denominator with the named rounding; both operands non-negative, denominator > 0 and
// below 2^127 so doubling the remainder cannot overflow.
U128 divideRounded(U128 numerator, U128 denominator, Rounding mode)
{
    const U128 quotient = numerator / denominator;
    const U128 remainder = numerator % denominator;
    if (remainder == 0)
        return quotient;
    switch (mode) {
    case Rounding::Down:
        return quotient;
    case Rounding::Up:
        return quotient + 1;
    case Rounding::HalfUp:
        return remainder * 2 >= denominator ? quotient + 1 : quotient;
    case Rounding::HalfEven: {
        const U128 twice = remainder * 2;
        if (twice > denominator)
            return quotient + 1;
        if (twice < denominator)
            return quotient;
        return (quotient % 2 == 0) ? quotient : quotient + 1;
    }
    }
    return quotient;
}

// Brings a 128-bit count of 10^-fromScale units to toScale; false when it does not fit 128 bits.
bool rescaleUnits(U128 units, int fromScale, int toScale, Rounding mode, U128 &out)
{
    if (toScale >= fromScale)
        return mulPow10(units, toScale - fromScale, out);
    // fromScale is at most 2 × kMaxScale = 36, so the divisor 10^drop fits 128 bits.
    out = divideRounded(units, pow10(fromScale - toScale), mode);
    return true;
}

} // namespace

Result<Decimal> Decimal::parse(std::string_view text, int scale)
{
    if (!validScale(scale))
        return scaleError(scale);
    if (!text.empty() && text.front() == '-')
        return makeError(ErrorCode::NegativeAmount, "amounts cannot be negative");

    const auto dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    const std::string_view fraction = dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
    const auto isDigits = [](std::string_view part) {
        return std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    // "5." and ".5" are rejected: a half-written number at a money boundary is more likely a typo.
    if (whole.empty() || !isDigits(whole) ||
        (dot != std::string_view::npos && (fraction.empty() || !isDigits(fraction))))
        return makeError(ErrorCode::InvalidFormat, "not a decimal number: '" + std::string(text) + "'");
    if (fraction.size() > static_cast<std::size_t>(scale)) {
        return makeError(ErrorCode::ScaleExceeded,
                         "'" + std::string(text) + "' has more than " + std::to_string(scale) + " fractional digits");
    }

    U128 units = 0;
    const auto accumulate = [&units](std::string_view digits) {
        for (char c : digits) {
            units = units * 10 + static_cast<unsigned>(c - '0');
            if (units > kU64Max)
                return false;
        }
        return true;
    };
    if (!accumulate(whole) || !accumulate(fraction))
        return overflowError("parse");
    U128 scaled = 0;
    if (!mulPow10(units, scale - static_cast<int>(fraction.size()), scaled) || scaled > kU64Max)
        return overflowError("parse");
    return Decimal(static_cast<std::uint64_t>(scaled), scale);
}

Result<Decimal> Decimal::parse(std::string_view text)
{
    const auto dot = text.find('.');
    const std::size_t digits = dot == std::string_view::npos ? 0 : text.size() - dot - 1;
    if (digits > static_cast<std::size_t>(kMaxScale)) {
        return makeError(ErrorCode::ScaleExceeded, "'" + std::string(text) + "' has more than " +
                                                       std::to_string(kMaxScale) + " fractional digits");
    }
    return parse(text, static_cast<int>(digits));
}

Result<Decimal> Decimal::fromUnits(std::uint64_t units, int scale)
{
    if (!validScale(scale))
        return scaleError(scale);
    return Decimal(units, scale);
}

std::string Decimal::toString() const
{
    std::string digits = std::to_string(m_units);
    if (m_scale == 0)
        return digits;
    const auto scale = static_cast<std::size_t>(m_scale);
    if (digits.size() <= scale)
        digits.insert(0, scale + 1 - digits.size(), '0');
    digits.insert(digits.size() - scale, 1, '.');
    return digits;
}

Result<Decimal> Decimal::rescaled(int newScale, Rounding mode) const
{
    if (!validScale(newScale))
        return scaleError(newScale);
    U128 out = 0;
    if (!rescaleUnits(m_units, m_scale, newScale, mode, out) || out > kU64Max)
        return overflowError("rescale");
    return Decimal(static_cast<std::uint64_t>(out), newScale);
}

Result<Decimal> Decimal::add(const Decimal &other) const
{
    const int scale = std::max(m_scale, other.m_scale);
    U128 a = 0;
    U128 b = 0;
    // Scales are at most 18 apart, so aligned operands fit 128 bits and their sum cannot wrap.
    mulPow10(m_units, scale - m_scale, a);
    mulPow10(other.m_units, scale - other.m_scale, b);
    const U128 sum = a + b;
    if (sum > kU64Max)
        return overflowError("add");
    return Decimal(static_cast<std::uint64_t>(sum), scale);
}

Result<Decimal> Decimal::subtract(const Decimal &other) const
{
    const int scale = std::max(m_scale, other.m_scale);
    U128 a = 0;
    U128 b = 0;
    mulPow10(m_units, scale - m_scale, a);
    mulPow10(other.m_units, scale - other.m_scale, b);
    if (b > a)
        return makeError(ErrorCode::NegativeAmount,
                         "subtract: " + toString() + " - " + other.toString() + " is negative");
    const U128 difference = a - b;
    if (difference > kU64Max)
        return overflowError("subtract");
    return Decimal(static_cast<std::uint64_t>(difference), scale);
}

Result<Decimal> Decimal::multiply(const Decimal &other, int resultScale, Rounding mode) const
{
    if (!validScale(resultScale))
        return scaleError(resultScale);
    // Two 64-bit operands: the exact product always fits 128 bits at scale (a + b) <= 36.
    const U128 product = static_cast<U128>(m_units) * other.m_units;
    U128 out = 0;
    if (!rescaleUnits(product, m_scale + other.m_scale, resultScale, mode, out) || out > kU64Max)
        return overflowError("multiply");
    return Decimal(static_cast<std::uint64_t>(out), resultScale);
}

Result<Decimal> Decimal::divide(const Decimal &other, int resultScale, Rounding mode) const
{
    if (!validScale(resultScale))
        return scaleError(resultScale);
    if (other.m_units == 0)
        return makeError(ErrorCode::InvalidAmount, "division by zero");
    // result units = a.u × 10^(resultScale + b.scale − a.scale) / b.u
    const int exponent = resultScale + other.m_scale - m_scale;
    U128 numerator = m_units;
    U128 denominator = other.m_units;
    if (exponent >= 0) {
        // A numerator beyond 128 bits over a 64-bit divisor is beyond 64 bits: overflow either way.
        if (!mulPow10(numerator, exponent, numerator))
            return overflowError("divide");
    } else {
        // −exponent <= 18, so the denominator stays below 2^64 × 10^18 < 2^127.
        mulPow10(denominator, -exponent, denominator);
    }
    const U128 out = divideRounded(numerator, denominator, mode);
    if (out > kU64Max)
        return overflowError("divide");
    return Decimal(static_cast<std::uint64_t>(out), resultScale);
}

std::strong_ordering operator<=>(const Decimal &a, const Decimal &b) noexcept
{
    const int scale = std::max(a.m_scale, b.m_scale);
    U128 left = 0;
    U128 right = 0;
    mulPow10(a.m_units, scale - a.m_scale, left);
    mulPow10(b.m_units, scale - b.m_scale, right);
    return left <=> right;
}

bool operator==(const Decimal &a, const Decimal &b) noexcept
{
    return (a <=> b) == std::strong_ordering::equal;
}

} // namespace p2pdesk::domain
