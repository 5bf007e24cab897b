#pragma once
// Internal: one side of a time expression ("2024-01-26 late Asia/Seoul?"), read into local
// wall-clock bounds before any zone is applied.

#include <string_view>

#include "chronograph/time.hpp"
#include "time/text.hpp"

namespace chronograph::detail {

struct Endpoint {
  enum class Kind { date, open, unknown };  // "2024", "..", "" (nothing written)
  Kind kind = Kind::unknown;
  std::size_t begin = 0;  // byte range of the endpoint in the expression
  std::size_t end = 0;
  // Local wall-clock seconds "as if UTC": closed bounds of what the endpoint names, already
  // widened when approximate.
  Seconds local_earliest = 0;
  Seconds local_latest = 0;
  Precision precision = Precision::unknown;
  std::string_view day_part;  // canonical English name, or empty
  bool uncertain = false;
  bool approximate = false;
  // Zones as written (views into the expression); empty when absent.
  std::string_view offset;  // attached to the time ("+09:00", "Z"): fixes the instant
  std::string_view zone;    // trailing word or [bracketed] name
};

// Reads one endpoint at the scanner's position, stopping before a '/' that separates the ends of
// an interval or before text it cannot read (the caller reports that). Dates are in `calendar`.
[[nodiscard]] Endpoint read_endpoint(Scanner& scanner, Calendar calendar);

}  // namespace chronograph::detail
