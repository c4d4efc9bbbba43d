#include "p2pdesk/domain/DeskHours.h"

#include <cstdint>

namespace p2pdesk::domain {

namespace {

constexpr std::string_view kWeekdayKeys[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr std::int64_t kDaySeconds = 86400;

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

// "9:00", "09:00", "24:00" → minutes; nullopt for anything else. `allowEndOfDay` admits 24:00.
std::optional<int> parseClock(std::string_view text, bool allowEndOfDay)
{
    text = trim(text);
    const auto colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 2 || text.size() != colon + 3)
        return std::nullopt;
    int hour = 0;
    for (char c : text.substr(0, colon)) {
        if (c < '0' || c > '9')
            return std::nullopt;
        hour = hour * 10 + (c - '0');
    }
    int minute = 0;
    for (char c : text.substr(colon + 1)) {
        if (c < '0' || c > '9')
            return std::nullopt;
        minute = minute * 10 + (c - '0');
    }
    if (minute > 59)
        return std::nullopt;
    if (hour == 24 && minute == 0 && allowEndOfDay)
        return 24 * 60;
    if (hour > 23)
        return std::nullopt;
    return hour * 60 + minute;
}

// Floor division: a moment before 1970 still falls on the day it is in.
std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

std::int64_t localSeconds(const DeskHours &hours, DeskTime at)
{
    return at.time_since_epoch().count() + std::int64_t(hours.utcOffsetMinutes) * 60;
}

// 1970-01-01 was a Thursday: day 0 → index 3 with Monday first.
int weekdayOf(std::int64_t localDay)
{
    return static_cast<int>(((localDay + 3) % 7 + 7) % 7);
}

DomainError badFormat(std::string_view text)
{
    return {ErrorCode::InvalidFormat,
            "opening hours must look like 09:00-21:00 (a span past midnight like 22:00-06:00, the whole day "
            "00:00-24:00), not \"" +
                std::string(text) + "\""};
}

} // namespace

Result<DeskDay> parseDeskDay(std::string_view text)
{
    const std::string_view whole = trim(text);
    std::size_t dash = whole.find('-');
    std::size_t dashLength = 1;
    if (dash == std::string_view::npos) {
        dash = whole.find("\xE2\x80\x93"); // an en dash, as word processors type it
        dashLength = 3;
    }
    if (dash == std::string_view::npos)
        return badFormat(whole);
    const auto open = parseClock(whole.substr(0, dash), false);
    const auto close = parseClock(whole.substr(dash + dashLength), true);
    if (!open || !close || *close == 0)
        return badFormat(whole);
    if (*open == *close)
        return DomainError{ErrorCode::InvalidFormat,
                           "opening hours cannot open and close at the same time; the whole day is 00:00-24:00"};
    return DeskDay{*open, *close};
}

std::string formatDeskDay(const DeskDay &day)
{
    const auto twoDigits = [](int value) { return std::string(1, char('0' + value / 10)) + char('0' + value % 10); };
    return twoDigits(day.openMinute / 60) + ':' + twoDigits(day.openMinute % 60) + '-' +
           twoDigits(day.closeMinute / 60) + ':' + twoDigits(day.closeMinute % 60);
}

std::optional<int> deskWeekday(std::string_view key)
{
    for (int i = 0; i < 7; ++i) {
        if (kWeekdayKeys[i] == key)
            return i;
    }
    return std::nullopt;
}

std::string_view deskWeekdayKey(int weekday)
{
    return weekday >= 0 && weekday < 7 ? kWeekdayKeys[weekday] : std::string_view{};
}

std::vector<std::pair<std::string_view, std::string>> formatDeskDays(const DeskHours &hours)
{
    std::vector<std::pair<std::string_view, std::string>> days;
    for (int weekday = 0; weekday < 7; ++weekday) {
        if (const auto &day = hours.days[std::size_t(weekday)])
            days.emplace_back(deskWeekdayKey(weekday), formatDeskDay(*day));
    }
    return days;
}

bool isOpenAt(const DeskHours &hours, DeskTime now)
{
    return currentClosing(hours, now).has_value();
}

std::optional<DeskTime> currentClosing(const DeskHours &hours, DeskTime now)
{
    const std::int64_t local = localSeconds(hours, now);
    const std::int64_t today = floorDiv(local, kDaySeconds);
    std::optional<std::int64_t> latestEnd;
    // Yesterday's span may run past midnight into today.
    for (std::int64_t day = today - 1; day <= today; ++day) {
        const auto &span = hours.days[std::size_t(weekdayOf(day))];
        if (!span)
            continue;
        const std::int64_t start = day * kDaySeconds + std::int64_t(span->openMinute) * 60;
        const int closeMinute = span->closeMinute > span->openMinute ? span->closeMinute : span->closeMinute + 1440;
        const std::int64_t end = day * kDaySeconds + std::int64_t(closeMinute) * 60;
        if (start <= local && local < end && (!latestEnd || end > *latestEnd))
            latestEnd = end;
    }
    if (!latestEnd)
        return std::nullopt;
    return DeskTime{std::chrono::seconds(*latestEnd - std::int64_t(hours.utcOffsetMinutes) * 60)};
}

std::optional<DeskTime> nextOpening(const DeskHours &hours, DeskTime now)
{
    if (isOpenAt(hours, now))
        return now;
    const std::int64_t local = localSeconds(hours, now);
    const std::int64_t today = floorDiv(local, kDaySeconds);
    // Starts grow with the day, so the first one ahead is the soonest; a week and a day covers
    // today's own later start and the same weekday next week.
    for (std::int64_t day = today; day <= today + 7; ++day) {
        const auto &span = hours.days[std::size_t(weekdayOf(day))];
        if (!span)
            continue;
        const std::int64_t start = day * kDaySeconds + std::int64_t(span->openMinute) * 60;
        if (start > local)
            return DeskTime{std::chrono::seconds(start - std::int64_t(hours.utcOffsetMinutes) * 60)};
    }
    return std::nullopt;
}

DeskLocalTime deskLocalTime(const DeskHours &hours, DeskTime at, DeskTime reference)
{
    const std::int64_t local = localSeconds(hours, at);
    const std::int64_t day = floorDiv(local, kDaySeconds);
    DeskLocalTime out;
    out.weekday = weekdayOf(day);
    out.minute = static_cast<int>((local - day * kDaySeconds) / 60);
    out.daysFrom = static_cast<int>(day - floorDiv(localSeconds(hours, reference), kDaySeconds));
    return out;
}

std::string formatUtcOffset(int minutes)
{
    if (minutes == 0)
        return "UTC";
    const int magnitude = minutes < 0 ? -minutes : minutes;
    std::string out = minutes < 0 ? "UTC\xE2\x88\x92" : "UTC+";
    out += std::to_string(magnitude / 60);
    if (magnitude % 60 != 0) {
        out += ':';
        out += char('0' + magnitude % 60 / 10);
        out += char('0' + magnitude % 10);
    }
    return out;
}

} // namespace p2pdesk::domain
