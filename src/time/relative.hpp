#pragma once
// Internal: times written relative to another event ("1 day before pyeongtaek-tour, late",
// "visit-2023 +P7M", "departure 전 늦은 오후", "between a and b"). This reads the text and does
// the calendar arithmetic on the anchor's bounds; the model stage resolves the ids and turns
// each expression into constraints for the reasoner. Grammar and meaning: docs/time.md,
// "Relative times".

#include <cstddef>
#include <optional>
#include <string_view>

#include "chronograph/time.hpp"
#include "time/day_parts.hpp"
#include "time/duration.hpp"

namespace chronograph::detail {

// An event named in the expression, as written: "hynix-meeting.end" (the model splits off the
// point), with its byte offset in the expression.
struct AnchorText {
  std::string_view token;
  std::size_t offset = 0;
};

enum class RelativeDirection { after, before, between };

struct RelativeSyntax {
  RelativeDirection direction = RelativeDirection::after;
  AnchorText anchors[2];  // the second only for `between`
  // The shift ("7 months", "-P1D" without its sign); absent: no gap is stated, a pure order.
  std::optional<OffsetAmount> amount;
  std::optional<DayPart> part;  // "late": that part of the day the shift lands on
  std::size_t part_offset = 0;
  std::size_t part_length = 0;
};

// True when the text uses the relative grammar (a word such as "before", "after", "between",
// "전", "후", "전날", or a "+P…"/"-P…" shift): such text is never an absolute time expression.
[[nodiscard]] bool looks_relative(std::string_view text);

// Reads the expression; errors are positioned inside `text`, as parse_time's are.
[[nodiscard]] TimeParse<RelativeSyntax> parse_relative(std::string_view text);

// Where the expression puts the event, from the bounds of the anchor's point, in `zone` (the
// anchor's): a shift moves each bound along the local calendar (months keep the day of month,
// clamped to the month's length), then by its elapsed hours; with a part of day, the first and
// last day of the anchor's bounds move and that part of the days they land on is the result.
// Only for expressions with a shift or a part of day. Open bounds stay open. Fails when the
// result leaves the supported years.
[[nodiscard]] TimeParse<Bounds> place_relative(const Bounds& anchor, const RelativeSyntax& syntax,
                                               std::string_view zone, Calendar calendar);

// What the expression says about `point − anchor` for any instant of the anchor, in seconds
// (closed): the shift's elapsed range, widened by the hours of the day a part of day can lie
// from the anchor's instant and, for calendar shifts and parts of day, by how far the zone's
// offset moves over `span` (the anchor's and the event's bounds together: an hour across a
// daylight-saving change; an hour when the span is open, unless the zone is a fixed offset).
// The reasoner uses it to move the event with its anchor.
[[nodiscard]] Bounds relative_window(const RelativeSyntax& syntax, std::string_view zone,
                                     const Bounds& span);

}  // namespace chronograph::detail
