#include "p2pdesk/proto/Timestamp.h"

#include <cstdio>

namespace p2pdesk::proto {

namespace {

using namespace std::chrono;

// Parses exactly `count` ASCII digits at text[pos]; -1 when any is not a digit.
int digits(std::string_view text, std::size_t pos, std::size_t count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

bool at(std::string_view text, std::size_t pos, char expected)
{
    return pos < text.size() && text[pos] == expected;
}

} // namespace

std::string formatTimestamp(Timestamp value)
{
    const auto day = floor<days>(value);
    const year_month_day ymd{day};
    const hh_mm_ss<microseconds> time{value - day};
    const auto micros = static_cast<int>(time.subseconds().count());

    char buffer[48];
    int written = std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02d", static_cast<int>(ymd.year()),
                                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                                static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                                static_cast<int>(time.seconds().count()));
    std::string out(buffer, static_cast<std::size_t>(written));
    if (micros != 0) {
        if (micros % 1000 == 0)
            written = std::snprintf(buffer, sizeof buffer, ".%03d", micros / 1000);
        else
            written = std::snprintf(buffer, sizeof buffer, ".%06d", micros);
        out.append(buffer, static_cast<std::size_t>(written));
    }
    out += 'Z';
    return out;
}

std::optional<Timestamp> parseTimestamp(std::string_view text)
{
    // YYYY-MM-DDTHH:MM:SS
    const int yearValue = digits(text, 0, 4);
    const int monthValue = digits(text, 5, 2);
    const int dayValue = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (yearValue < 0 || monthValue < 0 || dayValue < 0 || hour < 0 || minute < 0 || second < 0)
        return std::nullopt;
    if (!at(text, 4, '-') || !at(text, 7, '-') || !at(text, 10, 'T') || !at(text, 13, ':') || !at(text, 16, ':'))
        return std::nullopt;
    if (hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    const year_month_day ymd{year{yearValue}, month{static_cast<unsigned>(monthValue)},
                             day{static_cast<unsigned>(dayValue)}};
    if (!ymd.ok())
        return std::nullopt;

    std::size_t pos = 19;
    std::int64_t micros = 0;
    if (at(text, pos, '.')) {
        ++pos;
        std::size_t count = 0;
        while (pos + count < text.size() && text[pos + count] >= '0' && text[pos + count] <= '9')
            ++count;
        if (count == 0 || count > 6)
            return std::nullopt;
        micros = digits(text, pos, count);
        for (std::size_t i = count; i < 6; ++i)
            micros *= 10;
        pos += count;
    }

    minutes offset{0};
    if (at(text, pos, 'Z')) {
        ++pos;
    } else if (at(text, pos, '+') || at(text, pos, '-')) {
        const bool negative = text[pos] == '-';
        const int offsetHours = digits(text, pos + 1, 2);
        const int offsetMinutes = digits(text, pos + 4, 2);
        if (offsetHours < 0 || offsetMinutes < 0 || !at(text, pos + 3, ':') || offsetHours > 23 || offsetMinutes > 59)
            return std::nullopt;
        offset = hours{offsetHours} + minutes{offsetMinutes};
        if (negative)
            offset = -offset;
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != text.size())
        return std::nullopt;

    return Timestamp{sys_days{ymd}} + hours{hour} + minutes{minute} + seconds{second} + microseconds{micros} - offset;
}

} // namespace p2pdesk::proto
