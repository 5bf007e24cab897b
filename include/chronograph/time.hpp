#pragma once
// Time expressions: one parser used by every input format. Every time resolves to closed bounds in
// UTC seconds while keeping its original text and zone for display. See docs/time.md.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "chronograph/interned.hpp"

namespace chronograph {

// Seconds since 1970-01-01T00:00:00Z on the proleptic Gregorian calendar (negative years allowed).
using Seconds = std::int64_t;

// Sentinels for open bounds (`../2024`); far enough from INT64 limits that sums never overflow.
inline constexpr Seconds unbounded_past = -(Seconds{1} << 60);
inline constexpr Seconds unbounded_future = Seconds{1} << 60;

// A closed set of possible instants [earliest, latest].
struct Bounds {
  Seconds earliest = unbounded_past;
  Seconds latest = unbounded_future;
  [[nodiscard]] bool empty() const { return earliest > latest; }
  friend bool operator==(const Bounds&, const Bounds&) = default;
};

enum class Precision : std::uint8_t { unknown, year, month, day, day_part, hour, minute, second };

// The calendar dates are written in (`calendar:` in a file). Bounds are always UTC seconds on the
// proleptic Gregorian calendar; a Julian date is converted on reading and back for display.
enum class Calendar : std::uint8_t { gregorian, julian };

// The names files use, in enum order ("gregorian", "julian").
[[nodiscard]] std::span<const std::string_view> calendar_names();
[[nodiscard]] std::optional<Calendar> calendar_from_string(std::string_view name);
[[nodiscard]] std::string_view to_string(Calendar calendar);

// The names of time zones (IANA names and UTC offsets) as times hold them: one pointer each.
struct ZoneNames;
using ZoneName = Interned<ZoneNames>;

// A parsed time expression. A single date bounds both start and end of what it dates
// ("2024-01-26": starts and ends within that day); an interval `a/b` bounds start by a, end by b.
struct TimeSpec {
  std::string text;  // as written
  ZoneName zone;     // IANA name or offset ("+09:00") used to read it
  Bounds start;      // UTC
  Bounds end;        // UTC
  Precision precision = Precision::unknown;
  bool uncertain = false;                   // EDTF `?` or `%`
  bool approximate = false;                 // EDTF `~` or `%`
  bool interval = false;                    // written as `a/b`
  Calendar calendar = Calendar::gregorian;  // the calendar the text was read in
  // The canonical English name when a day-part word was used ("late"). It points into the
  // library's own table of day parts (static storage), never into the text.
  std::string_view day_part;

  [[nodiscard]] Bounds hull() const { return {start.earliest, end.latest}; }
};

// A parsed duration or gap: ISO 8601 (`PT6H`, `P7M`), human (`7 months`, `6h`), approximate (`~`),
// or a range (`0h..12h`). Months are 28..31 days and years 365..366 days (see docs/time.md).
struct DurationSpec {
  std::string text;
  Seconds min = 0;
  Seconds max = 0;
  bool approximate = false;
};

// Where inside the expression it went wrong: byte offset and length relative to the text given.
struct TimeError {
  std::size_t offset = 0;
  std::size_t length = 1;
  std::string message;
};

template <class T>
struct TimeParse {
  std::optional<T> value;
  std::optional<TimeError> error;
};

// Reads a time expression. `default_zone` (IANA name or offset) applies when the text names none.
// Zones resolve through the system tz database (/usr/share/zoneinfo), never a bundled copy. Dates
// are read in `calendar` (docs/time.md, "Julian calendar").
[[nodiscard]] TimeParse<TimeSpec> parse_time(std::string_view text, std::string_view default_zone,
                                             Calendar calendar = Calendar::gregorian);
[[nodiscard]] TimeParse<DurationSpec> parse_duration(std::string_view text);

// True when `zone` is an IANA name the system database knows, or a UTC offset.
[[nodiscard]] bool is_known_zone(std::string_view zone);

// ISO 8601 with the zone's offset at that instant, e.g. "2024-01-26T09:00:00+09:00".
// Open bounds format as "" (JSON writes null for them), and so do instants outside the supported
// range (limits::min_instant..max_instant, docs/limits.md), which no stage produces.
[[nodiscard]] std::string format_instant(Seconds instant, std::string_view zone);
// Offset of `zone` at `instant`, in seconds east of UTC.
[[nodiscard]] Seconds zone_offset(Seconds instant, std::string_view zone);
// Human length of a span: "7 months", "2 days", "6 hours" (English) or "7개월", "2일", "6시간".
[[nodiscard]] std::string format_span(Seconds seconds, bool korean);

}  // namespace chronograph
