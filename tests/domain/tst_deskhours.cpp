#include "p2pdesk/domain/DeskHours.h"

#include <QObject>
#include <QString>
#include <QTest>

#include <chrono>

using namespace p2pdesk::domain;
using namespace std::chrono;

namespace {

// 2026-12-07 is a Monday. A UTC moment from a date and a wall-clock time.
DeskTime utc(int day, int hour, int minute = 0)
{
    return DeskTime{sys_days{year{2026} / December / day}.time_since_epoch() + hours{hour} + minutes{minute}};
}

DeskDay span(const char *text)
{
    auto parsed = parseDeskDay(text);
    if (!parsed)
        qFatal("unexpected error: %s", parsed.error().message.c_str());
    return parsed.value();
}

// Moscow (UTC+3): weekdays 09:00–21:00, Saturday 10:00–16:00, Sunday closed.
DeskHours moscowWeek()
{
    DeskHours hours;
    hours.utcOffsetMinutes = 180;
    for (int day = 0; day < 5; ++day)
        hours.days[std::size_t(day)] = span("09:00-21:00");
    hours.days[5] = span("10:00-16:00");
    return hours;
}

} // namespace

class TestDeskHours : public QObject {
    Q_OBJECT

private slots:
    void parsesSpans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("open");
        QTest::addColumn<int>("close");
        QTest::newRow("day") << "09:00-21:00" << 540 << 1260;
        QTest::newRow("one-digit hour, spaces") << " 9:30 - 18:00 " << 570 << 1080;
        QTest::newRow("en dash") << QStringLiteral("09:00\u201321:00") << 540 << 1260;
        QTest::newRow("whole day") << "00:00-24:00" << 0 << 1440;
        QTest::newRow("past midnight") << "22:00-06:00" << 1320 << 360;
        QTest::newRow("to midnight") << "18:00-24:00" << 1080 << 1440;
    }
    void parsesSpans()
    {
        QFETCH(QString, text);
        QFETCH(int, open);
        QFETCH(int, close);
        const auto parsed = parseDeskDay(text.toStdString());
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
        QCOMPARE(parsed.value().openMinute, open);
        QCOMPARE(parsed.value().closeMinute, close);
        // What the settings store reads back the same.
        QCOMPARE(parseDeskDay(formatDeskDay(parsed.value())).value(), parsed.value());
    }

    void refusesWhatIsNotASpan_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad :
             {"", "09:00", "9-21", "09:00-21", "09:60-21:00", "24:00-06:00", "09:00-24:30", "09:00-25:00",
              "09:00-00:00", "09:00-09:00", "0900-2100", "09:00-21:00-22:00", "a9:00-21:00", "09:000-21:00"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void refusesWhatIsNotASpan()
    {
        QFETCH(QString, text);
        const auto parsed = parseDeskDay(text.toStdString());
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error().code == ErrorCode::InvalidFormat);
        QVERIFY(parsed.error().message.find("opening hours") != std::string::npos);
    }

    void weekdayKeys()
    {
        for (int day = 0; day < 7; ++day)
            QCOMPARE(deskWeekday(deskWeekdayKey(day)), std::optional<int>(day));
        QCOMPARE(deskWeekday("Mon"), std::nullopt);
        QCOMPARE(deskWeekdayKey(7), std::string_view{});
    }

    // Closed days are left out, the rest keep week order whatever order they were set in.
    void daysAsStoredAndSent()
    {
        DeskHours hours;
        hours.days[6] = DeskDay{10 * 60, 16 * 60};
        hours.days[0] = DeskDay{22 * 60, 6 * 60};
        const auto days = formatDeskDays(hours);
        QCOMPARE(days.size(), std::size_t(2));
        QCOMPARE(days[0].first, std::string_view("mon"));
        QCOMPARE(days[0].second, std::string("22:00-06:00"));
        QCOMPARE(days[1].first, std::string_view("sun"));
        QCOMPARE(days[1].second, std::string("10:00-16:00"));
        QVERIFY(formatDeskDays(DeskHours{}).empty());
    }

    // The span's ends in local time: open at the first second, closed at the closing one.
    void openAtTheLocalHours()
    {
        const DeskHours hours = moscowWeek();
        QVERIFY(!isOpenAt(hours, utc(7, 5, 59)));  // Mon 08:59 Moscow
        QVERIFY(isOpenAt(hours, utc(7, 6, 0)));    // Mon 09:00
        QVERIFY(isOpenAt(hours, utc(7, 17, 59)));  // Mon 20:59
        QVERIFY(!isOpenAt(hours, utc(7, 18, 0)));  // Mon 21:00
        QVERIFY(isOpenAt(hours, utc(12, 7, 0)));   // Sat 10:00
        QVERIFY(!isOpenAt(hours, utc(12, 13, 0))); // Sat 16:00
        QVERIFY(!isOpenAt(hours, utc(13, 9, 0)));  // Sunday
        // The local day, not the UTC one: Tue 01:00 Moscow is Mon 22:00 UTC.
        DeskHours tuesdayOnly;
        tuesdayOnly.utcOffsetMinutes = 180;
        tuesdayOnly.days[1] = span("00:00-24:00");
        QVERIFY(isOpenAt(tuesdayOnly, utc(7, 22, 0)));
        QVERIFY(!isOpenAt(tuesdayOnly, utc(7, 20, 59)));
    }

    void aSpanPastMidnightBelongsToTheDayItOpens()
    {
        DeskHours night; // Friday night only, UTC
        night.days[4] = span("22:00-06:00");
        QVERIFY(!isOpenAt(night, utc(11, 21, 59)));
        QVERIFY(isOpenAt(night, utc(11, 22, 0)));
        QVERIFY(isOpenAt(night, utc(12, 5, 59))); // Saturday morning, Friday's span
        QVERIFY(!isOpenAt(night, utc(12, 6, 0)));
        QVERIFY(!isOpenAt(night, utc(12, 22, 0))); // Saturday has no span of its own
        QCOMPARE(nextOpening(night, utc(12, 6, 0)), std::optional<DeskTime>(utc(18, 22, 0)));
    }

    void nextOpeningIsNowOrTheNextStart()
    {
        const DeskHours hours = moscowWeek();
        QCOMPARE(nextOpening(hours, utc(7, 10, 0)), std::optional<DeskTime>(utc(7, 10, 0)));
        // Before opening the same day, after closing, over the weekend.
        QCOMPARE(nextOpening(hours, utc(7, 3, 0)), std::optional<DeskTime>(utc(7, 6, 0)));
        QCOMPARE(nextOpening(hours, utc(7, 18, 0)), std::optional<DeskTime>(utc(8, 6, 0)));
        QCOMPARE(nextOpening(hours, utc(12, 13, 0)), std::optional<DeskTime>(utc(14, 6, 0)));
        // One open day a week: after it, the same day a week later.
        DeskHours mondays;
        mondays.days[0] = span("09:00-10:00");
        QCOMPARE(nextOpening(mondays, utc(7, 10, 0)), std::optional<DeskTime>(utc(14, 9, 0)));
        QCOMPARE(nextOpening(DeskHours{}, utc(7, 10, 0)), std::nullopt);
    }

    void closingIsTheEndOfTheSpanNowIn()
    {
        const DeskHours hours = moscowWeek();
        QCOMPARE(currentClosing(hours, utc(7, 10, 0)), std::optional<DeskTime>(utc(7, 18, 0)));
        QCOMPARE(currentClosing(hours, utc(7, 18, 0)), std::nullopt);
        DeskHours night; // Friday 22:00 to Saturday 06:00, and Saturday 04:00-08:00 overlapping it
        night.days[4] = span("22:00-06:00");
        night.days[5] = span("04:00-08:00");
        QCOMPARE(currentClosing(night, utc(12, 1, 0)), std::optional<DeskTime>(utc(12, 6, 0)));
        QCOMPARE(currentClosing(night, utc(12, 5, 0)), std::optional<DeskTime>(utc(12, 8, 0)));
    }

    void localTimeForTheCustomer()
    {
        const DeskHours hours = moscowWeek();
        const auto at = deskLocalTime(hours, utc(8, 6, 0), utc(7, 20, 30)); // Tue 09:00 seen on Mon 23:30
        QCOMPARE(at.weekday, 1);
        QCOMPARE(at.minute, 540);
        QCOMPARE(at.daysFrom, 1);
        // Mon 02:30 Moscow is Sun 23:30 UTC: the same local day as Mon 09:00.
        QCOMPARE(deskLocalTime(hours, utc(7, 6, 0), utc(6, 23, 30)).daysFrom, 0);
        // West of Greenwich.
        DeskHours westward;
        westward.utcOffsetMinutes = -210;
        QCOMPARE(deskLocalTime(westward, utc(7, 2, 0), utc(7, 2, 0)).weekday, 6); // Sun 22:30
    }

    void offsetsAsCustomersReadThem()
    {
        QCOMPARE(formatUtcOffset(0), std::string("UTC"));
        QCOMPARE(formatUtcOffset(180), std::string("UTC+3"));
        QCOMPARE(formatUtcOffset(330), std::string("UTC+5:30"));
        QCOMPARE(formatUtcOffset(-210), std::string("UTC\xE2\x88\x92"
                                                    "3:30"));
    }
};

QTEST_APPLESS_MAIN(TestDeskHours)
#include "tst_deskhours.moc"
