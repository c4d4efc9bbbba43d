#include "p2pdesk/proto/ApiErrorCode.h"

namespace p2pdesk::proto {

namespace {

struct CodeInfo {
    ApiErrorCode code;
    std::string_view name;
    int status;
};

// The one table of the wire's error codes; kAllApiErrorCodes and the OpenAPI document follow it.
constexpr std::array<CodeInfo, kAllApiErrorCodes.size()> kCodes = {{
    {ApiErrorCode::BadRequest, "bad_request", 400},
    {ApiErrorCode::ValidationFailed, "validation_failed", 422},
    {ApiErrorCode::Unauthorized, "unauthorized", 401},
    {ApiErrorCode::AuthFailed, "auth_failed", 401},
    {ApiErrorCode::Forbidden, "forbidden", 403},
    {ApiErrorCode::NotFound, "not_found", 404},
    {ApiErrorCode::ProofPurged, "proof_purged", 410},
    {ApiErrorCode::MethodNotAllowed, "method_not_allowed", 405},
    {ApiErrorCode::Conflict, "conflict", 409},
    {ApiErrorCode::InvalidTransition, "invalid_transition", 409},
    {ApiErrorCode::VersionConflict, "version_conflict", 409},
    {ApiErrorCode::AlreadyTaken, "already_taken", 409},
    {ApiErrorCode::RateStale, "rate_stale", 409},
    {ApiErrorCode::RiskHold, "risk_hold", 409},
    {ApiErrorCode::RequotePending, "requote_pending", 409},
    {ApiErrorCode::NewOrdersPaused, "new_orders_paused", 409},
    {ApiErrorCode::ReasonRequired, "reason_required", 422},
    {ApiErrorCode::ApprovalRequired, "approval_required", 422},
    {ApiErrorCode::ChecklistIncomplete, "checklist_incomplete", 422},
    {ApiErrorCode::ProofRequired, "proof_required", 422},
    {ApiErrorCode::FinalRateRequired, "final_rate_required", 422},
    {ApiErrorCode::PayoutReferenceRequired, "payout_reference_required", 422},
    {ApiErrorCode::WalletRequired, "wallet_required", 422},
    {ApiErrorCode::RateDeviationTooHigh, "rate_deviation_too_high", 422},
    {ApiErrorCode::LimitExceeded, "limit_exceeded", 422},
    {ApiErrorCode::BankNotAccepted, "bank_not_accepted", 422},
    {ApiErrorCode::IdempotencyMismatch, "idempotency_mismatch", 422},
    {ApiErrorCode::PayloadTooLarge, "payload_too_large", 413},
    {ApiErrorCode::UnsupportedMediaType, "unsupported_media_type", 415},
    {ApiErrorCode::RateLimited, "rate_limited", 429},
    {ApiErrorCode::InternalError, "internal_error", 500},
    {ApiErrorCode::DbUnavailable, "db_unavailable", 503},
    {ApiErrorCode::UpstreamUnavailable, "upstream_unavailable", 502},
}};

const CodeInfo &info(ApiErrorCode code) noexcept
{
    for (const auto &entry : kCodes) {
        if (entry.code == code)
            return entry;
    }
    return kCodes[kCodes.size() - 2]; // internal_error; unreachable while the table is complete
}

} // namespace

std::string_view toString(ApiErrorCode code) noexcept
{
    return info(code).name;
}

std::optional<ApiErrorCode> parseApiErrorCode(std::string_view text) noexcept
{
    for (const auto &entry : kCodes) {
        if (entry.name == text)
            return entry.code;
    }
    return std::nullopt;
}

int httpStatus(ApiErrorCode code) noexcept
{
    return info(code).status;
}

ApiErrorCode fromDomain(domain::ErrorCode code) noexcept
{
    using domain::ErrorCode;
    switch (code) {
    case ErrorCode::InvalidTransition:
        return ApiErrorCode::InvalidTransition;
    case ErrorCode::Forbidden:
        return ApiErrorCode::Forbidden;
    case ErrorCode::ReasonRequired:
        return ApiErrorCode::ReasonRequired;
    case ErrorCode::ApprovalRequired:
        return ApiErrorCode::ApprovalRequired;
    case ErrorCode::ChecklistIncomplete:
        return ApiErrorCode::ChecklistIncomplete;
    case ErrorCode::ProofRequired:
        return ApiErrorCode::ProofRequired;
    case ErrorCode::FinalRateRequired:
        return ApiErrorCode::FinalRateRequired;
    case ErrorCode::PayoutReferenceRequired:
        return ApiErrorCode::PayoutReferenceRequired;
    case ErrorCode::WalletRequired:
        return ApiErrorCode::WalletRequired;
    case ErrorCode::RateStale:
        return ApiErrorCode::RateStale;
    case ErrorCode::RateDeviationTooHigh:
        return ApiErrorCode::RateDeviationTooHigh;
    case ErrorCode::LimitExceeded:
        return ApiErrorCode::LimitExceeded;
    case ErrorCode::RiskHold:
        return ApiErrorCode::RiskHold;
    case ErrorCode::RequotePending:
        return ApiErrorCode::RequotePending;
    case ErrorCode::InvalidAmount:
    case ErrorCode::NegativeAmount:
    case ErrorCode::Overflow:
    case ErrorCode::ScaleExceeded:
    case ErrorCode::InvalidFormat:
    case ErrorCode::UnknownAsset:
    case ErrorCode::UnknownFiat:
        return ApiErrorCode::ValidationFailed;
    }
    return ApiErrorCode::InternalError;
}

} // namespace p2pdesk::proto
