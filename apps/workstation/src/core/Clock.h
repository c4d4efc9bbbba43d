#pragma once

#include <QDateTime>

namespace p2pdesk::workstation {

// Age and deadline columns read the time through this so tests can move it.
class Clock {
public:
    virtual ~Clock();
    virtual qint64 nowMsecsSinceEpoch() const = 0;
};

class SystemClock final : public Clock {
public:
    qint64 nowMsecsSinceEpoch() const override;
    static SystemClock *instance();
};

class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 now = 0)
        : m_now(now)
    {
    }
    qint64 nowMsecsSinceEpoch() const override { return m_now; }
    void set(qint64 now) { m_now = now; }
    void advance(qint64 msecs) { m_now += msecs; }

private:
    qint64 m_now;
};

} // namespace p2pdesk::workstation
