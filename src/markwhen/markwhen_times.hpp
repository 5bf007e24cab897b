#pragma once
// Internal: a Markwhen event's dates as Markwhen counts them (relative dates from the events they
// name), and the `when` expression of ours whose bounds hold them (docs/formats.md, "Markwhen").

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "chronograph/time.hpp"
#include "markwhen/markwhen_dates.hpp"

namespace chronograph::detail::markwhen {

// From `from` to `to`, UTC; no `to` when the event runs until `now` (left open).
struct Span {
  Seconds from = 0;
  std::optional<Seconds> to;
  std::string zone;  // the event's
};

struct Resolved {
  Span span;
  std::string when;  // our time expression: start.earliest == from, `to` inside the end bounds
};

struct Earlier {
  // The span of the event with Markwhen id `id` defined above, or nullptr.
  std::function<const Span*(std::string_view id)> by_id;
  const Span* previous = nullptr;  // the event just above, in file order
};

// `zone`: the event's zone (header `timezone:`, its section's or its own); `document_zone` the
// document's, which its `when` need not name. A problem is positioned in the event's line.
struct Resolution {
  std::optional<Resolved> value;
  std::optional<Problem> error;
};
[[nodiscard]] Resolution resolve(const EventStart& start, const std::string& zone,
                                 const std::string& document_zone, const Earlier& earlier);

}  // namespace chronograph::detail::markwhen
