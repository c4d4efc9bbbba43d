#include "mail/EmailOutboxSender.h"

#include "db/repositories/OutboxRepository.h"

#include <Poco/Logger.h>
#include <pqxx/transaction>

#include <algorithm>
#include <cmath>

namespace p2pdesk::syncd::mail {

namespace {

constexpr int kBatch = 50;

Poco::Logger &logger()
{
    return Poco::Logger::get("syncd.mail.outbox");
}

std::string stringField(const nlohmann::json &payload, const char *key)
{
    return payload.is_object() && payload.contains(key) && payload[key].is_string() ? payload[key].get<std::string>()
                                                                                    : std::string();
}

} // namespace

EmailOutboxSender::EmailOutboxSender(db::ConnectionPool &pool, const SmtpSender &smtp, Clock now, int maxAttempts)
    : m_pool(pool)
    , m_smtp(smtp)
    , m_now(std::move(now))
    , m_maxAttempts(std::max(1, maxAttempts))
    , m_lock(pool, kLockKey)
    , m_random(std::random_device{}())
{
}

std::chrono::system_clock::time_point EmailOutboxSender::backoff(int attempts,
                                                                 std::chrono::system_clock::time_point now)
{
    const double base = std::min(30.0 * std::pow(2.0, std::min(attempts, 10)), 3600.0);
    std::uniform_real_distribution<double> jitter(0.8, 1.2);
    const auto delay = std::chrono::duration<double>(base * jitter(m_random));
    return now + std::chrono::duration_cast<std::chrono::system_clock::duration>(delay);
}

int EmailOutboxSender::runOnce()
{
    if (!m_lock.tryAcquire())
        return 0;
    try {
        std::vector<db::OutboxRow> rows;
        {
            pqxx::work tx(m_lock.connection());
            rows = db::OutboxRepository::dueOn(tx, db::OutboxChannel::Email, m_now(), kBatch);
            tx.commit();
        }
        int delivered = 0;
        for (const auto &row : rows) {
            EmailMessage message{row.recipient, stringField(row.payload, "subject"), stringField(row.payload, "text")};
            if (message.subject.empty() || message.text.empty()) {
                pqxx::work tx(m_lock.connection());
                db::OutboxRepository::markFailed(tx, row.id, "payload has no subject or text");
                tx.commit();
                continue;
            }
            try {
                m_smtp.send(message);
            } catch (const SmtpError &e) {
                pqxx::work tx(m_lock.connection());
                const std::string reason = e.what();
                if (e.kind() == SmtpError::Kind::Permanent) {
                    db::OutboxRepository::markFailed(tx, row.id, reason);
                    logger().error("e-mail %?d refused for good: %s", row.id, reason);
                    tx.commit();
                    continue;
                }
                if (row.attempts + 1 >= m_maxAttempts) {
                    db::OutboxRepository::markFailed(tx, row.id, reason);
                    logger().error("e-mail %?d failed after %d attempts: %s", row.id, row.attempts + 1, reason);
                } else {
                    db::OutboxRepository::reschedule(tx, row.id, backoff(row.attempts, m_now()), reason);
                    logger().warning("e-mail %?d not delivered, will retry: %s", row.id, reason);
                }
                tx.commit();
                break;
            }
            pqxx::work tx(m_lock.connection());
            db::OutboxRepository::markSent(tx, row.id, std::nullopt);
            tx.commit();
            ++delivered;
        }
        return delivered;
    } catch (...) {
        m_lock.reset();
        throw;
    }
}

} // namespace p2pdesk::syncd::mail
