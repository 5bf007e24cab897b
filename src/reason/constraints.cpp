// Every statement about time, read into what the distance graph is built from (and rebuilt into
// a constraint from its id when a message needs one).

#include <algorithm>
#include <bit>
#include <numeric>
#include <utility>

#include <fmt/format.h>

#include "chronograph/adapters/boost_graph.hpp"
#include "reason/inequalities.hpp"
#include "reason/network.hpp"

namespace chronograph::detail {

namespace {

// Event indices in order of (key, index). Each key, less the lowest, goes into the high bits of
// one 64-bit word with the index below it; a stable LSD radix sort, 11 bits a pass, over the key
// bits only (passes whose digit is the same for every key are skipped), then orders the words.
// Eight bytes an event rather than sixteen for (key, index) pairs: the passes move half as much.
// Keys of one document span a few decades; when key and index do not fit one word (a span of
// over 500 000 years at a million events), a comparison sort gives the same order.
std::vector<std::uint32_t> order_by_key(const std::vector<Seconds>& keys) {
  const std::size_t n = keys.size();
  std::vector<std::uint32_t> order;
  order.assign(n, std::uint32_t{0});
  if (n == 0) return order;
  // Events with no stated start (key unbounded_future) sort last: they count as one past the
  // highest other key, so they do not stretch the span.
  Seconds lowest = unbounded_future;
  Seconds highest = unbounded_past;
  for (const Seconds key : keys)
    if (key != unbounded_future) lowest = std::min(lowest, key), highest = std::max(highest, key);
  if (lowest > highest) lowest = highest = 0;  // none has a stated start
  const auto low = static_cast<std::uint64_t>(lowest);
  const std::uint64_t last = static_cast<std::uint64_t>(highest) - low + 1;
  const auto index_bits = static_cast<unsigned>(std::bit_width(n - 1));
  const auto key_bits = static_cast<unsigned>(std::bit_width(last));
  if (index_bits + key_bits > 64) {
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return keys[a] < keys[b]; });
    return order;
  }
  std::vector<std::uint64_t> words;
  std::vector<std::uint64_t> scratch;
  words.assign(n, std::uint64_t{0});
  scratch.assign(n, std::uint64_t{0});
  for (std::size_t k = 0; k < n; ++k) {
    const std::uint64_t key =
        keys[k] == unbounded_future ? last : static_cast<std::uint64_t>(keys[k]) - low;
    words[k] = key << index_bits | k;
  }
  constexpr unsigned digit_bits = 11;
  constexpr std::uint64_t digit_mask = (std::uint64_t{1} << digit_bits) - 1;
  std::vector<std::uint32_t> next(digit_mask + 1);
  for (unsigned shift = index_bits; shift < index_bits + key_bits; shift += digit_bits) {
    std::fill(next.begin(), next.end(), 0);
    for (const std::uint64_t word : words) ++next[(word >> shift) & digit_mask];
    std::uint32_t sum = 0;
    for (std::uint32_t& slot : next) sum += std::exchange(slot, sum);
    for (const std::uint64_t word : words) scratch[next[(word >> shift) & digit_mask]++] = word;
    words.swap(scratch);
  }
  const std::uint64_t index_mask = (std::uint64_t{1} << index_bits) - 1;
  for (std::size_t i = 0; i < n; ++i) order[i] = static_cast<std::uint32_t>(words[i] & index_mask);
  return order;
}

// The loops below look up records in random order (events by time, nodes by id): fetching a
// few iterations ahead overlaps those cache misses instead of waiting on each.
constexpr std::size_t lookahead = 16;

// Old index → new for the events from `dated` on (indexed from there): they stay after every
// event with a stated start, but ordered by the index of their relative (then by their own), those
// with none last. Passes walking points in order then walk them in order too, as a second stream,
// and no event with a stated start moves. Empty when none has a relative.
std::vector<std::uint32_t> place_near_relatives(const std::vector<std::uint32_t>& relative,
                                                std::uint32_t dated) {
  // Counting sort by relative, those with none (no_index) counted at `dated`.
  std::vector<std::uint32_t> next(std::size_t{dated} + 2, 0);
  bool any = false;
  for (const std::uint32_t r : relative) {
    ++next[(r == no_index ? dated : r) + 1];
    any = any || r != no_index;
  }
  if (!any) return {};
  for (std::size_t i = 1; i < next.size(); ++i) next[i] += next[i - 1];
  std::vector<std::uint32_t> new_index(relative.size());
  for (std::size_t u = 0; u < relative.size(); ++u)
    new_index[u] = dated + next[relative[u] == no_index ? dated : relative[u]]++;
  return new_index;
}

// Relations in file order without copying them (EventGraph::relations() copies every one): a
// bidirectional adjacency_list lists its edges in insertion order, and the model keeps them in a
// vector, so this reads the relations in sequence. Warnings for those it cannot use.
class RelationReader {
 public:
  RelationReader(const EventGraph& graph, NetworkData& network, Diagnostics& diagnostics)
      : graph_(graph), network_(network), diagnostics_(diagnostics) {}

  // Events from index `dated` on have no stated start; note for each the first event with one
  // that a relation ties it to (collect_constraints numbers it next to that one).
  void note_relatives(std::uint32_t dated, std::vector<std::uint32_t>& relative) {
    dated_ = dated;
    relative_ = &relative;
  }

  void read() {
    const BoostGraph& boost = boost_graph(graph_);
    const std::size_t total = boost::num_edges(boost);
    network_.relation_ends.clear();
    network_.gaps.clear();
    network_.relation_ends.reserve(total);
    auto [it, end] = boost::edges(boost);
    auto ahead = it;
    for (std::size_t step = 0; step < lookahead && ahead != end; ++step) ++ahead;
    for (; it != end; ++it) {
      if (ahead != end) {
        const Relation& later = boost[*ahead];
        // The gap's flag lies a cache line past the ends and type.
        __builtin_prefetch(reinterpret_cast<const char*>(&later) + 64);
        if (later.from < network_.event_index.size())
          __builtin_prefetch(&network_.event_index[later.from]);
        if (later.to < network_.event_index.size())
          __builtin_prefetch(&network_.event_index[later.to]);
        ++ahead;
      }
      const Relation& relation = boost[*it];
      // Only what constrains times: a data file's participant and place edges are most of them.
      if (const RelationEnds ends = ends_of(relation); ends.used())
        network_.relation_ends.push_back(ends);
    }
  }

 private:
  RelationEnds ends_of(const Relation& relation) {
    const bool temporal = is_temporal(relation.type);
    const bool structural =
        relation.type == RelationType::part_of || relation.type == RelationType::causes;
    if (!temporal && !structural) return {};
    const auto a = network_.index_of(relation.from);
    const auto b = network_.index_of(relation.to);
    if (!a || !b) {
      // Entities have no time of their own; a temporal claim about one says nothing usable.
      if (temporal)
        diagnostics_.push_back(make_warning(
            relation.range, fmt::format("'{}' relates times of events; '{}' is not an event, so "
                                        "this relation is ignored",
                                        to_string(relation.type), describe_node(relation))));
      return {};
    }
    if (relative_ != nullptr) note_relative(*a, *b);
    if (relation.gap() && !takes_gap(relation.type))
      diagnostics_.push_back(make_warning(
          relation.range, fmt::format("a gap is only meaningful for 'before', 'after' and "
                                      "'causes'; the gap of this '{}' relation is ignored",
                                      to_string(relation.type))));
    std::uint32_t gap = no_index;
    if (relation.gap() && takes_gap(relation.type)) {
      gap = static_cast<std::uint32_t>(network_.gaps.size());
      network_.gaps.push_back({relation.gap()->min, relation.gap()->max, true});
    }
    return {*a, *b, relation.sequence, gap, relation.type};
  }

  std::string describe_node(const Relation& relation) const {
    return graph_.kind(relation.from) == NodeKind::event ? graph_.id(relation.to)
                                                         : graph_.id(relation.from);
  }

  void note_relative(std::uint32_t a, std::uint32_t b) {
    if (a >= dated_ && b < dated_ && (*relative_)[a - dated_] == no_index)
      (*relative_)[a - dated_] = b;
    if (b >= dated_ && a < dated_ && (*relative_)[b - dated_] == no_index)
      (*relative_)[b - dated_] = a;
  }

  const EventGraph& graph_;
  NetworkData& network_;
  Diagnostics& diagnostics_;
  std::uint32_t dated_ = 0;
  std::vector<std::uint32_t>* relative_ = nullptr;
};

// Moves event u ≥ dated to new_index[u − dated]: its node, its lookup entry, its duration and the
// ends of the relations read so far (stated bounds are not copied yet).
void renumber(NetworkData& network, std::uint32_t dated,
              const std::vector<std::uint32_t>& new_index) {
  const std::vector<NodeId> moving(network.events.begin() + dated, network.events.end());
  for (std::size_t u = 0; u < moving.size(); ++u) {
    network.events[new_index[u]] = moving[u];
    network.event_index[moving[u]] = new_index[u];
  }
  if (!network.durations.empty()) {
    const std::vector<StatedDuration> moved(network.durations.begin() + dated,
                                            network.durations.end());
    for (std::size_t u = 0; u < moved.size(); ++u) network.durations[new_index[u]] = moved[u];
  }
  const auto moved = [&](std::uint32_t index) {
    return index < dated || index == no_index ? index : new_index[index - dated];
  };
  for (RelationEnds& ends : network.relation_ends) {
    ends.a = moved(ends.a);
    ends.b = moved(ends.b);
  }
}

// The relative times' links, events in file order, each event's in its own order.
void read_links(const std::vector<Event>& stored, const std::vector<NodeId>& nodes,
                NetworkData& network) {
  for (std::size_t k = 0; k < stored.size(); ++k) {
    const std::vector<RelativeLink>& links = stored[k].relative;
    for (std::uint32_t j = 0; j < links.size(); ++j) {
      const RelativeLink& link = links[j];
      const auto event = network.index_of(nodes[k]);
      const auto anchor = network.index_of(link.anchor);
      if (!event || !anchor) continue;  // the model only links events; a hand-built graph may not
      network.links.push_back({*event, *anchor, j, link.seconds, link.at_end, link.anchor_end,
                               link.lower, link.strict});
    }
  }
}

}  // namespace

Constraint NetworkData::constraint(ConstraintId id) const {
  const auto count = static_cast<ConstraintId>(events.size());
  if (id >= first_link()) {
    const LinkEnds& link = links[id - first_link()];
    return {link.from(),
            link.to(),
            link.weight(),
            link.lower ? ConstraintKind::relative_at_least : ConstraintKind::relative_at_most,
            events[link.event],
            events[link.anchor],
            link.link};
  }
  if (id >= first_relation()) {
    const std::uint32_t r = (id - first_relation()) / inequalities_per_relation;
    const std::uint32_t k = (id - first_relation()) % inequalities_per_relation;
    const RelationEnds& ends = relation_ends[r];
    Constraint found{
        0,        0, {}, ConstraintKind::relation, events[ends.a], events[ends.b], ends.sequence,
        ends.type};
    std::uint32_t listed = 0;
    for_each_inequality(ends.type, endpoints_of(ends.a), endpoints_of(ends.b), gap_of(ends),
                        [&](PointId from, PointId to, Weight weight, ConstraintKind kind) {
                          if (listed++ != k) return;
                          found.from = from, found.to = to, found.weight = weight;
                          found.kind = kind;
                        });
    return found;
  }
  if (id >= first_duration()) {
    const std::uint32_t index = (id - first_duration()) / 2;
    const StatedDuration& duration = durations[index];
    if ((id - first_duration()) % 2 == 0)
      return {start_point(index),
              end_point(index),
              {duration.max, 0},
              ConstraintKind::lasts_at_most,
              events[index]};
    return {end_point(index),
            start_point(index),
            {-duration.min, 0},
            ConstraintKind::lasts_at_least,
            events[index]};
  }
  if (id >= 4 * count) {
    const std::uint32_t index = id - 4 * count;
    return {end_point(index),
            start_point(index),
            {0, 0},
            ConstraintKind::start_before_end,
            events[index]};
  }
  const PointId point = 1 + id / 2;
  const NodeId event = events[event_of_point(point)];
  const Bounds& bounds = stated[point - 1];
  if (id % 2 == 0)  // point − z ≤ latest
    return {origin_point,
            point,
            {bounds.latest, 0},
            is_start(point) ? ConstraintKind::start_not_after : ConstraintKind::end_not_after,
            event};
  // z − point ≤ −earliest
  return {point,
          origin_point,
          {-bounds.earliest, 0},
          is_start(point) ? ConstraintKind::start_not_before : ConstraintKind::end_not_before,
          event};
}

void collect_constraints(const EventGraph& graph, NetworkData& network, Diagnostics& diagnostics,
                         Numbering numbering) {
  // Points are numbered in order of stated time, not file order: statements mostly relate events
  // close in time, so propagation then walks memory nearly in sequence (large graphs are bound by
  // cache misses, not arithmetic).
  // The storage keeps events (800-byte records) in file order beside their node ids: read what
  // time says in that order, once, into small arrays, and number points from those (reading the
  // records themselves in time order, even fetched ahead, was slower: a TLB miss each).
  const detail::GraphStorage& storage = graph.storage();
  const std::vector<Event>& stored = storage.events;
  const std::size_t count = stored.size();
  std::vector<Seconds> keys;
  std::vector<Bounds> stated;  // file order: start, end
  keys.assign(count, Seconds{0});
  stated.assign(2 * count, Bounds{});
  std::vector<StatedDuration> durations;  // file order, once any exists
  bool any_links = false;
  for (std::uint32_t k = 0; k < count; ++k) {
    if (k + lookahead < count) {  // 800-byte strides: the hardware does not fetch these ahead
      __builtin_prefetch(&stored[k + lookahead].duration);
      __builtin_prefetch(&stored[k + lookahead].stated_end);
    }
    const Event& event = stored[k];
    const Bounds& start = event.stated_start;
    keys[k] = start.earliest > unbounded_past ? start.earliest : start.latest;
    stated[2 * k] = start;
    stated[2 * k + 1] = event.stated_end;
    any_links = any_links || !event.relative.empty();
    if (!event.duration) continue;
    if (durations.empty()) durations.resize(count);
    durations[k] = {event.duration->min, event.duration->max, true};
  }
  const std::vector<std::uint32_t> by_time = order_by_key(keys);
  const std::vector<NodeId>& nodes = storage.event_nodes;
  network.events.assign(count, NodeId{0});
  network.event_index.assign(graph.node_count(), no_index);
  network.stated.assign(2 * count, Bounds{});
  network.durations.assign(durations.empty() ? 0 : count, StatedDuration{});
  for (std::uint32_t i = 0; i < count; ++i) {
    if (i + 2 * lookahead < count) __builtin_prefetch(&nodes[by_time[i + 2 * lookahead]]);
    if (i + lookahead < count)
      __builtin_prefetch(&network.event_index[nodes[by_time[i + lookahead]]], 1);
    const NodeId node = nodes[by_time[i]];
    network.events[i] = node;
    network.event_index[node] = i;
    if (!durations.empty()) network.durations[i] = durations[by_time[i]];
  }

  RelationReader reader(graph, network, diagnostics);
  // Events with no stated start have the largest key, unbounded_future: they come last.
  auto dated = static_cast<std::uint32_t>(count);
  while (dated > 0 && keys[by_time[dated - 1]] == unbounded_future) --dated;
  std::vector<std::uint32_t> relative;
  network.numbering = Numbering::stated_time;
  if (numbering == Numbering::near_relatives && dated > 0 && dated < count) {
    relative.assign(count - dated, no_index);
    reader.note_relatives(dated, relative);
  }
  reader.read();
  std::vector<std::uint32_t> new_index;
  if (!relative.empty()) new_index = place_near_relatives(relative, dated);
  if (!new_index.empty()) {
    renumber(network, dated, new_index);
    network.numbering = Numbering::near_relatives;
  }
  for (std::uint32_t i = 0; i < count; ++i) {
    if (i + lookahead < count) __builtin_prefetch(&stated[2 * by_time[i + lookahead]]);
    const std::uint32_t k = by_time[i];
    const std::uint32_t j = new_index.empty() || i < dated ? i : new_index[i - dated];
    network.stated[start_point(j) - 1] = stated[2 * k];
    network.stated[end_point(j) - 1] = stated[2 * k + 1];
  }
  network.links.clear();
  if (any_links) read_links(stored, nodes, network);
  network.disabled.clear();
  network.any_disabled = false;
}

}  // namespace chronograph::detail
