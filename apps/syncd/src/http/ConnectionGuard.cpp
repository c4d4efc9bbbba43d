#include "http/ConnectionGuard.h"

#include <sys/socket.h>
#include <unistd.h>

#include <Poco/Logger.h>

#include <algorithm>

namespace p2pdesk::syncd::http {

// Poco runs a connection's requests on the thread that runs the connection, so the dispatcher
// reaches its connection through the thread without Poco having to pass it along.
thread_local ConnectionGuard *ConnectionGuard::t_guard = nullptr;
thread_local ConnectionGuard::Entry *ConnectionGuard::t_entry = nullptr;

ConnectionGuard::ConnectionGuard(ConnectionLimits limits)
    : m_limits(limits)
    , m_watchdog([this] { watch(); })
{
}

ConnectionGuard::~ConnectionGuard()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_watchdog.join();
}

bool ConnectionGuard::admits(const std::string &address)
{
    if (m_limits.maxPerAddress == 0)
        return true;
    std::lock_guard lock(m_mutex);
    const auto it = m_perAddress.find(address);
    const bool ok = it == m_perAddress.end() || it->second < m_limits.maxPerAddress;
    if (!ok) {
        ++m_refusedOverCap;
        report(address);
    }
    return ok;
}

ConnectionGuard::Lease::Lease(ConnectionGuard &guard, const Poco::Net::StreamSocket &socket, std::string address)
    : m_guard(guard)
{
    const int fd = ::dup(socket.impl()->sockfd());
    if (fd < 0)
        return;
    {
        std::lock_guard lock(guard.m_mutex);
        auto &count = guard.m_perAddress[address];
        const bool overCap = guard.m_limits.maxPerAddress != 0 && count >= guard.m_limits.maxPerAddress;
        if (guard.m_closed || overCap) {
            if (count == 0)
                guard.m_perAddress.erase(address);
            if (overCap) {
                ++guard.m_refusedOverCap;
                guard.report(address);
            }
            ::close(fd);
            return;
        }
        ++count;
        m_entry = guard.m_live.insert(guard.m_live.end(), Entry{std::move(address), fd, std::nullopt});
        guard.setDeadline(*m_entry, guard.m_limits.headTimeout);
        m_admitted = true;
    }
    t_guard = &guard;
    t_entry = &*m_entry;
}

ConnectionGuard::Lease::~Lease()
{
    if (!m_admitted)
        return;
    t_guard = nullptr;
    t_entry = nullptr;
    std::lock_guard lock(m_guard.m_mutex);
    // Under the mutex, so the watchdog never shuts down a descriptor that is already closed.
    ::close(m_entry->fd);
    const auto it = m_guard.m_perAddress.find(m_entry->address);
    if (it != m_guard.m_perAddress.end() && --it->second == 0)
        m_guard.m_perAddress.erase(it);
    m_guard.m_live.erase(m_entry);
}

void ConnectionGuard::setDeadline(Entry &entry, std::optional<std::chrono::milliseconds> timeout)
{
    if (!timeout) {
        entry.deadline.reset();
        return;
    }
    const auto deadline = std::chrono::steady_clock::now() + *timeout;
    entry.deadline = deadline;
    if (deadline < m_nextWake) {
        m_nextWake = deadline;
        m_wake.notify_one();
    }
}

void ConnectionGuard::handlerStarted()
{
    if (t_guard == nullptr)
        return;
    std::lock_guard lock(t_guard->m_mutex);
    t_guard->setDeadline(*t_entry, std::nullopt);
}

void ConnectionGuard::transferStarted()
{
    if (t_guard == nullptr)
        return;
    std::lock_guard lock(t_guard->m_mutex);
    t_guard->setDeadline(*t_entry, t_guard->m_limits.transferTimeout);
}

void ConnectionGuard::transferFinished()
{
    handlerStarted();
}

void ConnectionGuard::responseSent()
{
    if (t_guard == nullptr)
        return;
    std::lock_guard lock(t_guard->m_mutex);
    t_guard->setDeadline(*t_entry, t_guard->m_limits.idleTimeout + t_guard->m_limits.headTimeout);
}

void ConnectionGuard::shutdownAll()
{
    std::lock_guard lock(m_mutex);
    m_closed = true;
    for (auto &entry : m_live)
        ::shutdown(entry.fd, SHUT_RDWR);
}

void ConnectionGuard::report(const std::string &lastAddress)
{
    const auto now = std::chrono::steady_clock::now();
    if (m_lastReport && now - *m_lastReport < std::chrono::minutes(1))
        return;
    m_lastReport = now;
    Poco::Logger::get("syncd.http")
        .warning("connection guard: " + std::to_string(m_refusedOverCap - m_reportedRefused) +
                 " connections refused (address over its cap) and " +
                 std::to_string(m_closedByDeadline - m_reportedClosed) +
                 " closed at their deadline since the last report; latest " + lastAddress + ", " +
                 std::to_string(m_live.size()) + " live");
    m_reportedRefused = m_refusedOverCap;
    m_reportedClosed = m_closedByDeadline;
}

ConnectionStats ConnectionGuard::stats() const
{
    std::lock_guard lock(m_mutex);
    return {m_live.size(), m_refusedOverCap, m_closedByDeadline};
}

void ConnectionGuard::watch()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        const auto now = std::chrono::steady_clock::now();
        auto next = std::chrono::steady_clock::time_point::max();
        for (auto &entry : m_live) {
            if (!entry.deadline)
                continue;
            if (*entry.deadline <= now) {
                // Wakes the connection's thread out of any blocked read or write (TLS included); it
                // then ends the connection and releases its lease.
                ::shutdown(entry.fd, SHUT_RDWR);
                entry.deadline.reset();
                ++m_closedByDeadline;
                report(entry.address);
            } else {
                next = std::min(next, *entry.deadline);
            }
        }
        m_nextWake = next;
        if (next == std::chrono::steady_clock::time_point::max())
            m_wake.wait(lock);
        else
            m_wake.wait_until(lock, next);
    }
}

} // namespace p2pdesk::syncd::http
