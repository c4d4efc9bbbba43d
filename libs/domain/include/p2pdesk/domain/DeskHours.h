#pragma once

#include "p2pdesk/domain/Result.h"

#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The desk's opening hours: when the bot takes new exchanges by the clock, and when it opens again.
//
// The hours are a week of local times at one fixed UTC offset, not a time-zone name: the desk's
// owner says "09:00–21:00 Moscow time", Moscow has kept UTC+3 since 2014, and a pure library has no
// time-zone database (C++20's chrono tzdb is not in Debian 12's libstdc++). A desk in a zone that
// moves its clocks edits the offset twice a year; the settings page says so.
namespace p2pdesk::domain {

// One day's span in local minutes since midnight. close > open: the same day ("09:00-21:00");
// close <= open: the span runs past midnight into the next day ("22:00-06:00"). "00:00-24:00" is
// the whole day; open == close would be ambiguous (nothing or all day) and is refused.
struct DeskDay {
    int openMinute = 0;  // 0..1439
    int closeMinute = 0; // 1..1440

    bool operator==(const DeskDay &) const = default;
};

inline constexpr int kMinDeskUtcOffsetMinutes = -12 * 60;
inline constexpr int kMaxDeskUtcOffsetMinutes = 14 * 60;

struct DeskHours {
    int utcOffsetMinutes = 0;                     // kMin…kMaxDeskUtcOffsetMinutes
    std::array<std::optional<DeskDay>, 7> days{}; // Monday first; nullopt: closed all that day

    bool operator==(const DeskHours &) const = default;
};

// "09:00-21:00" (a hyphen or an en dash, spaces around it allowed) → the span; InvalidFormat with
// a message an admin can act on otherwise.
Result<DeskDay> parseDeskDay(std::string_view text);
// The span as parseDeskDay reads it back: "09:00-21:00".
std::string formatDeskDay(const DeskDay &day);
// "mon".."sun" → 0..6; nullopt for anything else. The wire and the settings use these keys.
std::optional<int> deskWeekday(std::string_view key);
std::string_view deskWeekdayKey(int weekday); // 0..6 → "mon".."sun"

// The days that have hours, Monday first, as the settings store and the wire both carry them:
// {"mon", "09:00-21:00"}, … A closed day is absent.
std::vector<std::pair<std::string_view, std::string>> formatDeskDays(const DeskHours &hours);

using DeskTime = std::chrono::sys_seconds;

bool isOpenAt(const DeskHours &hours, DeskTime now);

// When the desk opens next, as the clock sees it: `now` while it is open, the start of the next
// span otherwise, nullopt when no day has hours.
std::optional<DeskTime> nextOpening(const DeskHours &hours, DeskTime now);

// When the span the desk is open in now ends (the later end where two overlap); nullopt while closed.
// A span that ends where the next begins ends at its own end: whoever asks then asks again.
std::optional<DeskTime> currentClosing(const DeskHours &hours, DeskTime now);

// A moment as the desk's wall clock shows it, for telling a customer when it opens.
struct DeskLocalTime {
    int weekday = 0;  // 0 Monday … 6 Sunday
    int minute = 0;   // since local midnight
    int daysFrom = 0; // local calendar days after the local day of the reference moment
};
DeskLocalTime deskLocalTime(const DeskHours &hours, DeskTime at, DeskTime reference);

// "UTC+3", "UTC−3:30", "UTC": the offset as a customer reads it (U+2212 for minus).
std::string formatUtcOffset(int minutes);

} // namespace p2pdesk::domain
