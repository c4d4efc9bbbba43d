#include "security/ClientRateLimiter.h"

#include <arpa/inet.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <stdexcept>

namespace p2pdesk::syncd::security {

ClientRateLimiter::ClientRateLimiter()
    : ClientRateLimiter(Config{})
{
}

ClientRateLimiter::ClientRateLimiter(Config config)
    : m_config(config)
{
    if (m_config.limit == 0 || m_config.window <= std::chrono::seconds::zero() || m_config.maxClients == 0)
        throw std::invalid_argument("rate limiter needs a positive limit, window and client cap");
}

ClientRateLimiter::Decision ClientRateLimiter::acquire(std::string_view clientKey, Clock::time_point now)
{
    const std::lock_guard lock(m_mutex);
    // Callers read the clock before taking the lock; keep time monotonic here so the recency list
    // stays ordered by lastSeen.
    if (now < m_latest)
        now = m_latest;
    m_latest = now;
    forgetStale(now);

    auto found = m_clients.find(clientKey);
    if (found == m_clients.end()) {
        if (m_clients.size() >= m_config.maxClients) {
            m_clients.erase(m_recency.back().key);
            m_recency.pop_back();
        }
        m_recency.push_front(Client{std::string(clientKey), {}, 0, now});
        m_recency.front().accepted.reserve(m_config.limit);
        found = m_clients.emplace(m_recency.front().key, m_recency.begin()).first;
    } else {
        m_recency.splice(m_recency.begin(), m_recency, found->second);
    }

    Client &client = *found->second;
    client.lastSeen = now;
    if (client.accepted.size() < m_config.limit) {
        client.accepted.push_back(now);
        return Decision{true, std::chrono::seconds::zero()};
    }
    Clock::time_point &oldest = client.accepted[client.oldest];
    const Clock::time_point expires = oldest + m_config.window;
    if (expires > now)
        return Decision{false, std::chrono::ceil<std::chrono::seconds>(expires - now)};
    oldest = now;
    client.oldest = (client.oldest + 1) % m_config.limit;
    return Decision{true, std::chrono::seconds::zero()};
}

void ClientRateLimiter::forgetStale(Clock::time_point now)
{
    // Every accepted attempt of a client unseen for a window has expired: it is indistinguishable
    // from a new one.
    while (!m_recency.empty() && m_recency.back().lastSeen + m_config.window <= now) {
        m_clients.erase(m_recency.back().key);
        m_recency.pop_back();
    }
}

std::size_t ClientRateLimiter::trackedClients() const
{
    const std::lock_guard lock(m_mutex);
    return m_clients.size();
}

std::string ClientRateLimiter::keyForAddress(std::string_view address)
{
    std::string text(address);
    if (text.size() > 2 && text.front() == '[' && text.back() == ']')
        text = text.substr(1, text.size() - 2);
    if (const auto zone = text.find('%'); zone != std::string::npos)
        text.resize(zone);

    std::array<unsigned char, 16> bytes{};
    if (inet_pton(AF_INET, text.c_str(), bytes.data()) == 1)
        return text;
    if (inet_pton(AF_INET6, text.c_str(), bytes.data()) != 1)
        return std::string(address);

    std::array<char, INET6_ADDRSTRLEN> out{};
    constexpr std::array<unsigned char, 12> kV4MappedPrefix{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF};
    if (std::memcmp(bytes.data(), kV4MappedPrefix.data(), kV4MappedPrefix.size()) == 0) {
        if (inet_ntop(AF_INET, bytes.data() + 12, out.data(), out.size()) == nullptr)
            return std::string(address);
        return std::string(out.data());
    }
    std::fill(bytes.begin() + 8, bytes.end(), 0);
    if (inet_ntop(AF_INET6, bytes.data(), out.data(), out.size()) == nullptr)
        return std::string(address);
    return std::string(out.data()) + "/64";
}

} // namespace p2pdesk::syncd::security
