#include "render/timeml/timex_text.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>

#include <date/date.h>
#include <fmt/format.h>

#include "timeml/timex_values.hpp"

namespace chronograph::detail {

namespace {

// Civil fields of a wall-clock instant (seconds since the epoch, the zone's offset added).
struct Civil {
  int year = 0;
  unsigned month = 0;
  unsigned day = 0;
  std::int64_t days = 0;     // since 1970-01-01
  std::int64_t seconds = 0;  // wall-clock seconds since the epoch
};

Civil civil(Seconds wall) {
  const date::sys_seconds instant{std::chrono::seconds{wall}};
  const date::sys_days day = date::floor<date::days>(instant);
  const date::year_month_day ymd{day};
  return {static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
          static_cast<unsigned>(ymd.day()), day.time_since_epoch().count(), wall};
}

std::int64_t floor_div(std::int64_t value, std::int64_t unit) {
  return value >= 0 ? value / unit : -((-value + unit - 1) / unit);
}

bool same(const Civil& a, const Civil& b, TimexGrain grain) {
  switch (grain) {
    case TimexGrain::second:
      return a.seconds == b.seconds;
    case TimexGrain::minute:
      return floor_div(a.seconds, 60) == floor_div(b.seconds, 60);
    case TimexGrain::hour:
      return floor_div(a.seconds, 3600) == floor_div(b.seconds, 3600);
    case TimexGrain::day:
      return a.days == b.days;
    case TimexGrain::month:
      return a.year == b.year && a.month == b.month;
    case TimexGrain::year:
      return a.year == b.year;
    case TimexGrain::decade:
      return floor_div(a.year, 10) == floor_div(b.year, 10);
    case TimexGrain::century:
      return floor_div(a.year, 100) == floor_div(b.year, 100);
  }
  return false;
}

// TimeML writes years before 1 CE with "BC" and the historical year (astronomical 0 is 1 BC).
std::string year_text(int year) {
  return year > 0 ? fmt::format("{:04}", year) : fmt::format("BC{:04}", 1 - year);
}

std::string offset_text(Seconds offset) {
  if (offset == 0) return "Z";
  const Seconds minutes = std::abs(offset) / 60;
  return fmt::format("{}{:02}:{:02}", offset < 0 ? '-' : '+', minutes / 60, minutes % 60);
}

std::optional<TimexText> named(const Civil& at, TimexGrain grain, Seconds offset,
                               std::string_view day_part) {
  if (at.year > 9999) return std::nullopt;
  if (at.year <= 0 && (grain == TimexGrain::decade || grain == TimexGrain::century))
    return std::nullopt;
  const std::string year = year_text(at.year);
  const std::string day = fmt::format("{}-{:02}-{:02}", year, at.month, at.day);
  const std::int64_t clock = at.seconds - at.days * 86400;
  const auto time = [&](std::string fields) {
    return TimexText{fmt::format("{}T{}{}", day, fields, offset_text(offset)), "TIME", grain};
  };
  switch (grain) {
    case TimexGrain::second:
      return time(fmt::format("{:02}:{:02}:{:02}", clock / 3600, clock / 60 % 60, clock % 60));
    case TimexGrain::minute:
      return time(fmt::format("{:02}:{:02}", clock / 3600, clock / 60 % 60));
    case TimexGrain::hour:
      return time(fmt::format("{:02}", clock / 3600));
    case TimexGrain::day:
      if (const std::string_view code = day_part_code(day_part); !code.empty())
        // A part of the day is counted in hours, as a time of day is.
        return TimexText{fmt::format("{}T{}", day, code), "TIME", TimexGrain::hour};
      return TimexText{day, "DATE", grain};
    case TimexGrain::month:
      return TimexText{fmt::format("{}-{:02}", year, at.month), "DATE", grain};
    case TimexGrain::year:
      return TimexText{year, "DATE", grain};
    case TimexGrain::decade:
      return TimexText{fmt::format("{:03}", at.year / 10), "DATE", grain};
    case TimexGrain::century:
      return TimexText{fmt::format("{:02}", at.year / 100), "DATE", grain};
  }
  return std::nullopt;
}

constexpr std::array grains{TimexGrain::second, TimexGrain::minute, TimexGrain::hour,
                            TimexGrain::day,    TimexGrain::month,  TimexGrain::year,
                            TimexGrain::decade, TimexGrain::century};

}  // namespace

std::optional<TimexText> timex_text(const Bounds& bounds, std::string_view zone,
                                    std::string_view day_part) {
  if (bounds.empty() || bounds.earliest <= unbounded_past || bounds.latest >= unbounded_future)
    return std::nullopt;
  const Seconds offset = zone_offset(bounds.earliest, zone);
  const Civil first = civil(bounds.earliest + offset);
  // A date's latest bound is the first instant of the next unit: one second before it is inside.
  const Civil last = civil(std::max(bounds.earliest, bounds.latest - 1) + offset);
  for (const TimexGrain grain : grains)
    if (same(first, last, grain)) return named(first, grain, offset, day_part);
  return std::nullopt;
}

std::string timex_duration(Seconds length, TimexGrain grain) {
  // Within a day, the largest clock unit that counts it exactly: PT2H rather than PT120M.
  if (grain < TimexGrain::day && length > 0) {
    if (length % 3600 == 0) return fmt::format("PT{}H", length / 3600);
    if (length % 60 == 0) return fmt::format("PT{}M", length / 60);
    return fmt::format("PT{}S", length);
  }
  struct Unit {
    double seconds;
    std::string_view format;
  };
  const auto unit = [&]() -> Unit {
    switch (grain) {
      case TimexGrain::second:
        return {1, "PT{}S"};
      case TimexGrain::minute:
        return {60, "PT{}M"};
      case TimexGrain::hour:
        return {3600, "PT{}H"};
      case TimexGrain::day:
        return {86400, "P{}D"};
      case TimexGrain::month:
        return {30.436875 * 86400, "P{}M"};
      case TimexGrain::year:
        return {365.2425 * 86400, "P{}Y"};
      case TimexGrain::decade:
      case TimexGrain::century:
        break;
    }
    return {365.2425 * 86400, "P{}Y"};
  }();
  const auto count =
      std::max<long long>(1, std::llround(static_cast<double>(length) / unit.seconds));
  return fmt::format(fmt::runtime(unit.format), count);
}

}  // namespace chronograph::detail
