#include "p2pdesk/domain/KycLevel.h"

namespace p2pdesk::domain {

std::optional<KycLevel> kycLevelFromNumber(std::int64_t number) noexcept
{
    if (number < 0 || number >= kKycLevelCount)
        return std::nullopt;
    return static_cast<KycLevel>(number);
}

} // namespace p2pdesk::domain
