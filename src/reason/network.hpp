#pragma once
// Internal: the distance graph of the temporal network and where each of its edges came from.
// Time points: 0 is the origin z (the instant 0 UTC); event i of EventGraph::events() has its
// start at 1 + 2i and its end at 2 + 2i. An edge u → v of weight w is the constraint v − u ≤ w.

#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <vector>

#include "chronograph/graph.hpp"
#include "chronograph/reason.hpp"
#include "reason/weight.hpp"

namespace chronograph::detail {

using PointId = std::uint32_t;
using ConstraintId = std::uint32_t;
inline constexpr PointId origin_point = 0;
inline constexpr std::uint32_t no_index = std::numeric_limits<std::uint32_t>::max();

[[nodiscard]] constexpr PointId start_point(std::uint32_t event_index) {
  return 1 + 2 * event_index;
}
[[nodiscard]] constexpr PointId end_point(std::uint32_t event_index) {
  return 2 + 2 * event_index;
}
[[nodiscard]] constexpr std::uint32_t event_of_point(PointId point) {
  return (point - 1) / 2;
}
[[nodiscard]] constexpr bool is_start(PointId point) {
  return point % 2 == 1;
}

// Which statement a constraint comes from, enough to phrase it and to point at it.
enum class ConstraintKind {
  start_not_before,  // the event's stated start, earliest
  start_not_after,
  end_not_before,
  end_not_after,
  start_before_end,  // every event: start ≤ end
  lasts_at_least,    // Event::duration
  lasts_at_most,
  relation,      // an endpoint inequality of a relation
  gap_at_least,  // Relation::gap
  gap_at_most,
  relative_at_least,  // Event::relative: point − anchor ≥ seconds
  relative_at_most,   // point − anchor ≤ seconds
};

struct Constraint {
  PointId from = 0;
  PointId to = 0;
  Weight weight;  // to − from ≤ weight (weight.strict is 0 or 1 here)
  ConstraintKind kind = ConstraintKind::relation;
  NodeId event = 0;  // the event it is about, or the relation's `from`
  NodeId other = 0;  // the relation's `to`, or the relative time's anchor
  // Relation::sequence for relation and gap constraints; the index into Event::relative for
  // relative ones
  std::uint32_t relation = no_index;
  RelationType type = RelationType::label;
};

// A duration or a gap: [min, max] seconds.
struct StatedDuration {
  Seconds min = 0;
  Seconds max = 0;
  bool given = false;  // for Event::duration: the event states one
};

// What the network keeps of relation r: the event indices of its ends (no_index when the relation
// says nothing about event times), its type, and what messages name it by. 20 bytes rather than
// the model's 200-byte record, read twice in a row to build the distance graph; a copy rather
// than a pointer into the model, so a report stays valid whatever happens to the graph later.
struct RelationEnds {
  std::uint32_t a = no_index;         // Relation::from
  std::uint32_t b = no_index;         // Relation::to
  std::uint32_t sequence = no_index;  // Relation::sequence
  std::uint32_t gap = no_index;       // index into NetworkData::gaps, when its gap counts
  RelationType type = RelationType::label;

  [[nodiscard]] bool used() const { return a != no_index; }
};

// What the network keeps of a RelativeLink: its event and anchor as event indices.
struct LinkEnds {
  std::uint32_t event = no_index;
  std::uint32_t anchor = no_index;
  std::uint32_t link = 0;  // index into Event::relative
  Seconds seconds = 0;
  bool at_end = false;
  bool anchor_end = false;
  bool lower = true;
  bool strict = false;

  [[nodiscard]] PointId point() const { return at_end ? end_point(event) : start_point(event); }
  [[nodiscard]] PointId anchor_point() const {
    return anchor_end ? end_point(anchor) : start_point(anchor);
  }
  // point − anchor ≥ s is the edge point → anchor of weight −s; point − anchor ≤ s the edge
  // anchor → point of weight s.
  [[nodiscard]] PointId from() const { return lower ? point() : anchor_point(); }
  [[nodiscard]] PointId to() const { return lower ? anchor_point() : point(); }
  [[nodiscard]] Weight weight() const { return {lower ? -seconds : seconds, strict ? 1 : 0}; }
};

// One edge of the distance graph, 16 bytes: the CSR stores these contiguously per source point,
// so a relaxation reads one cache line for target, weight and origin together.
struct Arc {
  Seconds seconds = 0;
  PointId target = 0;
  std::uint32_t tagged = 0;  // constraint id << 1 | strict

  [[nodiscard]] ConstraintId constraint() const { return tagged >> 1; }
  [[nodiscard]] bool strict() const { return (tagged & 1U) != 0; }
  [[nodiscard]] Weight weight() const { return {seconds, static_cast<std::int32_t>(tagged & 1U)}; }
};

// Compressed sparse rows by hand: built with one counting sort by source (stable, so arcs keep
// constraint order), read with plain index loops. Boost's CSR builder copied the edges twice
// through generic iterators and cost more than the propagation it fed.
struct DistanceGraph {
  std::vector<std::uint32_t> begin;  // per point, and one past the last
  std::vector<Arc> arcs;

  [[nodiscard]] std::size_t point_count() const { return begin.empty() ? 0 : begin.size() - 1; }
  [[nodiscard]] std::span<const Arc> out(PointId point) const {
    return {arcs.data() + begin[point], arcs.data() + begin[point + 1]};
  }
};

// How collect_constraints numbers the events (and so the points). Results do not depend on it
// (see Ties in propagate.hpp); speed does, since the passes wait on memory.
enum class Numbering {
  // By stated time (earliest start, else latest), events with no stated start last.
  stated_time,
  // As stated_time, but the events with no stated start (still last) ordered by the first event
  // with one that a relation ties them to: passes then read them in order too.
  near_relatives,
};

// Constraint ids: the stated bounds of point p are 2(p − 1) (latest, an edge z → p) and
// 2(p − 1) + 1 (earliest, p → z); "starts no later than it ends" of event i is 4E + i; its
// duration 5E + 2i (at most) and 5E + 2i + 1 (at least); the k-th inequality of relation r (in the
// order for_each_inequality lists them) 7E + 4r + k. No constraint is stored: each is rebuilt from
// its id when asked, which keeps memory to the distance graph itself on large graphs. After the
// relations come the links of relative times, 7E + 4R + j for the j-th (events in file order).
// The order of ids (stated < start ≤ end < durations < relations in file order < relative
// times) is what ties are broken by.
struct NetworkData {
  static constexpr std::uint32_t inequalities_per_relation = 4;

  std::vector<NodeId> events;               // EventGraph::events() at build time
  std::vector<std::uint32_t> event_index;   // NodeId → index into `events`, or no_index
  std::vector<Bounds> stated;               // per point p ≥ 1, at p − 1
  std::vector<StatedDuration> durations;    // per event index; empty when no event has one
  std::vector<RelationEnds> relation_ends;  // the relations that constrain times, in edge order
  std::vector<StatedDuration> gaps;         // of the relations whose gap counts, in that order
  std::vector<LinkEnds> links;              // of relative times; empty when no event has one
  // The distance graph between event points; the origin's edges stay implicit in `stated`.
  DistanceGraph forward;  // u → v as stated
  // Every edge reversed, for distances *to* the origin; built only once a contradiction is found
  // (the first round gets those distances without it, src/reason/first_pass.hpp).
  DistanceGraph backward;
  std::vector<char> disabled;  // per constraint id once any is set aside after a contradiction
  bool any_disabled = false;   // lets the hot loops skip the (randomly indexed) lookup above
  // Shortest distances from the origin (latest bounds) and to it (minus earliest bounds), with the
  // constraint through which each was reached last: the shortest-path trees that explain bounds.
  std::vector<Weight> from_origin;
  std::vector<ConstraintId> from_parent;
  std::vector<Weight> to_origin;
  std::vector<ConstraintId> to_parent;
  bool consistent = true;
  Numbering numbering = Numbering::stated_time;

  [[nodiscard]] std::size_t point_count() const { return 1 + 2 * events.size(); }
  [[nodiscard]] ConstraintId first_duration() const {
    return static_cast<ConstraintId>(5 * events.size());
  }
  [[nodiscard]] ConstraintId first_relation() const {
    return static_cast<ConstraintId>(7 * events.size());
  }
  [[nodiscard]] ConstraintId relation_constraint(std::uint32_t r, std::uint32_t k) const {
    return first_relation() + inequalities_per_relation * r + k;
  }
  [[nodiscard]] ConstraintId first_link() const {
    return static_cast<ConstraintId>(first_relation() +
                                     std::size_t{inequalities_per_relation} * relation_ends.size());
  }
  [[nodiscard]] std::size_t constraint_count() const { return first_link() + links.size(); }
  [[nodiscard]] static ConstraintId latest_bound(PointId point) { return 2 * (point - 1); }
  [[nodiscard]] static ConstraintId earliest_bound(PointId point) { return 2 * (point - 1) + 1; }
  [[nodiscard]] bool has_latest(PointId point) const {
    return stated[point - 1].latest < unbounded_future;
  }
  [[nodiscard]] bool has_earliest(PointId point) const {
    return stated[point - 1].earliest > unbounded_past;
  }
  [[nodiscard]] Constraint constraint(ConstraintId id) const;
  [[nodiscard]] const StatedDuration* gap_of(const RelationEnds& ends) const {
    return ends.gap == no_index ? nullptr : &gaps[ends.gap];
  }
  [[nodiscard]] bool is_disabled(ConstraintId id) const { return any_disabled && disabled[id]; }
  void disable(ConstraintId id) {
    if (disabled.empty()) disabled.assign(constraint_count(), 0);
    disabled[id] = 1, any_disabled = true;
  }

  [[nodiscard]] std::optional<std::uint32_t> index_of(NodeId node) const {
    if (node >= event_index.size() || event_index[node] == no_index) return std::nullopt;
    return event_index[node];
  }
};

// Reads what every statement about time needs (stated bounds, durations, relation ends) and numbers
// the points; warnings for relations it cannot use.
void collect_constraints(const EventGraph& graph, NetworkData& network, Diagnostics& diagnostics,
                         Numbering numbering = Numbering::near_relatives);
// Builds the forward CSR graph: one arc per constraint, except the stated bounds.
void build_distance_graphs(NetworkData& network);
// Builds network.backward from network.forward, unless it is there already.
void build_reversed_graph(NetworkData& network);

}  // namespace chronograph::detail
