#pragma once

#include "db/ConnectionPool.h"
#include "mail/SmtpSender.h"
#include "workers/AdvisoryLock.h"

#include <chrono>
#include <functional>
#include <random>

namespace p2pdesk::syncd::mail {

// Delivers the outbox's e-mail rows (channel 'email', payload {"subject", "text"}, recipient the
// address) through an SmtpSender. One sender per database: runOnce() takes an advisory lock first
// and sends nothing while another instance holds it.
//
// Outcomes per message:
//   accepted                        → sent
//   SMTP 5xx on MAIL/RCPT/DATA      → failed (the server will never take it), no further attempt
//   4xx, network, TLS, AUTH refused → retried with backoff min(2^attempts · 30 s, 1 h) ± 20 %,
//                                     failed after maxAttempts
//   payload without subject/text    → failed
// A temporary failure ends the round: the next message would most likely meet the same server.
// Time is the injected clock, so tests drive retries without sleeping.
class EmailOutboxSender final {
public:
    static constexpr long long kLockKey = 0x7032706d61696c73; // "p2pmails"
    using Clock = std::function<std::chrono::system_clock::time_point()>;

    EmailOutboxSender(db::ConnectionPool &pool, const SmtpSender &smtp, Clock now = &std::chrono::system_clock::now,
                      int maxAttempts = 10);

    // One round over what is due; returns the number of e-mails accepted by the server. 0 when
    // another instance holds the lock. Throws on database errors.
    int runOnce();

private:
    std::chrono::system_clock::time_point backoff(int attempts, std::chrono::system_clock::time_point now);

    db::ConnectionPool &m_pool;
    const SmtpSender &m_smtp;
    Clock m_now;
    int m_maxAttempts;
    workers::AdvisoryLock m_lock;
    std::mt19937 m_random;
};

} // namespace p2pdesk::syncd::mail
