#include "workers/BackgroundLoop.h"

#include <QElapsedTimer>
#include <QtTest>

#include <atomic>
#include <chrono>

using p2pdesk::syncd::workers::BackgroundLoop;
using namespace std::chrono_literals;

// The one thread loop under the notifier, the listener and the periodic workers.
class TestBackgroundLoop final : public QObject {
    Q_OBJECT

private slots:
    void wakeRunsATurnAndStopEndsTheLoop()
    {
        std::atomic<int> turns{0};
        BackgroundLoop loop("test");
        loop.start([&](BackgroundLoop &self) {
            while (self.waitForWake(1h))
                ++turns;
        });
        loop.wake();
        QTRY_COMPARE(turns.load(), 1);
        loop.wake();
        QTRY_COMPARE(turns.load(), 2);
        QElapsedTimer clock;
        clock.start();
        loop.stop(); // wakes the hour-long wait at once
        QVERIFY(clock.elapsed() < 5000);
        QVERIFY(loop.stopping());
    }

    void aWakeWhileBusyIsKeptForTheNextWait()
    {
        std::atomic<bool> release{false};
        std::atomic<int> turns{0};
        BackgroundLoop loop("busy");
        loop.start([&](BackgroundLoop &self) {
            while (self.waitForWake(1h)) {
                ++turns;
                while (!release.load() && !self.stopping())
                    std::this_thread::yield();
            }
        });
        loop.wake();
        QTRY_COMPARE(turns.load(), 1);
        // Three pokes while the first turn runs: coalesced into one more turn, not lost.
        loop.wake();
        loop.wake();
        loop.wake();
        release = true;
        QTRY_COMPARE(turns.load(), 2);
        loop.stop();
        QCOMPARE(turns.load(), 2);
    }

    void pauseIgnoresWakesButNotStop()
    {
        std::atomic<int> pauses{0};
        std::atomic<bool> pauseResult{true};
        BackgroundLoop loop("pause");
        loop.start([&](BackgroundLoop &self) {
            ++pauses;
            pauseResult = self.pause(1h);
        });
        QTRY_COMPARE(pauses.load(), 1);
        loop.wake(); // a retry pause is not cut short by work arriving
        QVERIFY(pauseResult.load());
        loop.stop();
        QCOMPARE(pauseResult.load(), false);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundLoop)
#include "tst_syncd_background_loop.moc"
