#include "time/zone.hpp"

#include "base/did_you_mean.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdlib>
#include <string>
#include <vector>

#include <date/date.h>
#include <date/tz.h>
#include <fmt/format.h>

#include "chronograph/limits.hpp"
#include "time/calendar.hpp"
#include "time/text.hpp"

namespace chronograph::detail {

namespace {

using SysSeconds = date::sys_time<std::chrono::seconds>;
using LocalSeconds = date::local_time<std::chrono::seconds>;

bool all_digits(std::string_view text) {
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return !text.empty();
}

int to_int(std::string_view digits) {
  int value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

}  // namespace

std::optional<Seconds> parse_offset(std::string_view text) {
  if (text == "Z" || text == "UTC" || text == "GMT") return 0;
  if (text.size() < 3 || (text[0] != '+' && text[0] != '-')) return std::nullopt;
  const int sign = text[0] == '-' ? -1 : 1;
  const std::string_view rest = text.substr(1);
  // hh, hhmm, hh:mm, and with seconds hhmmss or hh:mm:ss (a local mean time such as Rome's
  // +00:49:56, which format_instant writes so that it reads back to the same instant).
  const bool extended = rest.size() > 2 && rest[2] == ':';
  if (extended ? (rest.size() != 5 && rest.size() != 8) || (rest.size() == 8 && rest[5] != ':')
               : rest.size() != 2 && rest.size() != 4 && rest.size() != 6)
    return std::nullopt;
  const std::size_t field = extended ? 3 : 2;
  const std::string_view hours = rest.substr(0, 2);
  const std::string_view minutes = rest.size() > 2 ? rest.substr(field, 2) : std::string_view{};
  const std::string_view seconds =
      rest.size() > 2 * field ? rest.substr(2 * field, 2) : std::string_view{};
  for (const std::string_view digits : {hours, minutes, seconds})
    if (!digits.empty() && !all_digits(digits)) return std::nullopt;
  const int h = to_int(hours);
  const int m = minutes.empty() ? 0 : to_int(minutes);
  const int s = seconds.empty() ? 0 : to_int(seconds);
  // 15 hours: the tz database's local mean times reach -15:56:08 (Manila before 1845).
  if (h > max_offset_hours || m > 59 || s > 59) return std::nullopt;
  return sign * (h * 3600 + m * 60 + s);
}

std::string format_offset(Seconds offset) {
  if (offset == 0) return "Z";
  const Seconds magnitude = offset < 0 ? -offset : offset;
  const char sign = offset < 0 ? '-' : '+';
  if (magnitude % 60 != 0)
    return fmt::format("{}{:02}:{:02}:{:02}", sign, magnitude / 3600, magnitude % 3600 / 60,
                       magnitude % 60);
  return fmt::format("{}{:02}:{:02}", sign, magnitude / 3600, magnitude % 3600 / 60);
}

std::optional<Zone> Zone::find(std::string_view text) {
  Zone zone;
  if (const auto offset = parse_offset(text)) {
    zone.fixed_offset_ = *offset;
    return zone;
  }
  // An IANA name has a '/' or is one of the few bare names ("UTC", "Japan"); date throws when the
  // system database has no such zone.
  try {
    zone.iana_ = date::locate_zone(std::string(text));
  } catch (const std::exception&) {
    return std::nullopt;
  }
  return zone;
}

std::optional<std::string> closest_zone_name(std::string_view text) {
  std::vector<std::string_view> names;
  try {
    const auto& database = date::get_tzdb();
    for (const auto& zone : database.zones) names.push_back(zone.name());
  } catch (const std::exception&) {
    return std::nullopt;
  }
  const auto match = closest_match(text, names);
  if (!match) return std::nullopt;
  return std::string(*match);
}

Seconds Zone::offset_at(Seconds utc) const {
  if (iana_ == nullptr) return fixed_offset_;
  const auto* tz = static_cast<const date::time_zone*>(iana_);
  const auto info = tz->get_info(SysSeconds{std::chrono::seconds{utc}});
  return info.offset.count();
}

Seconds Zone::offset_spread(Seconds from, Seconds to) const {
  if (iana_ == nullptr) return 0;
  const auto* tz = static_cast<const date::time_zone*>(iana_);
  Seconds lowest = offset_at(from);
  Seconds highest = lowest;
  // Walk the zone's periods; a few a year. Past the cap (spans of centuries) stay on the safe side.
  constexpr int most_periods = 4096;
  Seconds at = from;
  for (int step = 0; step < most_periods; ++step) {
    const auto info = tz->get_info(SysSeconds{std::chrono::seconds{at}});
    lowest = std::min<Seconds>(lowest, info.offset.count());
    highest = std::max<Seconds>(highest, info.offset.count());
    const Seconds next = info.end.time_since_epoch().count();
    if (next > to || next <= at) return highest - lowest;
    at = next;
  }
  return std::max<Seconds>(highest - lowest, 3600);
}

Seconds Zone::to_utc(Seconds local, bool latest) const {
  if (iana_ == nullptr) return local - fixed_offset_;
  const auto* tz = static_cast<const date::time_zone*>(iana_);
  const LocalSeconds wall{std::chrono::seconds{local}};
  const auto info = tz->get_info(wall);
  switch (info.result) {
    case date::local_info::unique:
      return local - info.first.offset.count();
    case date::local_info::nonexistent:
      // The wall clock never shows this time; the first instant after the gap is the transition.
      return info.second.begin.time_since_epoch().count();
    case date::local_info::ambiguous:
      return local - (latest ? info.second.offset.count() : info.first.offset.count());
  }
  return local - info.first.offset.count();
}

}  // namespace chronograph::detail

namespace chronograph {

bool is_known_zone(std::string_view zone) {
  return detail::Zone::find(zone).has_value();
}

Seconds zone_offset(Seconds instant, std::string_view zone) {
  const auto found = detail::Zone::find(zone);
  return found ? found->offset_at(instant) : 0;
}

std::string format_instant(Seconds instant, std::string_view zone) {
  if (instant <= unbounded_past || instant >= unbounded_future) return "";
  // Stages reject what would leave the range (docs/limits.md); a caller's stray value gets no
  // date rather than a wrong one.
  constexpr Seconds slack = 2 * 86400;
  if (instant < limits::min_instant - slack || instant > limits::max_instant + slack) return "";
  const Seconds offset = zone_offset(instant, zone);
  const Seconds local = instant + offset;
  // Whole days by floor division on 64 bits and the calendar code's int years: date's
  // year_month_day keeps the year in a short and its days in an int, which wrapped past 32767
  // ("0898-12-27T8761733283850:00:00" for P999999999Y) before durations were limited.
  const Seconds days = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
  const Seconds in_day = local - days * 86400;
  const detail::CivilDate date = detail::civil_from_days(days);
  const int year = date.year;
  // ISO 8601 expanded years keep a sign and at least four digits.
  const std::string year_text =
      year < 0 ? fmt::format("-{:04}", -year)
               : (year > 9999 ? fmt::format("+{}", year) : fmt::format("{:04}", year));
  return fmt::format("{}-{:02}-{:02}T{:02}:{:02}:{:02}{}", year_text, date.month, date.day,
                     in_day / 3600, (in_day % 3600) / 60, in_day % 60,
                     detail::format_offset(offset));
}

std::string format_span(Seconds seconds, bool korean) {
  constexpr Seconds minute = 60, hour = 3600, day = 86400;
  constexpr Seconds month = 2629746;  // mean Gregorian month
  constexpr Seconds year = 31556952;  // mean Gregorian year
  struct Unit {
    Seconds length;
    const char* en_one;
    const char* en_many;
    const char* ko;
  };
  static constexpr Unit units[] = {{year, "year", "years", "년"},
                                   {month, "month", "months", "개월"},
                                   {day, "day", "days", "일"},
                                   {hour, "hour", "hours", "시간"},
                                   {minute, "minute", "minutes", "분"}};
  if (seconds < 0) seconds = -seconds;
  for (const Unit& unit : units) {
    // Use the largest unit that fits at least once, rounded to the nearest whole unit.
    if (seconds >= unit.length || unit.length == minute) {
      const Seconds count = (seconds + unit.length / 2) / unit.length;
      if (korean) return fmt::format("{}{}", count, unit.ko);
      return fmt::format("{} {}", count, count == 1 ? unit.en_one : unit.en_many);
    }
  }
  return korean ? "0분" : "0 minutes";
}

}  // namespace chronograph
