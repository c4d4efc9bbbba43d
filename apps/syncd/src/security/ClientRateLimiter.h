#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <list>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace p2pdesk::syncd::security {

// In-memory attempt limit per client (e.g. login attempts per IP address → 429 rate_limited): at
// most `limit` attempts in any sliding `window`, exactly (a log of the last `limit` accepted
// attempts per client; a token bucket would let twice the limit through in its worst window).
//
// Memory stays bounded: a client whose last attempt is a full window old is back to a fresh state
// and is forgotten, and beyond `maxClients` the least recently seen client is forgotten (a flood of
// distinct addresses then only weakens the limit for the oldest ones instead of exhausting memory
// or locking everyone out). Memory is about 100 + 8 × limit bytes per client, so the defaults cap it
// near 25 MB. Per instance and lost on restart, by design: the persistent, per-account
// defence is AccountLockout. Thread-safe; time is injected.
class ClientRateLimiter final {
public:
    using Clock = std::chrono::steady_clock;

    struct Config {
        std::size_t limit = 20;
        std::chrono::seconds window{std::chrono::minutes{5}};
        std::size_t maxClients = 100000;
    };

    struct Decision {
        bool allowed = false;
        std::chrono::seconds retryAfter{0}; // when refused: seconds until the next attempt passes (Retry-After)
    };

    // Throws std::invalid_argument for a zero limit, window or client cap.
    explicit ClientRateLimiter(Config config);
    ClientRateLimiter();

    // Counts one attempt by `clientKey` at `now` if it is within the limit; a refused attempt is not
    // counted. Call it before doing any work for the request.
    Decision acquire(std::string_view clientKey, Clock::time_point now);

    std::size_t trackedClients() const;

    // The key to limit by for a peer address: an IPv4 address as is (also when IPv4-mapped), an IPv6
    // address by its /64 prefix, since one host usually owns a whole /64. Zone ids are dropped; text
    // that is not an address is returned unchanged.
    static std::string keyForAddress(std::string_view address);

private:
    struct Client {
        std::string key;
        std::vector<Clock::time_point> accepted; // ring of the last `limit` accepted attempts
        std::size_t oldest = 0;                  // index of the oldest entry once the ring is full
        Clock::time_point lastSeen;
    };
    struct KeyHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view key) const noexcept { return std::hash<std::string_view>{}(key); }
    };
    using Recency = std::list<Client>; // most recently seen first

    void forgetStale(Clock::time_point now);

    Config m_config;
    mutable std::mutex m_mutex;
    Recency m_recency;
    std::unordered_map<std::string, Recency::iterator, KeyHash, std::equal_to<>> m_clients;
    Clock::time_point m_latest{};
};

} // namespace p2pdesk::syncd::security
