#include "security/AccountLockout.h"

#include <QObject>
#include <QTest>

#include <chrono>
#include <climits>

using namespace p2pdesk::syncd::security;
using namespace std::chrono_literals;

namespace {

constexpr std::chrono::sys_seconds kNow{std::chrono::seconds{1700000000}};

} // namespace

class TestAccountLockout final : public QObject {
    Q_OBJECT

private slots:
    void defaultDurations_data();
    void defaultDurations();
    void lockedUntilAfterFailure();
    void lockIsOverExactlyAtLockedUntil();
    void simulatedAttackGrowsDelays();
    void customPolicy();
};

void TestAccountLockout::defaultDurations_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("none") << 0 << qint64(0);
    QTest::newRow("negative") << -1 << qint64(0);
    QTest::newRow("4 failures") << 4 << qint64(0);
    QTest::newRow("5th locks 1 min") << 5 << qint64(60);
    QTest::newRow("6th 2 min") << 6 << qint64(120);
    QTest::newRow("7th 4 min") << 7 << qint64(240);
    QTest::newRow("10th 32 min") << 10 << qint64(1920);
    QTest::newRow("11th capped at 1 h") << 11 << qint64(3600);
    QTest::newRow("100th capped") << 100 << qint64(3600);
    QTest::newRow("INT_MAX capped") << INT_MAX << qint64(3600);
}

void TestAccountLockout::defaultDurations()
{
    QFETCH(int, failures);
    QFETCH(qint64, seconds);
    QCOMPARE(lockoutDuration(failures).count(), seconds);
}

void TestAccountLockout::lockedUntilAfterFailure()
{
    QCOMPARE(lockoutAfterFailure(4, kNow), std::nullopt);
    QCOMPARE(lockoutAfterFailure(5, kNow), std::optional(kNow + 1min));
    QCOMPARE(lockoutAfterFailure(8, kNow), std::optional(kNow + 8min));
    QCOMPARE(lockoutAfterFailure(50, kNow), std::optional(kNow + 1h));
}

void TestAccountLockout::lockIsOverExactlyAtLockedUntil()
{
    const auto until = kNow + 60s;
    QVERIFY(!isLockedOut(std::nullopt, kNow));
    QVERIFY(isLockedOut(until, kNow));
    QVERIFY(isLockedOut(until, until - 1s));
    QVERIFY(!isLockedOut(until, until));
    QVERIFY(!isLockedOut(until, until + 1s));
}

// The intended login flow against a simulated row: an attacker who retries the moment each lock ends
// gets 4 free guesses and then waits 1, 2, 4 … minutes, never more than an hour at a time.
void TestAccountLockout::simulatedAttackGrowsDelays()
{
    int failedLogins = 0;
    std::optional<std::chrono::sys_seconds> lockedUntil;
    auto now = kNow;
    int guesses = 0;
    int refusedWhileLocked = 0;
    while (now < kNow + 24h) {
        if (isLockedOut(lockedUntil, now)) {
            ++refusedWhileLocked;
            now = *lockedUntil;
            continue;
        }
        ++guesses;
        ++failedLogins;
        lockedUntil = lockoutAfterFailure(failedLogins, now);
        now += 1s;
    }
    // 4 + (1+2+4+8+16+32 minutes = 63 min for 6 guesses) + one guess per hour after that.
    QVERIFY2(guesses >= 30 && guesses <= 40, qPrintable(QString::number(guesses)));
    QVERIFY(refusedWhileLocked > 0);
    QCOMPARE(lockoutDuration(failedLogins), std::chrono::seconds{1h});
}

void TestAccountLockout::customPolicy()
{
    LockoutPolicy policy;
    policy.failuresBeforeLockout = 3;
    policy.firstLockout = 10s;
    policy.maxLockout = 25s;
    QCOMPARE(lockoutAfterFailure(2, kNow, policy), std::nullopt);
    QCOMPARE(lockoutAfterFailure(3, kNow, policy), std::optional(kNow + 10s));
    QCOMPARE(lockoutAfterFailure(4, kNow, policy), std::optional(kNow + 20s));
    QCOMPARE(lockoutAfterFailure(5, kNow, policy), std::optional(kNow + 25s));
    LockoutPolicy disabled;
    disabled.firstLockout = 0s;
    QCOMPARE(lockoutAfterFailure(10, kNow, disabled), std::nullopt);
}

QTEST_APPLESS_MAIN(TestAccountLockout)
#include "tst_accountlockout.moc"
