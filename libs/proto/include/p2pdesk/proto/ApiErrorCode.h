#pragma once

#include "p2pdesk/domain/Result.h"

#include <array>
#include <optional>
#include <string_view>

namespace p2pdesk::proto {

// The stable error-code list of the wire contract. Codes are never renamed or reused; clients
// switch on them. The OpenAPI document lists the same codes (a test keeps the two in step).
enum class ApiErrorCode {
    BadRequest,              // 400 malformed request (not JSON, bad query string)
    ValidationFailed,        // 422 well-formed JSON that breaks a field rule; details.field/kind
    Unauthorized,            // 401 no, unknown or expired session token
    AuthFailed,              // 401 login refused (any reason, including a locked account)
    Forbidden,               // 403 role/holder does not allow this
    NotFound,                // 404
    ProofPurged,             // 410 the proof file was deleted by the retention policy; its SHA-256 remains
    MethodNotAllowed,        // 405
    Conflict,                // 409 generic conflict (e.g. username taken)
    InvalidTransition,       // 409 the order is not in a state that allows this
    VersionConflict,         // 409 stale optimistic version
    AlreadyTaken,            // 409 another operator won the take
    RateStale,               // 409 the base rate is stale, no quoting
    RiskHold,                // 409 an uncleared hold/block risk flag prevents this
    RequotePending,          // 409 payout waits for a re-quote the customer accepts
    NewOrdersPaused,         // 409 the admin switched off new orders (feature flag new_orders)
    ReasonRequired,          // 422
    ApprovalRequired,        // 422 above the threshold, a different senior must approve first
    ChecklistIncomplete,     // 422
    ProofRequired,           // 422
    FinalRateRequired,       // 422
    PayoutReferenceRequired, // 422
    WalletRequired,          // 422 no active hot wallet for the asset/network
    RateDeviationTooHigh,    // 422 final rate too far from the suggestion without a reason
    LimitExceeded,           // 422
    BankNotAccepted,         // 422 the payout bank is unknown, inactive or of another currency
    IdempotencyMismatch,     // 422 same Idempotency-Key, different body
    PayloadTooLarge,         // 413
    UnsupportedMediaType,    // 415
    RateLimited,             // 429
    InternalError,           // 500
    DbUnavailable,           // 503
    UpstreamUnavailable,     // 502 an outside service the request needs (address screening) did not answer
};

inline constexpr std::array<ApiErrorCode, 33> kAllApiErrorCodes = {
    ApiErrorCode::BadRequest,
    ApiErrorCode::ValidationFailed,
    ApiErrorCode::Unauthorized,
    ApiErrorCode::AuthFailed,
    ApiErrorCode::Forbidden,
    ApiErrorCode::NotFound,
    ApiErrorCode::ProofPurged,
    ApiErrorCode::MethodNotAllowed,
    ApiErrorCode::Conflict,
    ApiErrorCode::InvalidTransition,
    ApiErrorCode::VersionConflict,
    ApiErrorCode::AlreadyTaken,
    ApiErrorCode::RateStale,
    ApiErrorCode::RiskHold,
    ApiErrorCode::RequotePending,
    ApiErrorCode::NewOrdersPaused,
    ApiErrorCode::ReasonRequired,
    ApiErrorCode::ApprovalRequired,
    ApiErrorCode::ChecklistIncomplete,
    ApiErrorCode::ProofRequired,
    ApiErrorCode::FinalRateRequired,
    ApiErrorCode::PayoutReferenceRequired,
    ApiErrorCode::WalletRequired,
    ApiErrorCode::RateDeviationTooHigh,
    ApiErrorCode::LimitExceeded,
    ApiErrorCode::BankNotAccepted,
    ApiErrorCode::IdempotencyMismatch,
    ApiErrorCode::PayloadTooLarge,
    ApiErrorCode::UnsupportedMediaType,
    ApiErrorCode::RateLimited,
    ApiErrorCode::InternalError,
    ApiErrorCode::DbUnavailable,
    ApiErrorCode::UpstreamUnavailable,
};

// snake_case wire spelling, e.g. "invalid_transition".
std::string_view toString(ApiErrorCode code) noexcept;
std::optional<ApiErrorCode> parseApiErrorCode(std::string_view text) noexcept;
int httpStatus(ApiErrorCode code) noexcept;

// Business-rule failures from libs/domain; malformed-input codes (amount format, unknown asset…)
// become ValidationFailed.
ApiErrorCode fromDomain(domain::ErrorCode code) noexcept;

} // namespace p2pdesk::proto
