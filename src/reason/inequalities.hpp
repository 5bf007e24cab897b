#pragma once
// Internal: the endpoint inequalities a relation stands for (the table in docs/reasoning.md). One
// function lists them, in a fixed order, for the three places that need them: counting the arcs
// of the distance graph, filling it, and rebuilding a constraint from its id for a message. The
// k-th inequality listed for relation r has constraint id NetworkData::relation_constraint(r, k).

#include <array>
#include <cstdint>

#include "reason/network.hpp"

namespace chronograph::detail {

struct Endpoints {
  PointId start;
  PointId end;
};

[[nodiscard]] constexpr Endpoints endpoints_of(std::uint32_t event_index) {
  return {start_point(event_index), end_point(event_index)};
}

// True for the relations whose order a gap measures (before, after, causes).
[[nodiscard]] constexpr bool takes_gap(RelationType type) {
  return type == RelationType::before || type == RelationType::after ||
         type == RelationType::causes;
}

namespace shapes {

// The four points of `a type b`, in the order RelationShape refers to them.
enum Point : std::uint8_t { a_start, a_end, b_start, b_end };

// `earlier` < `later` (strict) or ≤: the edge later → earlier of weight 0.
struct Order {
  Point earlier;
  Point later;
  bool strict;
};

// A table, not a switch: building the distance graph walks two million relations of random types
// several times, and a jump per relation mispredicted on most of them.
struct RelationShape {
  std::uint8_t count = 0;
  Order orders[4] = {};
  Point gap_from = a_start;  // the gap runs from the earlier point the relation orders to the later
  Point gap_to = a_start;
};

[[nodiscard]] constexpr RelationShape shape_of(RelationType type) {
  const auto lt = [](Point x, Point y) { return Order{x, y, true}; };
  const auto le = [](Point x, Point y) { return Order{x, y, false}; };
  switch (type) {
    case RelationType::before:
      return {1, {lt(a_end, b_start)}, a_end, b_start};
    case RelationType::after:
      return {1, {lt(b_end, a_start)}, b_end, a_start};
    case RelationType::causes:
      return {1, {le(a_start, b_start)}, a_start, b_start};
    case RelationType::meets:
      return {2, {le(a_end, b_start), le(b_start, a_end)}};
    case RelationType::met_by:
      return {2, {le(b_end, a_start), le(a_start, b_end)}};
    case RelationType::overlaps:
      return {3, {lt(a_start, b_start), lt(b_start, a_end), lt(a_end, b_end)}};
    case RelationType::overlapped_by:
      return {3, {lt(b_start, a_start), lt(a_start, b_end), lt(b_end, a_end)}};
    case RelationType::during:
      return {2, {lt(b_start, a_start), lt(a_end, b_end)}};
    case RelationType::contains:
      return {2, {lt(a_start, b_start), lt(b_end, a_end)}};
    case RelationType::starts:
      return {3, {le(a_start, b_start), le(b_start, a_start), lt(a_end, b_end)}};
    case RelationType::started_by:
      return {3, {le(b_start, a_start), le(a_start, b_start), lt(b_end, a_end)}};
    case RelationType::finishes:
      return {3, {le(a_end, b_end), le(b_end, a_end), lt(b_start, a_start)}};
    case RelationType::finished_by:
      return {3, {le(b_end, a_end), le(a_end, b_end), lt(a_start, b_start)}};
    case RelationType::equals:
      return {4, {le(a_start, b_start), le(b_start, a_start), le(a_end, b_end), le(b_end, a_end)}};
    case RelationType::includes:
      return {2, {le(a_start, b_start), le(b_end, a_end)}};
    case RelationType::is_included:
    case RelationType::part_of:
      return {2, {le(b_start, a_start), le(a_end, b_end)}};
    default:
      return {};
  }
}

inline constexpr std::size_t type_count = static_cast<std::size_t>(RelationType::label) + 1;

inline constexpr auto table = [] {
  std::array<RelationShape, type_count> shapes{};
  for (std::size_t t = 0; t < type_count; ++t) shapes[t] = shape_of(static_cast<RelationType>(t));
  return shapes;
}();

}  // namespace shapes

// Calls emit(from, to, weight, kind) for each inequality `to − from ≤ weight` that `a type b`
// states, then for those of its gap (pass nullptr when it has none or takes none). At most
// NetworkData::inequalities_per_relation of them.
template <class Emit>
void for_each_inequality(RelationType type, Endpoints a, Endpoints b, const StatedDuration* gap,
                         Emit&& emit) {
  const auto t = static_cast<std::size_t>(type);
  if (t >= shapes::type_count) return;
  const shapes::RelationShape& shape = shapes::table[t];
  const PointId point[4] = {a.start, a.end, b.start, b.end};
  for (std::uint8_t k = 0; k < shape.count; ++k) {
    const shapes::Order order = shape.orders[k];
    emit(point[order.later], point[order.earlier], Weight{0, order.strict ? 1 : 0},
         ConstraintKind::relation);
  }
  if (gap == nullptr) return;
  emit(point[shape.gap_from], point[shape.gap_to], Weight{gap->max, 0},
       ConstraintKind::gap_at_most);
  // A zero minimum adds nothing beyond the relation's own (possibly strict) order.
  if (gap->min != 0)
    emit(point[shape.gap_to], point[shape.gap_from], Weight{-gap->min, 0},
         ConstraintKind::gap_at_least);
}

}  // namespace chronograph::detail
