#include "core/Clock.h"

namespace p2pdesk::workstation {

Clock::~Clock() = default;

qint64 SystemClock::nowMsecsSinceEpoch() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

SystemClock *SystemClock::instance()
{
    static SystemClock clock;
    return &clock;
}

} // namespace p2pdesk::workstation
