#include "tg/CustomerErrorText.h"

namespace p2pdesk::syncd::tg {

Text customerErrorText(proto::ApiErrorCode code) noexcept
{
    using C = proto::ApiErrorCode;
    switch (code) {
    case C::RateStale:
        return Text::RateStale;
    case C::LimitExceeded:
    case C::ValidationFailed:
        return Text::AmountOutOfRange;
    case C::RiskHold:
        return Text::CustomerBlocked;
    case C::NewOrdersPaused:
        return Text::NewOrdersPaused;
    case C::BankNotAccepted:
        return Text::BankNotAccepted;
    case C::InvalidTransition:
    case C::VersionConflict:
    case C::AlreadyTaken:
    case C::NotFound:
    case C::Conflict:
        return Text::NoLongerCurrent;
    case C::Forbidden:
    case C::ReasonRequired:
    case C::ProofRequired:
    case C::ApprovalRequired:
    case C::ChecklistIncomplete:
    case C::FinalRateRequired:
    case C::PayoutReferenceRequired:
    case C::WalletRequired:
    case C::RateDeviationTooHigh:
    case C::RequotePending:
        return Text::NotAllowedNow;
    default:
        return Text::SomethingWentWrong;
    }
}

} // namespace p2pdesk::syncd::tg
