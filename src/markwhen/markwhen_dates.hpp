#pragma once
// Internal: the date part of a Markwhen event line ("2024-01-26: Kickoff", "after !kickoff 2
// weeks: Review"), scanned into endpoints. Absolute endpoints become our own time expressions
// (docs/time.md); relative ones keep their reference and amounts for markwhen_times.cpp to count.
// The grammar is Markwhen 1.x's (@markwhen/parser), docs/formats.md "Markwhen".

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chronograph::detail::markwhen {

enum class Unit { millisecond, second, minute, hour, day, week, month, year };

struct Amount {
  long long count = 0;
  Unit unit = Unit::day;
};

struct Endpoint {
  enum class Kind { date, now, relative };
  Kind kind = Kind::date;
  // date: our time expression for the unit written ("2024-01-26", "2024-01", "2024-01-26T10:00",
  // "-0299"); `last` the one whose end closes the endpoint when it is not `text` (an ISO week:
  // its Sunday).
  std::string text;
  std::string last;
  bool timed = false;  // a time of day was written: Markwhen reads an instant
  // Markwhen reads the instant the unit begins, not its end (the last year of an era range).
  bool at_start = false;
  // relative: `before`/`by` or `after` (the default), the event referred to (empty: the event
  // above), which of its ends (`start`, `end`, empty: Markwhen's default for the side), and the
  // amounts, negative when written with a leading '-'.
  bool before = false;
  std::string reference;
  std::size_t reference_offset = 0;  // of the id in the line
  std::string part;
  std::vector<Amount> amounts;
  bool negative = false;
  std::size_t offset = 0;  // in the line
  std::size_t length = 0;
};

struct EventStart {
  Endpoint from;
  std::optional<Endpoint> to;
  std::size_t end = 0;    // offset of the ':' ending the date part
  std::size_t begin = 0;  // of the date part
};

// A problem at `offset` (bytes in the line), `length` bytes long.
struct Problem {
  std::size_t offset = 0;
  std::size_t length = 1;
  std::string message;
};

struct Scan {
  std::optional<EventStart> start;  // the line starts an event
  std::optional<Problem> error;     // it looks like one but a value is wrong
  // It would be an event in our reading, but Markwhen 1.x reads it as text (an ISO date range
  // written with " - "): a warning, and the line stays text as there.
  std::optional<Problem> text_only;
};

// Scans `line` for `DATE[ / DATE | - DATE | to DATE]:`. Slash dates are month first
// (`01/02/2024` is January 2nd): Markwhen 1.x's `dateFormat` header is a list of custom rules.
[[nodiscard]] Scan scan_event_start(std::string_view line);

// The ISO week date's Monday (weekday 1) or the given weekday: "2024-W04" → 2024-01-22.
struct CivilDay {
  int year = 0;
  int month = 0;
  int day = 0;
};
[[nodiscard]] CivilDay iso_week_day(int year, int week, int weekday);

}  // namespace chronograph::detail::markwhen
