#include "feed/ChangeListener.h"

#include "feed/ChangeNotifier.h"

#include <Poco/Logger.h>
#include <pqxx/nontransaction>
#include <pqxx/notification>
#include <pqxx/result>

#include <algorithm>

namespace p2pdesk::syncd::feed {

namespace {

class Receiver final : public pqxx::notification_receiver {
public:
    Receiver(pqxx::connection &conn, const std::string &channel)
        : pqxx::notification_receiver(conn, channel)
    {
    }
    void operator()(const std::string &, int) override { ++count; }
    int count = 0;
};

constexpr auto kIdleWait = std::chrono::milliseconds(250);
constexpr auto kMinPoll = std::chrono::milliseconds(5);
constexpr auto kMaxPoll = std::chrono::milliseconds(100);

} // namespace

ChangeListener::ChangeListener(db::ConnectionPool &pool)
    : m_pool(pool)
{
}

ChangeListener::~ChangeListener()
{
    stop();
}

void ChangeListener::start()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
    }
    m_loop.start([this](workers::BackgroundLoop &loop) { run(loop); });
}

void ChangeListener::stop()
{
    // m_stopping releases long-polls waiting in waitBeyond(); the loop's own flag ends the thread.
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_loop.stop();
}

std::int64_t ChangeListener::horizon() const
{
    std::lock_guard lock(m_mutex);
    return m_horizon;
}

std::int64_t ChangeListener::epoch() const
{
    std::lock_guard lock(m_mutex);
    return m_epoch;
}

std::size_t ChangeListener::waiterCount() const
{
    std::lock_guard lock(m_mutex);
    return m_waiters;
}

void ChangeListener::subscribe(Observer observer)
{
    std::lock_guard lock(m_observerMutex);
    m_observers.push_back(std::move(observer));
}

bool ChangeListener::check(pqxx::connection &conn, std::int64_t &before, std::int64_t &after)
{
    // One statement = one snapshot: the xmin/xmax and max(seq) describe the same instant.
    pqxx::nontransaction tx(conn);
    // The epoch rides along (no extra round trip) and is read every time rather than once, so that
    // it can never be stale for the seqs it is sent with.
    const auto row = tx.exec1("SELECT pg_snapshot_xmin(s)::text, pg_snapshot_xmax(s)::text, "
                              "(SELECT coalesce(max(seq), 0) FROM change_events), "
                              "(SELECT epoch FROM change_feed_epoch) FROM pg_current_snapshot() AS s");
    const auto xmin = std::stoull(row[0].as<std::string>());
    const auto xmax = std::stoull(row[1].as<std::string>());
    const auto maxSeq = row[2].as<std::int64_t>();
    const auto epoch = row[3].as<std::int64_t>(0);

    std::lock_guard lock(m_mutex);
    m_epoch = epoch;
    before = m_horizon;
    if (maxSeq > m_horizon && (m_candidates.empty() || m_candidates.back().maxSeq < maxSeq))
        m_candidates.push_back({maxSeq, xmax});
    while (!m_candidates.empty() && m_candidates.front().xmax <= xmin) {
        m_horizon = std::max(m_horizon, m_candidates.front().maxSeq);
        m_candidates.pop_front();
    }
    after = m_horizon;
    return after > before;
}

void ChangeListener::publish(pqxx::connection *conn, std::int64_t before, std::int64_t after)
{
    m_changed.notify_all();
    std::vector<Observer> observers;
    {
        std::lock_guard lock(m_observerMutex);
        observers = m_observers;
    }
    if (observers.empty())
        return;
    std::set<std::string> kinds;
    if (conn == nullptr) {
        kinds.insert("*");
    } else {
        pqxx::nontransaction tx(*conn);
        for (const auto &row :
             tx.exec_params("SELECT DISTINCT kind FROM change_events WHERE seq > $1 AND seq <= $2", before, after))
            kinds.insert(row[0].as<std::string>());
    }
    for (const auto &observer : observers)
        observer(kinds);
}

std::int64_t ChangeListener::refresh()
{
    std::int64_t before = 0;
    std::int64_t after = 0;
    bool advanced = false;
    {
        auto conn = m_pool.acquire();
        try {
            advanced = check(*conn, before, after);
        } catch (const std::exception &) {
            conn.markBroken();
            throw;
        }
    }
    if (advanced)
        m_changed.notify_all();
    return after;
}

std::int64_t ChangeListener::waitBeyond(std::int64_t since, std::chrono::steady_clock::time_point deadline)
{
    std::unique_lock lock(m_mutex);
    ++m_waiters;
    m_changed.wait_until(lock, deadline, [&] { return m_stopping || m_horizon > since; });
    --m_waiters;
    return m_horizon;
}

void ChangeListener::run(workers::BackgroundLoop &loop)
{
    auto &log = Poco::Logger::get("syncd.feed.listener");
    std::unique_ptr<pqxx::connection> conn;
    std::unique_ptr<Receiver> receiver;
    auto poll = kMinPoll;
    while (!loop.stopping()) {
        bool pending = false;
        {
            std::lock_guard lock(m_mutex);
            pending = !m_candidates.empty();
        }
        try {
            bool reconnected = false;
            if (!conn || !conn->is_open()) {
                receiver.reset();
                conn = m_pool.openDedicated();
                receiver = std::make_unique<Receiver>(*conn, ChangeNotifier::kChannel);
                reconnected = true;
            }
            const auto wait = pending ? poll : std::chrono::duration_cast<std::chrono::milliseconds>(kIdleWait);
            const int notified = reconnected ? 0 : conn->await_notification(0, static_cast<long>(wait.count()) * 1000);
            if (reconnected || notified > 0 || pending) {
                std::int64_t before = 0;
                std::int64_t after = 0;
                if (check(*conn, before, after)) {
                    poll = kMinPoll;
                    publish(conn.get(), before, after);
                } else if (pending) {
                    poll = std::min(poll * 2, kMaxPoll);
                }
                // Events may have passed unnoticed while the connection was down.
                if (reconnected)
                    publish(nullptr, before, after);
            }
        } catch (const std::exception &e) {
            log.warning(std::string("change listener: ") + e.what());
            receiver.reset();
            conn.reset();
            if (!loop.pause(std::chrono::milliseconds(500)))
                break;
        }
    }
    receiver.reset();
    conn.reset();
}

} // namespace p2pdesk::syncd::feed
