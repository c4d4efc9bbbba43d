#pragma once

#include "db/ConnectionPool.h"
#include "workers/AdvisoryLock.h"

#include <chrono>
#include <functional>
#include <optional>
#include <utility>

namespace p2pdesk::syncd::workers {

// Whether a singleton worker that asks an outside service (a rate ticker, a block explorer) may
// work this round: one syncd instance per database holds the advisory lock, so the service sees
// one client however many instances run; and a service that asked the desk to wait (Retry-After)
// is left alone until then.
class OutsideCallTurn final {
public:
    using Clock = std::function<std::chrono::system_clock::time_point()>;
    enum class Turn {
        NotLeader, // another instance does this work
        Waiting,   // the service asked to wait and the time has not come
        Go,
    };

    OutsideCallTurn(db::ConnectionPool &pool, long long lockKey, Clock clock)
        : m_lock(pool, lockKey)
        , m_clock(std::move(clock))
    {
    }

    Turn take()
    {
        if (!m_lock.tryAcquire())
            return Turn::NotLeader;
        if (m_notBefore && m_clock() < *m_notBefore)
            return Turn::Waiting;
        m_notBefore.reset();
        return Turn::Go;
    }
    // The service throttles the desk, not one request: nothing is asked of it for `wait`.
    void backOff(std::chrono::seconds wait) { m_notBefore = m_clock() + wait; }

private:
    AdvisoryLock m_lock;
    const Clock m_clock;
    std::optional<std::chrono::system_clock::time_point> m_notBefore;
};

} // namespace p2pdesk::syncd::workers
