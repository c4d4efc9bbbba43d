#pragma once

#include <Poco/Net/StreamSocket.h>

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <list>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace p2pdesk::syncd::http {

struct ConnectionLimits {
    // Live connections one client address may hold; 0 = no cap.
    std::size_t maxPerAddress = 64;
    // TLS handshake + request head of a new connection (both run before any handler could act).
    std::chrono::milliseconds headTimeout{10000};
    // Between requests on a keep-alive connection, plus headTimeout for the next head.
    std::chrono::milliseconds idleTimeout{10000};
    // Reading a request body or writing a response.
    std::chrono::milliseconds transferTimeout{120000};
};

struct ConnectionStats {
    std::size_t live = 0;
    std::uint64_t refusedOverCap = 0;
    std::uint64_t closedByDeadline = 0;
};

// Poco serves each connection on one pooled thread for the connection's whole life and only has a
// per-read timeout, so a client dribbling bytes (or many idle sockets from one address) could hold
// every thread. The guard bounds both: a per-address cap on live connections, and deadlines for the
// phases a client controls (handshake + head, idle keep-alive, body/response transfer), enforced by
// one watchdog thread that shuts the socket down, which fails any blocked read or write at once.
// Handler time (database work, a long-poll's wait) has no deadline: the server controls it.
class ConnectionGuard final {
    struct Entry {
        std::string address;
        int fd = -1; // a dup() of the socket: never reused by another connection while we hold it
        std::optional<std::chrono::steady_clock::time_point> deadline;
    };

public:
    explicit ConnectionGuard(ConnectionLimits limits);
    ~ConnectionGuard();
    ConnectionGuard(const ConnectionGuard &) = delete;
    ConnectionGuard &operator=(const ConnectionGuard &) = delete;

    // At accept time, on the acceptor thread: false when the address already holds its cap. Only a
    // hint (queued connections are not counted yet); Lease re-checks.
    bool admits(const std::string &address);

    // One live connection, held by its thread while it is served. Registers the thread as the
    // connection's, so the static phase hooks below find it, and arms the handshake + head deadline.
    class Lease final {
    public:
        Lease(ConnectionGuard &guard, const Poco::Net::StreamSocket &socket, std::string address);
        ~Lease();
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;
        // false: refused (address over its cap, or the server is stopping); close at once.
        bool admitted() const { return m_admitted; }

    private:
        ConnectionGuard &m_guard;
        std::list<Entry>::iterator m_entry;
        bool m_admitted = false;
    };

    // Phase hooks for the request dispatcher, called on the connection's thread (no-ops elsewhere,
    // e.g. for a dispatcher driven without a guard).
    static void handlerStarted();  // the head is parsed: the server is in charge, no deadline
    static void transferStarted(); // body read or response write: transferTimeout
    static void transferFinished();
    static void responseSent(); // idle keep-alive, then the next head

    // Shuts down every live connection and refuses new ones (server stop).
    void shutdownAll();
    ConnectionStats stats() const;

private:
    // Under m_mutex. nullopt: no deadline.
    void setDeadline(Entry &entry, std::optional<std::chrono::milliseconds> timeout);
    // Under m_mutex: a warning with what was refused or closed since the last one, at most once a
    // minute, so an attack is visible in the log without one line per connection.
    void report(const std::string &lastAddress);
    void watch();

    static thread_local ConnectionGuard *t_guard;
    static thread_local Entry *t_entry;

    const ConnectionLimits m_limits;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::list<Entry> m_live;
    std::map<std::string, std::size_t> m_perAddress;
    std::chrono::steady_clock::time_point m_nextWake = std::chrono::steady_clock::time_point::max();
    std::uint64_t m_refusedOverCap = 0;
    std::uint64_t m_closedByDeadline = 0;
    std::uint64_t m_reportedRefused = 0;
    std::uint64_t m_reportedClosed = 0;
    std::optional<std::chrono::steady_clock::time_point> m_lastReport;
    bool m_closed = false;   // refuses new connections
    bool m_stopping = false; // ends the watchdog
    std::thread m_watchdog;
};

} // namespace p2pdesk::syncd::http
