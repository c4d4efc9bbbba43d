#include "p2pdesk/domain/Result.h"

namespace p2pdesk::domain {

std::string_view toString(ErrorCode code) noexcept
{
    switch (code) {
    case ErrorCode::InvalidTransition:
        return "invalid_transition";
    case ErrorCode::Forbidden:
        return "forbidden";
    case ErrorCode::ReasonRequired:
        return "reason_required";
    case ErrorCode::ApprovalRequired:
        return "approval_required";
    case ErrorCode::ChecklistIncomplete:
        return "checklist_incomplete";
    case ErrorCode::ProofRequired:
        return "proof_required";
    case ErrorCode::FinalRateRequired:
        return "final_rate_required";
    case ErrorCode::PayoutReferenceRequired:
        return "payout_reference_required";
    case ErrorCode::WalletRequired:
        return "wallet_required";
    case ErrorCode::InvalidAmount:
        return "invalid_amount";
    case ErrorCode::NegativeAmount:
        return "negative_amount";
    case ErrorCode::Overflow:
        return "overflow";
    case ErrorCode::ScaleExceeded:
        return "scale_exceeded";
    case ErrorCode::InvalidFormat:
        return "invalid_format";
    case ErrorCode::UnknownAsset:
        return "unknown_asset";
    case ErrorCode::UnknownFiat:
        return "unknown_fiat";
    case ErrorCode::RateStale:
        return "rate_stale";
    case ErrorCode::RateDeviationTooHigh:
        return "rate_deviation_too_high";
    case ErrorCode::LimitExceeded:
        return "limit_exceeded";
    case ErrorCode::RiskHold:
        return "risk_hold";
    case ErrorCode::RequotePending:
        return "requote_pending";
    }
    return "unknown";
}

} // namespace p2pdesk::domain
