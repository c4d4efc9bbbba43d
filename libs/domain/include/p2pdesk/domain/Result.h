#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace p2pdesk::domain {

// Business-rule failures travel as values so callers must look at them; exceptions are kept for
// programming errors and I/O, which the domain never does.
enum class ErrorCode {
    InvalidTransition,
    Forbidden,
    ReasonRequired,
    ApprovalRequired,
    ChecklistIncomplete,
    ProofRequired,
    FinalRateRequired,
    PayoutReferenceRequired,
    WalletRequired,
    InvalidAmount,
    NegativeAmount,
    Overflow,
    ScaleExceeded,
    InvalidFormat,
    UnknownAsset,
    UnknownFiat,
    RateStale,
    RateDeviationTooHigh,
    LimitExceeded,
    RiskHold,
    RequotePending,
};

// Stable snake_case code, the same string the wire uses (e.g. "invalid_transition").
std::string_view toString(ErrorCode code) noexcept;

struct DomainError {
    ErrorCode code;
    std::string message;
};

template<typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    {
    } // NOLINT(google-explicit-constructor)
    Result(DomainError error)
        : m_v(std::in_place_index<1>, std::move(error))
    {
    } // NOLINT(google-explicit-constructor)

    bool ok() const noexcept { return m_v.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const DomainError &error() const & { return std::get<1>(m_v); }

private:
    std::variant<T, DomainError> m_v;
};

// Result for operations that produce nothing but may fail.
struct Ok {};
using Status = Result<Ok>;

inline DomainError makeError(ErrorCode code, std::string message)
{
    return DomainError{code, std::move(message)};
}

} // namespace p2pdesk::domain
