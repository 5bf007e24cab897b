#pragma once
// Internal: time zones from the system tz database, and UTC offsets written as text.

#include <optional>
#include <string>
#include <string_view>

#include "chronograph/time.hpp"

namespace chronograph::detail {

// A zone as written in a file: an IANA name resolved through /usr/share/zoneinfo, or a fixed
// offset ("Z", "UTC", "+09:00", "+0900", "-05").
class Zone {
 public:
  static std::optional<Zone> find(std::string_view text);

  // Offset east of UTC in seconds at a UTC instant.
  [[nodiscard]] Seconds offset_at(Seconds utc) const;
  // The UTC instant of a local wall-clock time. Skipped local times (spring forward) map to the
  // instant the clock jumps to; repeated ones (fall back) to the earlier instant, or the later one
  // when `latest` is set, so a bound never shrinks.
  [[nodiscard]] Seconds to_utc(Seconds local, bool latest) const;
  // The largest offset minus the smallest over the UTC instants [from, to]: how far apart two
  // wall clocks in that time can run (an hour across a daylight-saving change, 0 for a fixed
  // offset).
  [[nodiscard]] Seconds offset_spread(Seconds from, Seconds to) const;

 private:
  const void* iana_ =
      nullptr;  // const date::time_zone*; kept opaque so date/tz.h stays in zone.cpp
  Seconds fixed_offset_ = 0;
};

// The IANA name nearest to `text` when it looks like a typo of one. Walks the whole database, so
// keep it to error paths.
std::optional<std::string> closest_zone_name(std::string_view text);

// Largest offset the parser reads, in hours.
inline constexpr int max_offset_hours = 15;

// "+09:00", "+0900", "+09", "+00:49:56", "+004956", "Z", "UTC"; nullopt when the text is not an
// offset.
std::optional<Seconds> parse_offset(std::string_view text);
// ISO 8601: "Z", "+09:00", and "+00:49:56" when the offset has seconds (tz local mean times).
std::string format_offset(Seconds offset);

}  // namespace chronograph::detail
