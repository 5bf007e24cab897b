#include "layout/calendar.hpp"

#include <array>
#include <chrono>

#include <date/date.h>
#include <fmt/format.h>

#include "time/julian.hpp"

namespace chronograph::detail {

namespace {

constexpr Seconds day_seconds = 86400;

Seconds floor_div(Seconds value, Seconds divisor) {
  const Seconds quotient = value / divisor;
  return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient;
}

int align(int value, int base, int count) {
  return base + (value - base) / count * count;
}

// Year ticks fall on round years as readers count them: 200 BCE, 100 BCE, 1, 100, 200 (every
// `count` years on both sides of the era, and 1 CE between them), never on astronomical -200.
int year_boundary_at_or_before(int year, int count) {
  if (count == 1) return year;
  if (year >= count) return year / count * count;
  if (year >= 1) return 1;
  const int bce = 1 - year;  // 1 BCE is year 0
  return 1 - (bce + count - 1) / count * count;
}

int year_boundary_after(int year, int count) {
  if (count == 1) return year + 1;
  if (year >= 1) return (year / count + 1) * count;
  const int below = (-year) / count;  // boundaries 1 - k * count above `year`: k <= below
  return below == 0 ? 1 : 1 - below * count;
}

}  // namespace

Seconds nominal_seconds(CalendarStep step) {
  switch (step.unit) {
    case CalendarUnit::minute:
      return 60 * Seconds{step.count};
    case CalendarUnit::hour:
      return 3600 * Seconds{step.count};
    case CalendarUnit::day:
      return day_seconds * step.count;
    case CalendarUnit::month:
      return 2629746 * Seconds{step.count};
    case CalendarUnit::year:
      return 31556952 * Seconds{step.count};
  }
  return day_seconds;
}

WallClock::WallClock(std::string_view zone, Calendar calendar)
    : zone_(Zone::find(zone).value_or(*Zone::find("UTC"))), calendar_(calendar) {}

CivilTime WallClock::civil(Seconds utc) const {
  const Seconds local = utc + zone_.offset_at(utc);
  const Seconds days = floor_div(local, day_seconds);
  const Seconds in_day = local - days * day_seconds;
  const auto hour = static_cast<int>(in_day / 3600);
  const auto minute = static_cast<int>(in_day % 3600 / 60);
  if (calendar_ == Calendar::julian) {
    const CivilDate date = civil_from_days(days, Calendar::julian);
    return {date.year, date.month, date.day, hour, minute};
  }
  const date::year_month_day ymd{date::sys_days{date::days{days}}};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day())), hour, minute};
}

Seconds WallClock::to_utc(const CivilTime& civil) const {
  // Normalise overflowing months and days (month 13, day 32) through date's arithmetic.
  const int month_index = civil.year * 12 + (civil.month - 1);
  const int year = static_cast<int>(floor_div(month_index, 12));
  const auto month = static_cast<unsigned>(month_index - year * 12 + 1);
  const date::year_month_day first{date::year{year}, date::month{month}, date::day{1}};
  const Seconds first_day =
      calendar_ == Calendar::julian
          ? days_from_civil({year, static_cast<int>(month), 1}, Calendar::julian)
          : date::sys_days{first}.time_since_epoch().count();
  const Seconds days = first_day + (civil.day - 1);
  const Seconds local =
      days * day_seconds + civil.hour * Seconds{3600} + civil.minute * Seconds{60};
  return zone_.to_utc(local, false);
}

Seconds WallClock::floor(Seconds utc, CalendarStep step) const {
  CivilTime c = civil(utc);
  switch (step.unit) {
    case CalendarUnit::minute:
      c.minute = align(c.minute, 0, step.count);
      break;
    case CalendarUnit::hour:
      c = {c.year, c.month, c.day, align(c.hour, 0, step.count), 0};
      break;
    case CalendarUnit::day:
      c = {c.year, c.month, align(c.day, 1, step.count), 0, 0};
      break;
    case CalendarUnit::month:
      c = {c.year, align(c.month, 1, step.count), 1, 0, 0};
      break;
    case CalendarUnit::year:
      c = {year_boundary_at_or_before(c.year, step.count), 1, 1, 0, 0};
      break;
  }
  const Seconds boundary = to_utc(c);
  // A boundary skipped by a clock change can land after `utc`; the step before then is safe.
  return boundary <= utc ? boundary : floor(boundary - nominal_seconds(step), step);
}

Seconds WallClock::next(Seconds utc, CalendarStep step) const {
  const Seconds base = floor(utc, step);
  CivilTime c = civil(base);
  switch (step.unit) {
    case CalendarUnit::minute:
      c.minute += step.count;
      break;
    case CalendarUnit::hour:
      c.hour += step.count;
      if (c.hour >= 24) c = {c.year, c.month, c.day + 1, 0, 0};
      break;
    case CalendarUnit::day: {
      const CivilTime after = civil(to_utc({c.year, c.month, c.day + step.count, 0, 0}));
      c = after.month != c.month ? CivilTime{c.year, c.month + 1, 1, 0, 0}
                                 : CivilTime{c.year, c.month, c.day + step.count, 0, 0};
      break;
    }
    case CalendarUnit::month:
      c = {c.year, c.month + step.count, 1, 0, 0};
      break;
    case CalendarUnit::year:
      c = {year_boundary_after(c.year, step.count), 1, 1, 0, 0};
      break;
  }
  const Seconds boundary = to_utc(c);
  return boundary > utc ? boundary : utc + nominal_seconds(step);
}

std::string year_label(int year, Language language) {
  const bool ko = language == Language::ko;
  if (year >= 1) return ko ? fmt::format("{}년", year) : fmt::format("{}", year);
  return ko ? fmt::format("기원전 {}년", 1 - year) : fmt::format("{} BCE", 1 - year);
}

std::string calendar_label(const CivilTime& civil, CalendarUnit unit, Language language,
                           bool with_year) {
  static constexpr std::array<const char*, 12> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const bool ko = language == Language::ko;
  const char* month_name = months[static_cast<std::size_t>(civil.month - 1)];
  switch (unit) {
    case CalendarUnit::minute:
      return ko ? fmt::format("{:02}시 {:02}분", civil.hour, civil.minute)
                : fmt::format("{:02}:{:02}", civil.hour, civil.minute);
    case CalendarUnit::hour:
      return ko ? fmt::format("{:02}시", civil.hour) : fmt::format("{:02}:00", civil.hour);
    case CalendarUnit::day:
      if (with_year)
        return ko ? fmt::format("{} {}월 {}일", year_label(civil.year, language), civil.month,
                                civil.day)
                  : fmt::format("{} {}, {}", month_name, civil.day,
                                year_label(civil.year, language));
      return ko ? fmt::format("{}월 {}일", civil.month, civil.day)
                : fmt::format("{} {}", month_name, civil.day);
    case CalendarUnit::month:
      if (with_year)
        return ko ? fmt::format("{} {}월", year_label(civil.year, language), civil.month)
                  : fmt::format("{} {}", month_name, year_label(civil.year, language));
      return ko ? fmt::format("{}월", civil.month) : std::string(month_name);
    case CalendarUnit::year:
      return year_label(civil.year, language);
  }
  return {};
}

std::string calendar_marker(std::string text, Calendar calendar, Language language) {
  if (calendar != Calendar::julian) return text;
  return language == Language::ko ? fmt::format("율리우스력 {}", text)
                                  : fmt::format("{} (Julian)", text);
}

std::string display_instant(Seconds instant, std::string_view zone, Language language,
                            Calendar calendar, bool marked) {
  if (instant <= unbounded_past || instant >= unbounded_future) return "";
  const WallClock clock(zone, calendar);
  const CivilTime civil = clock.civil(instant);
  if (civil.year >= 1 && calendar == Calendar::gregorian) return format_instant(instant, zone);
  const Seconds offset = zone_offset(instant, zone);
  const Seconds second = instant + offset - floor_div(instant + offset, 60) * 60;
  std::string text = fmt::format("{} {:02}:{:02}:{:02}{}",
                                 calendar_label(civil, CalendarUnit::day, language, true),
                                 civil.hour, civil.minute, second, format_offset(offset));
  return marked ? calendar_marker(std::move(text), calendar, language) : text;
}

}  // namespace chronograph::detail
