#include "p2pdesk/domain/Clock.h"

namespace p2pdesk::domain {

Clock::TimePoint SystemClock::now() const
{
    return std::chrono::system_clock::now();
}

} // namespace p2pdesk::domain
