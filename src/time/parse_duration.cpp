// parse_duration: ISO 8601 (`P1Y2M10DT2H30M`), human (`7 months`, `6h`, `7개월`), approximate
// (`~`), and ranges (`0h..12h`). The grammar and unit lengths are in docs/time.md.

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>
#include "base/did_you_mean.hpp"

#include <fmt/format.h>

#include "chronograph/limits.hpp"
#include "chronograph/time.hpp"
#include "time/duration.hpp"
#include "time/text.hpp"

namespace chronograph {

namespace {

using detail::fail;
using detail::is_digit;
using detail::is_space;
using detail::Scanner;

constexpr Seconds day_seconds = 86400;

// Calendar units have no fixed length, so each is a range: that is what makes P7M = 196..217 days.
struct Unit {
  int fineness;  // larger = finer; `~` widens by the finest unit written
  Seconds shortest;
  Seconds longest;
};

constexpr Unit year{0, 365 * day_seconds, 366 * day_seconds};
constexpr Unit month{1, 28 * day_seconds, 31 * day_seconds};
constexpr Unit week{2, 7 * day_seconds, 7 * day_seconds};
constexpr Unit day{3, day_seconds, day_seconds};
constexpr Unit hour{4, 3600, 3600};
constexpr Unit minute{5, 60, 60};
constexpr Unit second{6, 1, 1};

struct UnitName {
  std::string_view name;
  Unit unit;
};

constexpr std::array unit_names{
    UnitName{"y", year},         UnitName{"yr", year},     UnitName{"yrs", year},
    UnitName{"year", year},      UnitName{"years", year},  UnitName{"년", year},
    UnitName{"mo", month},       UnitName{"mos", month},   UnitName{"month", month},
    UnitName{"months", month},   UnitName{"개월", month},  UnitName{"달", month},
    UnitName{"w", week},         UnitName{"wk", week},     UnitName{"wks", week},
    UnitName{"week", week},      UnitName{"weeks", week},  UnitName{"주", week},
    UnitName{"주일", week},      UnitName{"d", day},       UnitName{"day", day},
    UnitName{"days", day},       UnitName{"일", day},      UnitName{"h", hour},
    UnitName{"hr", hour},        UnitName{"hrs", hour},    UnitName{"hour", hour},
    UnitName{"hours", hour},     UnitName{"시간", hour},   UnitName{"m", minute},
    UnitName{"min", minute},     UnitName{"mins", minute}, UnitName{"minute", minute},
    UnitName{"minutes", minute}, UnitName{"분", minute},   UnitName{"s", second},
    UnitName{"sec", second},     UnitName{"secs", second}, UnitName{"second", second},
    UnitName{"seconds", second}, UnitName{"초", second},
};

// Words that mean `~` when they open the text.
constexpr std::array<std::string_view, 5> approximately{"~", "about ", "around ", "approximately ",
                                                        "약"};

struct Amount {
  Seconds min = 0;
  Seconds max = 0;
  const Unit* finest = nullptr;
  detail::CalendarShift steps;  // the same, as calendar steps (relative times shift by these)
  bool calendar = false;        // some unit is a year, month, week or day

  // A count has at most 9 digits, so each product fits; the sums stop at the cap so that any
  // number of terms cannot wrap before parse() rejects the total as too long.
  void add(Seconds count, const Unit& unit) {
    constexpr Seconds cap = Seconds{1} << 60;
    min = std::min(cap, min + count * unit.shortest);
    max = std::min(cap, max + count * unit.longest);
    if (finest == nullptr || unit.fineness > finest->fineness) finest = &unit;
    step(count, unit);
  }

  void step(Seconds count, const Unit& unit) {
    constexpr Seconds cap = Seconds{1} << 40;  // counts have 9 digits; parse() caps the total
    Seconds* field = &steps.seconds;
    Seconds each = unit.shortest;
    // Units are copied into the name table, so they are told apart by fineness.
    if (unit.fineness == year.fineness) field = &steps.years, each = 1;
    if (unit.fineness == month.fineness) field = &steps.months, each = 1;
    if (unit.fineness == week.fineness || unit.fineness == day.fineness)
      field = &steps.days, each = unit.shortest / day_seconds;
    calendar = calendar || field != &steps.seconds;
    *field = std::clamp<Seconds>(*field + count * each, -cap, cap);
  }
};

Seconds read_number(Scanner& s) {
  const std::string_view digits = s.take_while(is_digit);
  if (digits.empty()) {
    const std::string_view rest = s.text().substr(s.pos());
    fail(s.pos(), rest.empty() ? 0 : 1,
         rest.empty() ? "expected a number" : fmt::format("expected a number at '{}'", rest));
  }
  if (s.peek() == '.' && is_digit(s.peek(1))) {
    s.eat('.');
    s.take_while(is_digit);
    fail(s.offset_of(digits), s.pos() - s.offset_of(digits),
         "fractions are not supported; use a smaller unit (90 min)");
  }
  if (digits.size() > 9) fail(s.offset_of(digits), digits.size(), "number is too large");
  Seconds value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// P[nY][nM][nW][nD][T[nH][nM][nS]], designators in that order.
Amount read_iso(Scanner& s) {
  static constexpr std::string_view date_designators = "YMWD";
  static constexpr std::string_view time_designators = "HMS";
  static constexpr std::array<const Unit*, 4> date_units{&year, &month, &week, &day};
  static constexpr std::array<const Unit*, 3> time_units{&hour, &minute, &second};
  const std::size_t begin = s.pos();
  s.eat(s.peek());  // 'P'
  Amount amount;
  bool in_time = false;
  std::size_t next = 0;  // designators before this index are used up
  std::size_t components = 0;
  while (!s.done() && !is_space(s.peek()) && !s.starts_with("..")) {
    if (!in_time && (s.peek() == 'T' || s.peek() == 't')) {
      s.eat(s.peek());
      in_time = true;
      next = 0;
      if (!is_digit(s.peek())) fail(s.pos() - 1, 1, "expected a number after 'T'");
      continue;
    }
    const Seconds count = read_number(s);
    const std::size_t at = s.pos();
    const char designator = static_cast<char>(std::toupper(static_cast<unsigned char>(s.peek())));
    const std::string_view order = in_time ? time_designators : date_designators;
    const std::size_t index = designator == '\0' ? std::string_view::npos : order.find(designator);
    if (index == std::string_view::npos) {
      if (!in_time && time_designators.find(designator) != std::string_view::npos &&
          designator != 'M')
        fail(at, 1, fmt::format("'{}' needs 'T' before the time part (PT6H)", designator));
      fail(at, s.done() ? 0 : 1,
           s.done() ? "expected a designator (Y, M, W, D, H or S)"
                    : fmt::format("unexpected '{}' in an iso 8601 duration", s.peek()));
    }
    if (index < next)
      fail(at, 1, fmt::format("'{}' is out of order (PnYnMnWnDTnHnMnS)", designator));
    s.eat(s.peek());
    next = index + 1;
    amount.add(count, in_time ? *time_units[index] : *date_units[index]);
    ++components;
  }
  if (components == 0) fail(begin, s.pos() - begin, "expected a number after 'P'");
  return amount;
}

bool is_unit_char(char c) {
  return detail::is_ascii_letter(c) || static_cast<unsigned char>(c) >= 0x80;
}

// One or more "<number> <unit>" pairs: "7 months", "1h30m", "6시간".
Amount read_human(Scanner& s) {
  Amount amount;
  do {
    const std::size_t number_at = s.pos();
    const Seconds count = read_number(s);
    const std::size_t number_end = s.pos();
    s.skip_spaces();
    const std::string_view name = s.take_while(is_unit_char);
    if (name.empty())
      fail(number_at, number_end - number_at,
           fmt::format("missing unit after '{}' (h, days, months…)",
                       s.text().substr(number_at, number_end - number_at)));
    const std::string lowered = detail::ascii_lower(name);
    const auto found = std::find_if(unit_names.begin(), unit_names.end(),
                                    [&](const UnitName& u) { return u.name == lowered; });
    if (found == unit_names.end()) {
      std::vector<std::string_view> names;
      for (const UnitName& u : unit_names) names.push_back(u.name);
      const auto suggestion = detail::closest_match(name, names);
      fail(s.offset_of(name), name.size(),
           suggestion ? fmt::format("unknown unit '{}'; did you mean '{}'?", name, *suggestion)
                      : fmt::format("unknown unit '{}'", name));
    }
    amount.add(count, found->unit);
    const std::size_t after = s.pos();
    s.skip_spaces();
    if (!is_digit(s.peek())) s.seek(after);
  } while (is_digit(s.peek()));
  return amount;
}

Amount read_term(Scanner& s) {
  if (s.peek() == 'P' || s.peek() == 'p') return read_iso(s);
  return read_human(s);
}

struct Parsed {
  DurationSpec spec;
  detail::OffsetAmount offset;
};

Parsed parse(std::string_view text) {
  Scanner s(text);
  s.skip_spaces();
  if (s.done()) fail(0, text.size(), "empty duration");
  DurationSpec spec;
  spec.text = std::string(text);
  for (std::string_view word : approximately) {
    if (detail::ascii_lower(text.substr(s.pos(), word.size())) == word) {
      s.seek(s.pos() + word.size());
      spec.approximate = true;
      s.skip_spaces();
      break;
    }
  }
  const std::size_t left_at = s.pos();
  Amount left = read_term(s);
  Amount right = left;
  s.skip_spaces();
  if (s.starts_with("..")) {
    s.seek(s.pos() + 2);
    s.skip_spaces();
    right = read_term(s);
    if (left.min > right.max) fail(left_at, s.pos() - left_at, "the range ends before it starts");
    s.skip_spaces();
  }
  if (!s.done())
    fail(s.pos(), text.size() - s.pos(), fmt::format("unexpected '{}'", text.substr(s.pos())));
  spec.min = left.min;
  spec.max = right.max;
  detail::OffsetAmount offset{{}, left.steps, right.steps, false, true};
  for (const Amount* side : {&left, &right}) {
    offset.calendar = offset.calendar || side->calendar;
    offset.whole_days = offset.whole_days && side->steps.seconds == 0;
  }
  if (spec.approximate) {
    // One of the finest written unit each side; its longest length, so the range never shrinks.
    const Unit& finest =
        left.finest->fineness > right.finest->fineness ? *left.finest : *right.finest;
    spec.min = std::max<Seconds>(0, spec.min - finest.longest);
    spec.max += finest.longest;
    // The same in calendar steps, one step of that unit each side (never below zero).
    Amount less;
    less.steps = offset.low;
    less.step(-1, finest);
    Seconds* const fields[] = {&less.steps.years, &less.steps.months, &less.steps.days,
                               &less.steps.seconds};
    for (Seconds* field : fields) *field = std::max<Seconds>(0, *field);
    offset.low = less.steps;
    Amount more;
    more.steps = offset.high;
    more.step(1, finest);
    offset.high = more.steps;
  }
  // Longer than the whole range of instants, it could only move an event outside that range.
  if (spec.max > limits::max_duration_seconds)
    fail(left_at, text.size() - left_at,
         fmt::format("duration longer than the {} years of supported instants (years {}..{}; "
                     "see docs/limits.md)",
                     limits::max_year - limits::min_year + 1, limits::min_year, limits::max_year));
  offset.elapsed = spec;
  return {std::move(spec), std::move(offset)};
}

}  // namespace

TimeParse<DurationSpec> parse_duration(std::string_view text) {
  try {
    return {parse(text).spec, std::nullopt};
  } catch (const detail::TimeFailure& failure) {
    return {std::nullopt, failure.error};
  }
}

namespace detail {

TimeParse<OffsetAmount> parse_offset_amount(std::string_view text) {
  try {
    return {parse(text).offset, std::nullopt};
  } catch (const TimeFailure& failure) {
    return {std::nullopt, failure.error};
  }
}

}  // namespace detail

}  // namespace chronograph
