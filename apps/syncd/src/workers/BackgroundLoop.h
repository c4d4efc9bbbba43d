#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace p2pdesk::syncd::workers {

// One background thread and the one way syncd starts, wakes, pauses and stops it. The change
// notifier, the change listener and the periodic workers (and the Telegram poller and outbox
// sender to come) run their loops on it, so each says only what one turn of its loop does.
//
// The body runs once on the thread and loops itself, typically `while (loop.waitForWake(t))`.
// stop() returns when the body has returned; a body must therefore check stopping() (or the
// return value of the waits) at least once per turn, and never block longer than a turn.
class BackgroundLoop final {
public:
    explicit BackgroundLoop(std::string name);
    ~BackgroundLoop();
    BackgroundLoop(const BackgroundLoop &) = delete;
    BackgroundLoop &operator=(const BackgroundLoop &) = delete;

    // Starts the thread unless it runs already.
    void start(std::function<void(BackgroundLoop &)> body);
    void stop();
    // Wakes a waitForWake(); a wake while the body is busy is kept for its next wait.
    void wake();

    bool stopping() const;
    // Waits for wake(), stop() or the timeout. false once stopping; a wake is consumed.
    bool waitForWake(std::chrono::milliseconds timeout);
    // Waits for stop() or the pause, ignoring wakes (a retry after a failure). false once stopping.
    bool pause(std::chrono::milliseconds pause);

    const std::string &name() const { return m_name; }

private:
    const std::string m_name;
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_stopping = false;
    bool m_woken = false;
    std::thread m_thread;
};

} // namespace p2pdesk::syncd::workers
