#include "tg/UpdatePoller.h"

#include "db/Transaction.h"
#include "db/repositories/TgUpdateRepository.h"
#include "service/TelegramInbox.h"
#include "tg/BotApiClient.h"
#include "workers/AdvisoryLock.h"

#include <Poco/Logger.h>

#include <algorithm>

namespace p2pdesk::syncd::tg {

namespace {

Poco::Logger &logger()
{
    return Poco::Logger::get("syncd.tg.poller");
}

// What the bot serves; Telegram keeps the last list when the parameter is omitted, so always send it.
const std::vector<std::string> kAllowedUpdates = {"message", "edited_message", "callback_query", "my_chat_member"};

} // namespace

UpdatePoller::UpdatePoller(db::ConnectionPool &pool, service::TelegramInbox &inbox, BotApiClient &client,
                           Options options)
    : m_pool(pool)
    , m_inbox(inbox)
    , m_client(client)
    , m_options(options)
{
}

UpdatePoller::~UpdatePoller()
{
    stop();
}

void UpdatePoller::start()
{
    {
        std::lock_guard lock(m_errorMutex);
        m_startedAt = std::chrono::system_clock::now();
    }
    m_loop.start([this](workers::BackgroundLoop &loop) { run(loop); });
}

void UpdatePoller::stop()
{
    m_loop.stop();
}

std::string UpdatePoller::lastError() const
{
    std::lock_guard lock(m_errorMutex);
    return m_lastError;
}

void UpdatePoller::setError(const std::string &error)
{
    std::lock_guard lock(m_errorMutex);
    m_lastError = error;
}

void UpdatePoller::noteTurn()
{
    std::lock_guard lock(m_errorMutex);
    m_lastTurn = std::chrono::system_clock::now();
    m_failures = 0;
    m_failingSince.reset();
}

void UpdatePoller::noteFailure(const std::string &error)
{
    std::lock_guard lock(m_errorMutex);
    m_lastError = error;
    if (m_failures++ == 0)
        m_failingSince = std::chrono::system_clock::now();
    ++m_failuresTotal;
}

workers::PeriodicWorker::Health UpdatePoller::health() const
{
    std::lock_guard lock(m_errorMutex);
    workers::PeriodicWorker::Health out;
    out.name = "tg_poller";
    out.consecutiveFailures = m_failures;
    out.lastError = m_lastError;
    out.failingSince = m_failingSince;
    out.lastSuccess = m_lastTurn;
    out.failuresTotal = m_failuresTotal;
    out.interval = std::chrono::seconds(m_options.timeoutSeconds);
    return out;
}

std::chrono::seconds UpdatePoller::lag() const
{
    std::lock_guard lock(m_errorMutex);
    const auto since = m_lastTurn.value_or(m_startedAt);
    return std::max(std::chrono::seconds(0),
                    std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now() - since));
}

void UpdatePoller::run(workers::BackgroundLoop &loop)
{
    workers::AdvisoryLock leadership(m_pool, kLockKey);
    std::optional<std::int64_t> offset;
    while (!loop.stopping()) {
        try {
            if (!leadership.tryAcquire()) {
                m_leader = false;
                offset.reset();
                noteTurn();
                loop.pause(std::chrono::seconds(2));
                continue;
            }
            if (!m_leader.exchange(true))
                logger().information("this instance polls Telegram for updates");
            if (!offset) {
                // Continue above what is stored: after a restart, or after taking over from
                // another instance, nothing stored is asked for again (nor lost: Telegram keeps
                // unconfirmed updates, and everything stored is confirmed by this offset).
                const auto max = db::inTransaction(
                    m_pool, [](db::Transaction &tx) { return db::TgUpdateRepository::maxUpdateId(tx.work()); });
                offset = max ? *max + 1 : 0;
            }
            const auto updates = m_client.getUpdates(*offset, 100, m_options.timeoutSeconds, kAllowedUpdates);
            if (!updates.is_array() || updates.empty()) {
                noteTurn();
                continue;
            }
            std::vector<nlohmann::json> batch(updates.begin(), updates.end());
            std::int64_t next = *offset;
            for (const auto &update : batch)
                if (update.contains("update_id") && update["update_id"].is_number_integer())
                    next = std::max(next, update["update_id"].get<std::int64_t>() + 1);
            int skipped = 0;
            m_inbox.store(batch, &skipped);
            if (skipped > 0)
                logger().warning("%d updates without an update_id were dropped", skipped);
            // Only now is the batch durable: the next call confirms it.
            offset = next;
            ++m_batches;
            setError({});
            noteTurn();
        } catch (const BotApiError &e) {
            noteFailure(e.what());
            if (e.kind() == BotApiErrorKind::Conflict) {
                // A webhook is set for this token, or another program polls it: report and wait;
                // never fight over the token.
                logger().error("Telegram refuses polling: %s", std::string(e.what()));
                loop.pause(std::chrono::seconds(10));
            } else if (e.kind() == BotApiErrorKind::Unauthorized) {
                logger().error("Telegram refuses the bot token");
                loop.pause(std::chrono::seconds(60));
            } else {
                const auto pause = e.retryAfter()
                                       ? std::chrono::duration_cast<std::chrono::milliseconds>(*e.retryAfter())
                                       : m_options.retryPause;
                logger().warning("getUpdates failed: %s", std::string(e.what()));
                loop.pause(pause);
            }
        } catch (const std::exception &e) {
            // Database down (nothing was confirmed, so nothing is lost) or the lock's connection
            // broke: drop leadership and compete again after a pause.
            noteFailure(e.what());
            logger().warning("polling paused: %s", std::string(e.what()));
            leadership.reset();
            m_leader = false;
            offset.reset();
            loop.pause(m_options.retryPause);
        }
    }
}

} // namespace p2pdesk::syncd::tg
