#include "time/endpoint.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "time/calendar.hpp"
#include "time/day_parts.hpp"
#include "time/era.hpp"
#include "time/julian.hpp"
#include "time/zone.hpp"

namespace chronograph::detail {

namespace {

constexpr std::array<std::string_view, 12> month_names{
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

bool is_digit_or_x(char c) {
  return is_digit(c) || c == 'X';
}

bool is_word_char(char c) {
  return is_ascii_letter(c) || is_digit(c) || c == '_' || c == '-' || c == '+' || c == ':' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Digits where 'X' stands for any digit (EDTF unspecified digits).
bool matches(std::string_view pattern, int value) {
  for (std::size_t i = pattern.size(); i-- > 0; value /= 10)
    if (pattern[i] != 'X' && pattern[i] - '0' != value % 10) return false;
  return value == 0;
}

// Saturates at fill_cap: a longer run of digits is far outside the range of instants anyway
// (limits.hpp), and the caller's range check says so instead of an int overflowing.
constexpr int fill_cap = 999'999'999;
int fill(std::string_view pattern, char digit) {
  std::int64_t value = 0;
  for (char c : pattern)
    value = std::min<std::int64_t>(fill_cap, value * 10 + ((c == 'X' ? digit : c) - '0'));
  return static_cast<int>(value);
}

bool month_allowed(const DateFields& f, int month) {
  return f.month.empty() || matches(f.month, month);
}
bool day_allowed(const DateFields& f, int day) {
  return f.day.empty() || matches(f.day, day);
}
// Callers only ask about years of the written sign (or era).
bool year_allowed(const DateFields& f, int year) {
  if (f.era == Era::bce) return matches(f.year, 1 - year);
  return matches(f.year, year < 0 ? -year : year);
}

// A year as messages name it: as written, so "44 BCE" for 44 BCE and "-43" for -0043.
std::string year_name(const DateFields& f, int year) {
  return f.era == Era::bce ? fmt::format("{} BCE", 1 - year) : fmt::format("{}", year);
}

// The first (or last) existing date the written digits allow: the hull of an EDTF date with
// unspecified digits, e.g. 2024-XX-26 spans 2024-01-26..2024-12-26.
// Only an impossible day (XXXX-02-30) walks far: at most every allowed year once.
std::optional<CivilDate> extreme_date(const DateFields& f, int lowest_year, int highest_year,
                                      bool latest, Calendar calendar) {
  const int step = latest ? -1 : 1;
  for (int year = latest ? highest_year : lowest_year; year >= lowest_year && year <= highest_year;
       year += step) {
    if (!year_allowed(f, year)) continue;
    for (int month = latest ? 12 : 1; month >= 1 && month <= 12; month += step) {
      if (!month_allowed(f, month)) continue;
      const int last_day = days_in_month(year, month, calendar);
      for (int day = latest ? last_day : 1; day >= 1 && day <= last_day; day += step)
        if (day_allowed(f, day)) return CivilDate{year, month, day};
    }
  }
  return std::nullopt;
}

std::string_view read_two_digits(Scanner& s, std::string_view what) {
  const std::string_view digits = s.take_while(is_digit_or_x);
  if (digits.size() != 2)
    fail(s.offset_of(digits), std::max<std::size_t>(digits.size(), 1),
         fmt::format("{} must have 2 digits", what));
  return digits;
}

DateFields read_date(Scanner& s) {
  DateFields f;
  if (read_korean_date(s, f)) return f;
  const std::size_t begin = s.pos();
  f.negative = s.eat('-');
  f.year = s.take_while(is_digit_or_x);
  f.year_text = s.text().substr(begin, s.pos() - begin);
  if (f.year.empty()) {
    const std::string_view word = s.take_while([](char c) { return !is_space(c) && c != '/'; });
    fail(begin, std::max<std::size_t>(s.pos() - begin, 1),
         word.empty() ? "expected a date" : fmt::format("expected a date, not '{}'", word));
  }
  // Only a year with an era after the date ("44 BCE", "44-03-15 BCE") may have fewer digits.
  const auto era_follows = [&](bool past_qualifiers) {
    Scanner ahead = s;
    ahead.take_while([&](char c) {
      return is_digit_or_x(c) || c == '-' ||
             (past_qualifiers && (c == '?' || c == '~' || c == '%'));
    });
    DateFields ignored;
    return read_era_suffix(ahead, ignored);
  };
  if (f.year.size() != 4 && !era_follows(false))
    fail(begin, f.year_text.size(),
         era_follows(true) ? "a qualifier goes after the era ('509 BCE?')"
                           : "year must have 4 digits");
  if (s.peek() == '-' && is_digit_or_x(s.peek(1))) {
    s.eat('-');
    f.month = read_two_digits(s, "month");
    if (s.peek() == '-' && is_digit_or_x(s.peek(1))) {
      s.eat('-');
      f.day = read_two_digits(s, "day");
    }
  }
  if (read_era_suffix(s, f)) {
    if (f.year.size() > 4) fail(begin, f.year_text.size(), "year must have at most 4 digits");
    if (f.negative)
      fail(begin, f.year_text.size(),
           fmt::format("a year with an era takes no minus sign ('{}' alone is {} BCE)", f.year_text,
                       1 + fill(f.year, '0')));
  }
  return f;
}

// Validates the written fields and returns the first and last dates they allow.
std::pair<CivilDate, CivilDate> date_hull(const Scanner& s, const DateFields& f,
                                          Calendar calendar) {
  const int magnitude_low = fill(f.year, '0');
  const int magnitude_high = fill(f.year, '9');
  if (f.era != Era::astronomical && magnitude_high == 0)
    fail(s.offset_of(f.year), f.year.size(),
         f.era == Era::bce ? "there is no year 0 BCE: 1 BCE is followed by 1 CE (0000 is 1 BCE)"
                           : "there is no year 0 CE: 1 BCE is followed by 1 CE (0000 is 1 BCE)");
  // Historical years skip 0: "0X BCE" is 1..9 BCE.
  const int historical_low =
      f.era == Era::astronomical ? magnitude_low : std::max(magnitude_low, 1);
  const int lowest = f.negative          ? -magnitude_high
                     : f.era == Era::bce ? astronomical_year(magnitude_high, f.era)
                                         : historical_low;
  const int highest = f.negative          ? -magnitude_low
                      : f.era == Era::bce ? astronomical_year(historical_low, f.era)
                                          : magnitude_high;
  if (lowest < min_supported_year || highest > max_supported_year)
    fail(s.offset_of(f.year_text), f.year_text.size(),
         f.era == Era::bce ? fmt::format("year {} BCE is outside the supported range {} BCE..{}",
                                         f.year, 1 - min_supported_year, max_supported_year)
                           : fmt::format("year {} is outside the supported range {}..{}",
                                         f.year_text, min_supported_year, max_supported_year));
  // Fully written fields compare directly; only patterns with X search.
  const auto has_x = [](std::string_view digits) { return digits.find('X') != digits.npos; };
  const auto any_between = [&](std::string_view pattern, int from, int to) {
    if (!has_x(pattern)) return fill(pattern, '0') >= from && fill(pattern, '0') <= to;
    for (int value = from; value <= to; ++value)
      if (matches(pattern, value)) return true;
    return false;
  };
  if (!f.month.empty() && !any_between(f.month, 1, 12))
    fail(s.offset_of(f.month), f.month.size(), "month must be 01–12");
  if (!f.day.empty() && !any_between(f.day, 1, 31))
    fail(s.offset_of(f.day), f.day.size(), "day must be 01–31");
  std::optional<CivilDate> first, last;
  if (!has_x(f.year) && !has_x(f.month) && !has_x(f.day)) {
    const int month_first = f.month.empty() ? 1 : fill(f.month, '0');
    const int month_last = f.month.empty() ? 12 : month_first;
    const int day = f.day.empty() ? 0 : fill(f.day, '0');
    if (day <= days_in_month(lowest, month_first, calendar)) {
      first = CivilDate{lowest, month_first, f.day.empty() ? 1 : day};
      last = CivilDate{lowest, month_last,
                       f.day.empty() ? days_in_month(lowest, month_last, calendar) : day};
    }
  } else {
    first = extreme_date(f, lowest, highest, false, calendar);
    last = extreme_date(f, lowest, highest, true, calendar);
  }
  if (!first || !last) {
    // Only a day that no allowed month has gets here, e.g. 2023-02-29 or 2024-04-31.
    const bool one_month = f.month.find('X') == std::string_view::npos;
    const std::string month_name =
        one_month ? std::string(month_names[static_cast<std::size_t>(fill(f.month, '0') - 1)])
                  : fmt::format("month {}", f.month);
    const bool one_year = f.year.find('X') == std::string_view::npos;
    const std::string_view in_calendar = calendar == Calendar::julian ? " (Julian calendar)" : "";
    fail(s.offset_of(f.day), f.day.size(),
         one_year ? fmt::format("day {} does not exist in {} {}{}", f.day, month_name,
                                year_name(f, lowest), in_calendar)
                  : fmt::format("day {} does not exist in {}{}", f.day, month_name, in_calendar));
  }
  return {*first, *last};
}

struct TimeOfDay {
  Seconds seconds = 0;  // since local midnight; 24:00 is 86400
  Precision precision = Precision::hour;
};

int read_time_field(Scanner& s, std::string_view what, int limit, std::string_view range) {
  const std::string_view digits = s.take_while(is_digit);
  if (digits.size() != 2)
    fail(s.offset_of(digits), std::max<std::size_t>(digits.size(), 1),
         fmt::format("{} must have 2 digits", what));
  const int value = fill(digits, '0');
  if (value > limit) fail(s.offset_of(digits), 2, fmt::format("{} must be {}", what, range));
  return value;
}

// HH[:MM[:SS]] after 'T', or HH:MM[:SS] after a space.
TimeOfDay read_time(Scanner& s) {
  const std::size_t hour_at = s.pos();
  const int hour = read_time_field(s, "hour", 24, "00–23 (or 24:00)");
  TimeOfDay time{Seconds{hour} * 3600, Precision::hour};
  int minute = 0;
  int second = 0;
  if (s.eat(':')) {
    minute = read_time_field(s, "minute", 59, "00–59");
    time.seconds += minute * 60;
    time.precision = Precision::minute;
    if (s.eat(':')) {
      second = read_time_field(s, "second", 59, "00–59");
      time.seconds += second;
      time.precision = Precision::second;
    }
  }
  if (hour == 24 && (minute != 0 || second != 0)) fail(hour_at, 2, "hour must be 00–23 (or 24:00)");
  return time;
}

// An offset written right after the time: "Z", "+09:00", "+0900", "-05".
std::string_view read_attached_offset(Scanner& s) {
  const std::size_t begin = s.pos();
  if (s.peek() == 'Z' && !is_word_char(s.peek(1))) {
    s.eat('Z');
  } else if ((s.peek() == '+' || s.peek() == '-') && is_digit(s.peek(1))) {
    s.seek(begin + 1);
    s.take_while([](char c) { return is_digit(c) || c == ':'; });
  } else {
    return {};
  }
  const std::string_view offset = s.text().substr(begin, s.pos() - begin);
  if (!parse_offset(offset))
    fail(begin, offset.size(), fmt::format("invalid utc offset '{}' (use +09:00 or Z)", offset));
  return offset;
}

std::string_view read_bracketed_zone(Scanner& s) {
  const std::size_t open = s.pos();
  if (!s.eat('[')) return {};
  const std::string_view name = s.take_while([](char c) { return c != ']'; });
  if (!s.eat(']')) fail(open, s.pos() - open, "missing ']' after the time zone");
  if (name.empty()) fail(open, 2, "empty time zone");
  return name;
}

void read_qualifier(Scanner& s, Endpoint& e, bool& seen) {
  const char c = s.peek();
  if (c != '?' && c != '~' && c != '%') return;
  if (seen) fail(s.pos(), 1, "only one qualifier ('?', '~' or '%') is allowed");
  s.eat(c);
  seen = true;
  e.uncertain = c == '?' || c == '%';
  e.approximate = c == '~' || c == '%';
}

// A word: letters (any script), digits and the punctuation of zone names; a '/' continues a word
// that began with a letter only when a letter follows ("America/New_York", not "2024/2025").
std::string_view read_word(Scanner& s) {
  const std::size_t begin = s.pos();
  const bool zone_like = is_ascii_letter(s.peek());
  while (!s.done()) {
    if (is_word_char(s.peek())) {
      s.seek(s.pos() + 1);
    } else if (zone_like && s.peek() == '/' && is_ascii_letter(s.peek(1))) {
      s.seek(s.pos() + 1);
    } else {
      break;
    }
  }
  return s.text().substr(begin, s.pos() - begin);
}

bool names_a_zone(std::string_view word) {
  return word.find('/') != std::string_view::npos || parse_offset(word) ||
         Zone::find(word).has_value();
}

std::string unknown_phrase(std::string_view phrase, bool day_part_allowed) {
  if (!day_part_allowed) return fmt::format("unexpected '{}'", phrase);
  return unknown_day_part(phrase);
}

std::string join(const std::vector<std::string_view>& words, std::size_t count) {
  std::string phrase;
  for (std::size_t i = 0; i < count; ++i) phrase.append(i == 0 ? "" : " ").append(words[i]);
  return phrase;
}

// Words after the date or time: an optional part of day, then an optional zone name.
std::optional<DayPart> read_words(Scanner& s, Endpoint& e, bool has_day, bool has_time) {
  std::vector<std::string_view> words;
  for (;;) {
    const std::size_t before = s.pos();
    s.skip_spaces();
    const std::string_view word = read_word(s);
    if (word.empty()) {
      s.seek(before);
      break;
    }
    words.push_back(word);
  }
  if (words.empty()) return std::nullopt;
  for (const std::string_view word : words)
    if (is_era_word(word))
      fail(s.offset_of(word), word.size(),
           "an era goes right after the date, before a time or qualifier ('44-03-15 BCE 12:00', "
           "'509 BCE?')");
  std::size_t part_words = words.size();
  std::optional<DayPart> part = find_day_part(join(words, part_words));
  if (!part && names_a_zone(words.back())) {
    if (!e.zone.empty())
      fail(s.offset_of(words.back()), words.back().size(), "the time zone is already given");
    e.zone = words.back();
    --part_words;
    if (part_words > 0) part = find_day_part(join(words, part_words));
  }
  if (part_words == 0) return std::nullopt;
  const std::size_t begin = s.offset_of(words.front());
  const std::size_t length =
      s.offset_of(words[part_words - 1]) + words[part_words - 1].size() - begin;
  const std::string_view written = s.text().substr(begin, length);
  if (!part) fail(begin, length, unknown_phrase(written, has_day && !has_time));
  if (has_time) fail(begin, length, "a part of day cannot follow a time of day");
  if (!has_day) fail(begin, length, "a part of day needs a full date (2024-01-26 late)");
  return part;
}

Seconds unit_of(Precision precision) {
  switch (precision) {
    case Precision::second:
      return 1;
    case Precision::minute:
      return 60;
    default:
      return 3600;  // hour and day part
  }
}

}  // namespace

Endpoint read_endpoint(Scanner& s, Calendar calendar) {
  Endpoint e;
  e.begin = s.pos();
  if (s.starts_with("..")) {
    s.seek(s.pos() + 2);
    e.kind = Endpoint::Kind::open;
    e.end = s.pos();
    return e;
  }
  if (s.done() || s.peek() == '/') {
    e.end = e.begin;
    return e;
  }
  e.kind = Endpoint::Kind::date;
  const DateFields fields = read_date(s);
  const auto [first, last] = date_hull(s, fields, calendar);
  const bool has_day = !fields.day.empty();
  e.precision = has_day                ? Precision::day
                : fields.month.empty() ? Precision::year
                                       : Precision::month;
  bool qualified = false;
  read_qualifier(s, e, qualified);

  std::optional<TimeOfDay> time;
  const bool spaced_time = is_space(s.peek()) && [&] {
    Scanner ahead = s;
    ahead.skip_spaces();
    return is_digit(ahead.peek()) && is_digit(ahead.peek(1)) && ahead.peek(2) == ':';
  }();
  if (!qualified && (s.peek() == 'T' || spaced_time)) {
    s.skip_spaces();
    if (!has_day) fail(s.pos(), s.peek() == 'T' ? 1 : 5, "a time of day needs a full date");
    s.eat('T');
    time = read_time(s);
    e.precision = time->precision;
    e.offset = read_attached_offset(s);
    read_qualifier(s, e, qualified);
  }
  e.zone = read_bracketed_zone(s);
  const std::optional<DayPart> part = read_words(s, e, has_day, time.has_value());
  if (s.peek() == '[') {  // "2024-01-26 late[Asia/Seoul]"
    if (!e.zone.empty()) fail(s.pos(), 1, "the time zone is already given");
    e.zone = read_bracketed_zone(s);
  }
  read_qualifier(s, e, qualified);
  e.end = s.pos();

  e.local_earliest = local_midnight(first, calendar);
  e.local_latest = local_midnight(last, calendar);
  if (part) {
    e.precision = Precision::day_part;
    e.day_part = part->canonical;
    e.local_earliest += Seconds{part->from_hour} * 3600;
    e.local_latest += Seconds{part->to_hour} * 3600;
  } else if (time) {
    e.local_earliest += time->seconds;
    e.local_latest += time->seconds + unit_of(time->precision);
  } else {
    e.local_latest += 86400;  // the end of the last day, month or year
  }
  if (!e.approximate) return e;
  // `~` widens by one unit of the precision on each side.
  switch (e.precision) {
    case Precision::year:
      e.local_earliest = local_midnight({first.year - 1, 1, 1}, calendar);
      e.local_latest = local_midnight({last.year + 2, 1, 1}, calendar);
      break;
    case Precision::month:
      e.local_earliest = local_midnight(add_months(first.year, first.month, -1), calendar);
      e.local_latest = local_midnight(add_months(last.year, last.month, 2), calendar);
      break;
    case Precision::day:
      e.local_earliest -= 86400;
      e.local_latest += 86400;
      break;
    default:
      e.local_earliest -= unit_of(e.precision);
      e.local_latest += unit_of(e.precision);
      break;
  }
  return e;
}

}  // namespace chronograph::detail
