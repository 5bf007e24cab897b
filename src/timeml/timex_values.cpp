#include "timeml/timex_values.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <vector>

#include <date/date.h>
#include <date/iso_week.h>
#include <fmt/format.h>

namespace chronograph::detail {

namespace {

bool all_of(std::string_view text, bool (*predicate)(char)) {
  return !text.empty() && std::all_of(text.begin(), text.end(), predicate);
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_x(char c) {
  return c == 'X';
}
bool digits(std::string_view text) {
  return all_of(text, is_digit);
}
bool unknown(std::string_view text) {
  return all_of(text, is_x);
}

int number(std::string_view text) {
  int value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

TimexAnchor anchored(std::string expression) {
  return {std::move(expression), {}};
}
TimexAnchor failed(std::string problem) {
  return {std::nullopt, std::move(problem)};
}

std::string day_text(date::year_month_day day) {
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(day.year()),
                     static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t next = text.find(separator, start);
    parts.push_back(text.substr(start, next - start));
    if (next == std::string_view::npos) return parts;
    start = next + 1;
  }
}

// TimeML writes a decade as "199" or "199X" and a century as "19" or "19XX"; chronograph reads the
// EDTF form with X for each unknown digit.
std::optional<std::string> year_text(std::string_view text) {
  const std::size_t known = std::min(text.find('X'), text.size());
  if (known < 2 || text.size() > 4 || !digits(text.substr(0, known))) return std::nullopt;
  if (known < text.size() && !unknown(text.substr(known))) return std::nullopt;
  return std::string(text.substr(0, known)) + std::string(4 - known, 'X');
}

// "YYYY-MM/YYYY-MM" from month `first` of `year` to month `last` (which may be in the next year).
std::string month_interval(int year, int first, int last) {
  const int last_year = last > 12 ? year + 1 : year;
  return fmt::format("{:04}-{:02}/{:04}-{:02}", year, first, last_year, (last - 1) % 12 + 1);
}

struct MonthSpan {
  std::string_view code;
  int first;
  int last;  // 13.. for months of the following year
};

// Quarters, halves and meteorological seasons of the northern hemisphere; winter is the one that
// begins in December of the year (see docs/timeml.md).
constexpr std::array month_spans{
    MonthSpan{"Q1", 1, 3},  MonthSpan{"Q2", 4, 6},   MonthSpan{"Q3", 7, 9}, MonthSpan{"Q4", 10, 12},
    MonthSpan{"H1", 1, 6},  MonthSpan{"H2", 7, 12},  MonthSpan{"SP", 3, 5}, MonthSpan{"SU", 6, 8},
    MonthSpan{"FA", 9, 11}, MonthSpan{"WI", 12, 14},
};

// TimeML's parts of day and chronograph's words for them (docs/time.md has their hours). Mid-day
// has no fixed hours, so it is coarsened to the whole day.
struct DayPart {
  std::string_view code;
  std::string_view word;  // empty: the whole day
};

constexpr std::array day_parts{
    DayPart{"MO", "morning"}, DayPart{"AF", "afternoon"}, DayPart{"EV", "evening"},
    DayPart{"NI", "night"},   DayPart{"MI", ""},          DayPart{"DT", "daytime"},
};

bool valid_zone_suffix(std::string_view zone) {
  if (zone.empty() || zone == "Z") return true;
  if (zone[0] != '+' && zone[0] != '-') return false;
  const std::string_view rest = zone.substr(1);
  if (rest.size() == 5 && rest[2] == ':')
    return digits(rest.substr(0, 2)) && digits(rest.substr(3));
  return (rest.size() == 2 || rest.size() == 4) && digits(rest);
}

// A time of day on a known day: "HH", "HH:MM", "HH:MM:SS" (optionally with a zone), or a day part.
TimexAnchor on_day(const std::string& day, std::string_view time) {
  if (time.empty() || unknown(time)) return anchored(day);
  for (const DayPart& part : day_parts) {
    if (time != part.code) continue;
    if (part.word.empty()) return anchored(day);
    return anchored(fmt::format("{} {}", day, part.word));
  }
  const std::size_t zone_at = std::min(time.find_first_of("Z+-"), time.size());
  const std::string_view clock = time.substr(0, zone_at);
  if (!valid_zone_suffix(time.substr(zone_at)))
    return failed(fmt::format("unreadable zone in time '{}'", time));
  const std::vector<std::string_view> fields = split(clock, ':');
  const std::array<int, 3> limits{24, 59, 59};
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i >= limits.size() || fields[i].size() != 2 || !digits(fields[i]) ||
        number(fields[i]) > limits[i])
      return failed(fmt::format("unreadable time of day '{}'", time));
  }
  const bool past_midnight =
      number(fields[0]) == 24 && clock.find_first_not_of("0:", 2) != clock.npos;
  if (past_midnight) return failed(fmt::format("unreadable time of day '{}'", time));
  return anchored(fmt::format("{}T{}", day, time));
}

date::year_month_day week_day(int year, unsigned week, unsigned weekday) {
  return date::year_month_day{
      date::sys_days{iso_week::year{year} / iso_week::weeknum{week} / iso_week::weekday{weekday}}};
}

// "YYYY-Www[-D|-WE]": the ISO week's Monday to Sunday, one day of it, or its weekend.
TimexAnchor week_value(int year, std::string_view week, const std::vector<std::string_view>& rest,
                       std::string_view time) {
  const unsigned last_week =
      static_cast<unsigned>(iso_week::year_lastweek{iso_week::year{year}}.weeknum());
  if (unknown(week))
    return anchored(fmt::format("{}/{}", day_text(week_day(year, 1, 1)),
                                day_text(week_day(year, last_week, 7))));
  if (week.size() != 2 || !digits(week) || number(week) < 1 ||
      static_cast<unsigned>(number(week)) > last_week)
    return failed(fmt::format("ISO week 'W{}' does not exist in {}", week, year));
  const auto w = static_cast<unsigned>(number(week));
  if (rest.empty() || unknown(rest[0]))
    return anchored(
        fmt::format("{}/{}", day_text(week_day(year, w, 1)), day_text(week_day(year, w, 7))));
  if (rest[0] == "WE")
    return anchored(
        fmt::format("{}/{}", day_text(week_day(year, w, 6)), day_text(week_day(year, w, 7))));
  if (rest[0].size() == 1 && digits(rest[0]) && number(rest[0]) >= 1 && number(rest[0]) <= 7)
    return on_day(day_text(week_day(year, w, static_cast<unsigned>(number(rest[0])))), time);
  return failed(fmt::format("unreadable week day '{}'", rest[0]));
}

TimexAnchor date_value(std::string_view date_part, std::string_view time) {
  const std::vector<std::string_view> fields = split(date_part, '-');
  const std::optional<std::string> year = year_text(fields[0]);
  if (!year) return failed(unknown(fields[0]) ? "the year is unknown" : "unreadable year");
  const bool rest_unknown =
      std::all_of(fields.begin() + 1, fields.end(), [](std::string_view f) { return unknown(f); });
  // Unknown parts make the value as coarse as its known prefix ("2012-XX-XX" lies in 2012).
  if (fields.size() == 1 || rest_unknown) {
    if (fields.size() == 1 && !time.empty()) return failed("a time of day without a day");
    return anchored(*year);
  }
  if (year->find('X') != std::string::npos) return failed("a decade or century with a month");
  const int y = number(*year);
  const std::string_view second = fields[1];
  const std::vector<std::string_view> rest(fields.begin() + 2, fields.end());
  if (second.size() == 3 && second[0] == 'W') return week_value(y, second.substr(1), rest, time);
  for (const MonthSpan& span : month_spans)
    if (second == span.code && rest.empty())
      return anchored(month_interval(y, span.first, span.last));
  if (second.size() == 2 && second[1] == 'X' && (second[0] == 'Q' || second[0] == 'H'))
    return anchored(*year);
  if (second.size() != 2 || !digits(second) || number(second) < 1 || number(second) > 12 ||
      rest.size() > 1)
    return failed("unreadable month");
  const std::string month = fmt::format("{}-{}", *year, second);
  if (rest.empty() || unknown(rest[0])) {
    if (rest.empty() && !time.empty()) return failed("a time of day without a day");
    return anchored(month);
  }
  const date::year_month_day day{date::year{y}, date::month{static_cast<unsigned>(number(second))},
                                 date::day{static_cast<unsigned>(number(rest[0]))}};
  if (rest[0].size() != 2 || !digits(rest[0]) || !day.ok()) return failed("no such day");
  return on_day(day_text(day), time);
}

// EDTF "~" on each end of the expression.
TimexAnchor approximate(TimexAnchor anchor) {
  if (!anchor.expression) return anchor;
  if (anchor.expression->find(' ') != std::string::npos)
    return failed("mod=APPROX on a part of a day is not supported");
  std::string marked;
  for (std::string_view side : split(*anchor.expression, '/')) {
    if (!marked.empty()) marked += '/';
    marked += side;
    if (side != "..") marked += '~';
  }
  return anchored(std::move(marked));
}

}  // namespace

std::string_view day_part_code(std::string_view word) {
  for (const DayPart& part : day_parts)
    if (!part.word.empty() && part.word == word) return part.code;
  return {};
}

std::string creation_date_of(std::string_view value) {
  const std::string_view date_part = value.substr(0, value.find('T'));
  if (date_part.size() != 10) return {};
  const TimexAnchor anchor = date_value(date_part, {});
  return anchor.expression ? *anchor.expression : std::string{};
}

TimexAnchor translate_timex_value(std::string_view value, std::string_view mod,
                                  std::string_view creation_date) {
  if (value == "PRESENT_REF" || value == "PAST_REF" || value == "FUTURE_REF") {
    if (creation_date.empty())
      return failed(fmt::format("{} needs a document creation time", value));
    if (value == "PAST_REF") return anchored(fmt::format("../{}", creation_date));
    if (value == "FUTURE_REF") return anchored(fmt::format("{}/..", creation_date));
    return anchored(std::string(creation_date));
  }
  if (value.empty()) return failed("the value is empty");
  if (value[0] == 'P') return failed("a duration is not a point in time");
  if (mod == "BEFORE" || mod == "AFTER" || mod == "ON_OR_BEFORE" || mod == "ON_OR_AFTER")
    return failed(fmt::format("mod={} leaves the time open-ended", mod));
  const std::size_t t = value.find('T');
  const std::string_view time =
      t == std::string_view::npos ? std::string_view{} : value.substr(t + 1);
  TimexAnchor anchor = date_value(value.substr(0, t), time);
  if (mod == "APPROX") return approximate(std::move(anchor));
  return anchor;
}

}  // namespace chronograph::detail
