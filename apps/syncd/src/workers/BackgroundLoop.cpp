#include "workers/BackgroundLoop.h"

namespace p2pdesk::syncd::workers {

BackgroundLoop::BackgroundLoop(std::string name)
    : m_name(std::move(name))
{
}

BackgroundLoop::~BackgroundLoop()
{
    stop();
}

void BackgroundLoop::start(std::function<void(BackgroundLoop &)> body)
{
    std::lock_guard lock(m_mutex);
    if (m_thread.joinable())
        return;
    m_stopping = false;
    m_thread = std::thread([this, body = std::move(body)] { body(*this); });
}

void BackgroundLoop::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_cv.notify_all();
    if (m_thread.joinable() && m_thread.get_id() != std::this_thread::get_id())
        m_thread.join();
}

void BackgroundLoop::wake()
{
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_cv.notify_all();
}

bool BackgroundLoop::stopping() const
{
    std::lock_guard lock(m_mutex);
    return m_stopping;
}

bool BackgroundLoop::waitForWake(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    m_cv.wait_for(lock, timeout, [this] { return m_stopping || m_woken; });
    if (m_stopping)
        return false;
    m_woken = false;
    return true;
}

bool BackgroundLoop::pause(std::chrono::milliseconds pause)
{
    std::unique_lock lock(m_mutex);
    return !m_cv.wait_for(lock, pause, [this] { return m_stopping; });
}

} // namespace p2pdesk::syncd::workers
