#pragma once

#include <chrono>

namespace p2pdesk::domain {

// Time is injected so deadlines, staleness and warnings are testable without sleeping.
class Clock {
public:
    using TimePoint = std::chrono::system_clock::time_point;

    virtual ~Clock() = default;
    virtual TimePoint now() const = 0;
};

class SystemClock final : public Clock {
public:
    TimePoint now() const override;
};

// A clock that only moves when told to.
class FixedClock final : public Clock {
public:
    explicit FixedClock(TimePoint at)
        : m_now(at)
    {
    }

    TimePoint now() const override { return m_now; }
    void set(TimePoint at) { m_now = at; }
    void advance(std::chrono::system_clock::duration by) { m_now += by; }

private:
    TimePoint m_now;
};

} // namespace p2pdesk::domain
