#include "layout/items.hpp"

#include <algorithm>
#include <array>
#include <numeric>
#include <optional>

namespace chronograph::detail {

namespace {

bool any_finite(const Bounds& b) {
  return finite(b.earliest) || finite(b.latest);
}

Seconds unit_seconds(Precision precision) {
  switch (precision) {
    case Precision::year:
      return 31556952;  // mean Gregorian year
    case Precision::month:
      return 2629746;
    case Precision::day:
      return 86400;
    case Precision::day_part:
      return 3 * 3600;  // the shortest parts of day
    case Precision::hour:
      return 3600;
    case Precision::minute:
      return 60;
    case Precision::second:
      return 1;
    case Precision::unknown:
      break;
  }
  return 0;
}

// How precisely the event is known: the unit its times are written in; for an event the file
// dates only through relations, the narrowest of its reasoned start and end ranges.
Seconds resolution_of(const Event& event, Bounds start, Bounds end, Seconds lo, Seconds hi) {
  Seconds written = 0;
  for (const TimeSpec* spec : {&event.when, event.end_when ? &*event.end_when : nullptr})
    if (spec != nullptr && !spec->text.empty()) {
      const Seconds unit = unit_seconds(spec->precision);
      if (unit > 0) written = written == 0 ? unit : std::min(written, unit);
    }
  if (written > 0) return written;
  Seconds narrowest = hi - lo;
  for (const Bounds& b : {start, end})
    if (finite(b.earliest) && finite(b.latest))
      narrowest = std::min(narrowest, b.latest - b.earliest);
  return narrowest;
}

std::optional<Item> make_item(const Event& event, NodeId node, std::size_t file_index) {
  // The reason stage fills start/end; before it has run, fall back to what the file stated.
  Bounds start = event.start;
  Bounds end = event.end;
  if (!any_finite(start) && !any_finite(end)) {
    start = any_finite(event.stated_start) ? event.stated_start : event.when.start;
    end = any_finite(event.stated_end) ? event.stated_end : event.when.end;
  }
  const std::array values{start.earliest, start.latest, end.earliest, end.latest};
  Seconds lo = unbounded_future;
  Seconds hi = unbounded_past;
  for (const Seconds value : values)
    if (finite(value)) {
      lo = std::min(lo, value);
      hi = std::max(hi, value);
    }
  if (lo > hi) return std::nullopt;
  const auto clamp = [&](Seconds value) { return std::clamp(value, lo, hi); };
  Item item;
  item.node = node;
  item.file_index = file_index;
  item.start_earliest = clamp(start.earliest);
  item.end_latest = clamp(end.latest);
  item.start_latest = std::clamp(clamp(start.latest), item.start_earliest, item.end_latest);
  item.end_earliest = std::clamp(clamp(end.earliest), item.start_earliest, item.end_latest);
  item.span = {lo, hi, !finite(start.earliest), !finite(end.latest),
               resolution_of(event, start, end, lo, hi)};
  item.span.has_sides = true;
  item.span.starts_by = item.start_latest;
  item.span.ends_from = item.end_earliest;
  return item;
}

}  // namespace

bool finite(Seconds instant) {
  return instant > unbounded_past && instant < unbounded_future;
}

std::vector<Item> collect_items(const EventGraph& graph, std::string_view view,
                                Diagnostics& diagnostics) {
  std::vector<Item> items;
  for (std::size_t i = 0; i < graph.events().size(); ++i) {
    const NodeId node = graph.events()[i];
    const Event& event = graph.event(node);
    if (auto item = make_item(event, node, i)) {
      items.push_back(*item);
    } else {
      diagnostics.push_back(
          make_warning(event.when_range.file.empty() ? event.range : event.when_range,
                       "event '" + event.id + "' has no finite time bound; it is left out of " +
                           std::string(view)));
    }
  }
  return items;
}

void clip_open_ends(std::vector<Item>& items, const Axis& axis) {
  if (axis.segments.empty()) return;
  for (Item& item : items) {
    if (item.span.open_before)
      item.start_earliest = std::min(item.start_earliest, axis.segments.front().begin);
    if (item.span.open_after) item.end_latest = std::max(item.end_latest, axis.segments.back().end);
  }
}

std::vector<std::size_t> time_order(const std::vector<Item>& items) {
  std::vector<std::size_t> order(items.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::pair{items[a].span.lo, items[a].span.hi} <
           std::pair{items[b].span.lo, items[b].span.hi};
  });
  return order;
}

}  // namespace chronograph::detail
