#include "time/julian.hpp"

#include <array>

#include <date/julian.h>

namespace chronograph {

namespace {

constexpr std::array<std::string_view, 2> names{"gregorian", "julian"};

}  // namespace

std::span<const std::string_view> calendar_names() {
  return names;
}

std::optional<Calendar> calendar_from_string(std::string_view name) {
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == name) return static_cast<Calendar>(i);
  return std::nullopt;
}

std::string_view to_string(Calendar calendar) {
  return names[static_cast<std::size_t>(calendar)];
}

}  // namespace chronograph

namespace chronograph::detail {

namespace {

// julian::year holds a short; every year the parser and `~` widening reach fits.
julian::year_month_day julian_date(const CivilDate& date) {
  return {julian::year{date.year}, julian::month{static_cast<unsigned>(date.month)},
          julian::day{static_cast<unsigned>(date.day)}};
}

}  // namespace

int days_in_month(int year, int month, Calendar calendar) {
  if (calendar == Calendar::gregorian) return days_in_month(year, month);
  const julian::year_month_day_last last{
      julian::year{year}, julian::month_day_last{julian::month{static_cast<unsigned>(month)}}};
  return static_cast<int>(static_cast<unsigned>(last.day()));
}

std::int64_t days_from_civil(const CivilDate& date, Calendar calendar) {
  if (calendar == Calendar::gregorian) return days_from_civil(date);
  return date::sys_days{julian_date(date)}.time_since_epoch().count();
}

CivilDate civil_from_days(std::int64_t days, Calendar calendar) {
  if (calendar == Calendar::gregorian) return civil_from_days(days);
  const julian::year_month_day ymd{date::sys_days{date::days{static_cast<int>(days)}}};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

}  // namespace chronograph::detail
