#include "reason/propagate.hpp"

#include <algorithm>
#include <memory>
#include <span>
#include <utility>

namespace chronograph::detail {

namespace {

const DistanceGraph& graph_of(const NetworkData& network, bool backward) {
  return backward ? network.backward : network.forward;
}

PointId tail_of(const NetworkData& network, ConstraintId id, bool backward) {
  const Constraint c = network.constraint(id);
  return backward ? c.to : c.from;
}

// A cycle among parent pointers is a cycle of total weight below zero (every pointer was set by a
// strict improvement), so finding one proves a contradiction. O(points given).
std::optional<std::vector<ConstraintId>> parent_cycle(const NetworkData& network,
                                                      std::span<const PointId> points,
                                                      const ConstraintId* parent,
                                                      std::uint32_t* walk) {
  for (PointId point : points) walk[point] = no_index;
  for (PointId first : points) {
    PointId point = first;
    while (walk[point] == no_index) {
      walk[point] = first;
      if (parent[point] == no_index) break;
      point = tail_of(network, parent[point], false);
    }
    if (walk[point] != first || parent[point] == no_index) continue;
    // `point` was reached twice by this walk: it lies on the cycle.
    std::vector<ConstraintId> cycle;
    PointId at = point;
    do {
      cycle.push_back(parent[at]);
      at = tail_of(network, parent[at], false);
    } while (at != point);
    std::reverse(cycle.begin(), cycle.end());  // parent walks run against the edges
    return cycle;
  }
  return std::nullopt;
}

// Tarjan's algorithm without recursion (a million-point chain would overflow the stack), over
// the flat arcs. It visits roots in point order and arcs in CSR order, as Boost's
// strong_components did, so components are numbered the same way: sinks first. Members are
// listed as components complete (each component's in point order), so no second pass sorts them.
void number_components(const DistanceGraph& graph, Components& components) {
  const auto n = static_cast<std::uint32_t>(graph.point_count());
  constexpr std::uint32_t unvisited = no_index;
  struct Visit {
    std::uint32_t order = unvisited;  // DFS discovery number
    std::uint32_t low = 0;
  };
  std::vector<Visit> visit(n);
  std::vector<std::uint32_t>& of = components.of;
  of.assign(n, unvisited);
  components.begin.clear();
  components.begin.push_back(0);
  components.members.clear();
  components.members.reserve(n);
  components.cyclic.clear();
  std::vector<PointId> stack;                             // points not yet in a component
  std::vector<std::pair<PointId, std::uint32_t>> frames;  // point, next arc to look at
  std::vector<PointId> looped;                            // points with an edge to themselves
  std::uint32_t discovered = 0;
  for (PointId root = 0; root < n; ++root) {
    if (visit[root].order != unvisited) continue;
    visit[root] = {discovered, discovered};
    ++discovered;
    stack.push_back(root);
    frames.emplace_back(root, graph.begin[root]);
    while (!frames.empty()) {
      auto& [u, next] = frames.back();
      if (next < graph.begin[u + 1]) {
        const PointId v = graph.arcs[next++].target;
        if (visit[v].order == unvisited) {
          visit[v] = {discovered, discovered};
          ++discovered;
          stack.push_back(v);
          frames.emplace_back(v, graph.begin[v]);
        } else if (of[v] == unvisited) {  // still on the stack
          visit[u].low = std::min(visit[u].low, visit[v].order);
          if (v == u) looped.push_back(u);
        }
        continue;
      }
      const PointId done = u;
      frames.pop_back();
      if (!frames.empty()) {
        const PointId parent = frames.back().first;
        visit[parent].low = std::min(visit[parent].low, visit[done].low);
      }
      if (visit[done].low != visit[done].order) continue;
      const auto component = static_cast<std::uint32_t>(components.begin.size() - 1);
      const std::size_t first = components.members.size();
      PointId member = 0;
      do {
        member = stack.back();
        stack.pop_back();
        of[member] = component;
        components.members.push_back(member);
      } while (member != done);
      if (components.members.size() - first > 1) {
        std::sort(components.members.begin() + static_cast<std::ptrdiff_t>(first),
                  components.members.end());
        components.cyclic.push_back(component);
      }
      components.begin.push_back(static_cast<std::uint32_t>(components.members.size()));
    }
  }
  // A lone point with a loop may contradict itself (x < x): check its component too.
  for (PointId point : looped)
    if (components.begin[of[point] + 1] - components.begin[of[point]] == 1)
      components.cyclic.push_back(of[point]);
  std::sort(components.cyclic.begin(), components.cyclic.end());
  components.cyclic.erase(std::unique(components.cyclic.begin(), components.cyclic.end()),
                          components.cyclic.end());
}

}  // namespace

Components strong_components_of(const NetworkData& network) {
  Components components;
  number_components(network.forward, components);
  return components;
}

std::optional<std::vector<ConstraintId>> cycle_in_component(const NetworkData& network,
                                                            const Components& components,
                                                            std::uint32_t c,
                                                            CycleScratch& scratch) {
  const std::span<const PointId> members(components.members.data() + components.begin[c],
                                         components.begin[c + 1] - components.begin[c]);
  if (members.size() == 1) {
    // A lone point can still contradict itself through a loop (x < x).
    const PointId u = members.front();
    for (const Arc& arc : network.forward.out(u))
      if (arc.target == u && !network.is_disabled(arc.constraint()) && arc.weight().below_zero())
        return std::vector<ConstraintId>{arc.constraint()};
    return std::nullopt;
  }
  // Time lines have few cycles, and the point-sized scratch arrays would cost more (in fresh
  // pages) than the check itself. Each is written for a component's members before it is read,
  // so none needs filling.
  const std::size_t n = network.point_count();
  if (!scratch.distance) {
    scratch.distance = std::make_unique_for_overwrite<Weight[]>(n);
    scratch.parent = std::make_unique_for_overwrite<ConstraintId[]>(n);
    scratch.walk = std::make_unique_for_overwrite<std::uint32_t[]>(n);
    scratch.queued = std::make_unique_for_overwrite<char[]>(n);
  }
  Weight* const distance = scratch.distance.get();
  ConstraintId* const parent = scratch.parent.get();
  char* const queued = scratch.queued.get();
  std::vector<PointId>& queue = scratch.queue;
  // Every member at zero, as if a virtual source reached each: any cycle below zero shows.
  queue.assign(members.begin(), members.end());
  for (PointId point : members)
    distance[point] = {0, 0}, parent[point] = no_index, queued[point] = 1;
  std::size_t head = 0;
  std::size_t relaxations = 0;
  std::size_t next_check = members.size();
  while (head < queue.size()) {
    const PointId u = queue[head++];
    queued[u] = 0;
    for (const Arc& arc : network.forward.out(u)) {
      const PointId v = arc.target;
      if (components.of[v] != c || network.is_disabled(arc.constraint())) continue;
      const Weight candidate = distance[u] + arc.weight();
      if (!(candidate < distance[v])) continue;
      distance[v] = candidate;
      parent[v] = arc.constraint();
      if (!queued[v]) queue.push_back(v), queued[v] = 1;
      if (++relaxations >= next_check) {
        next_check += members.size();
        if (auto cycle = parent_cycle(network, members, parent, scratch.walk.get())) return cycle;
      }
    }
    // Keep the queue from growing without bound while a cycle spins.
    if (head > members.size() * 4) {
      queue.erase(queue.begin(), queue.begin() + static_cast<std::ptrdiff_t>(head));
      head = 0;
    }
  }
  return std::nullopt;
}

std::optional<std::vector<ConstraintId>> cycle_inside_components(const NetworkData& network,
                                                                 const Components& components) {
  CycleScratch scratch;
  for (const std::uint32_t c : components.cyclic)
    if (auto cycle = cycle_in_component(network, components, c, scratch)) return cycle;
  return std::nullopt;
}

void stable_order(const NetworkData& network, std::span<const PointId> members,
                  std::vector<PointId>& ordered) {
  ordered.assign(members.begin(), members.end());
  const auto key = [&](PointId point) {
    return std::pair{network.events[event_of_point(point)], is_start(point) ? 0 : 1};
  };
  std::sort(ordered.begin(), ordered.end(), [&](PointId a, PointId b) { return key(a) < key(b); });
}

void propagate(const NetworkData& network, const Components& components, bool backward,
               Propagation& result, Ties ties) {
  const std::size_t n = network.point_count();
  // Warm start: every point begins at its own stated bound, the edge from (or to) the origin.
  // Written in one pass (no fill first: these arrays are tens of MB of fresh memory).
  result.distance = {};
  result.parent = {};
  result.distance.reserve(n);
  result.parent.reserve(n);
  if (n > 0) result.distance.push_back(Weight::infinite()), result.parent.push_back(no_index);
  for (PointId point = 1; point < n; ++point) {
    const ConstraintId bound =
        backward ? NetworkData::earliest_bound(point) : NetworkData::latest_bound(point);
    const bool stated = backward ? network.has_earliest(point) : network.has_latest(point);
    if (!stated || network.is_disabled(bound)) {
      result.distance.push_back(Weight::infinite());
      result.parent.push_back(no_index);
      continue;
    }
    const Bounds& bounds = network.stated[point - 1];
    result.distance.push_back({backward ? -bounds.earliest : bounds.latest, 0});
    result.parent.push_back(bound);
  }
  const DistanceGraph& graph = graph_of(network, backward);
  std::vector<char> queued;
  queued.assign(n, char{0});
  std::vector<PointId> queue;
  std::vector<PointId> ordered;
  const bool smallest = ties == Ties::smallest_constraint;
  const auto relax_from = [&](PointId u, std::uint32_t component, bool queue_inside) {
    const Weight base = result.distance[u];
    for (const Arc& arc : graph.out(u)) {
      if (network.is_disabled(arc.constraint())) continue;
      const PointId v = arc.target;
      const Weight candidate = base + arc.weight();
      if (!(candidate < result.distance[v])) {
        // Pushes from other components all come before v's own component is settled.
        if (smallest && candidate == result.distance[v] && arc.constraint() < result.parent[v] &&
            (queue_inside ? components.of[v] != component : v != u))
          result.parent[v] = arc.constraint();
        continue;
      }
      result.distance[v] = candidate;
      result.parent[v] = arc.constraint();
      if (queue_inside && components.of[v] == component && !queued[v])
        queue.push_back(v), queued[v] = 1;
    }
  };
  // Points come in component order, which follows time only loosely (events without stated times
  // are numbered last), so the loop below waits on memory. Warm the cache in three stages for
  // the points a few steps ahead: their row bounds, then their arcs, then their arcs' targets.
  const auto members = static_cast<std::ptrdiff_t>(components.members.size());
  const auto ahead = [&](std::uint32_t first, std::ptrdiff_t steps) -> const PointId* {
    const std::ptrdiff_t at = backward ? first + steps : first - steps;
    return at >= 0 && at < members ? &components.members[static_cast<std::size_t>(at)] : nullptr;
  };
  const auto warm = [&](std::uint32_t first) __attribute__((always_inline)) {
    if (const PointId* far = ahead(first, 24)) {
      __builtin_prefetch(&graph.begin[*far]);
      __builtin_prefetch(&result.distance[*far]);
    }
    if (const PointId* mid = ahead(first, 12))
      __builtin_prefetch(graph.arcs.data() + graph.begin[*mid]);  // may be one past the end
    if (const PointId* near = ahead(first, 6))
      for (const Arc& arc : graph.out(*near)) __builtin_prefetch(&result.distance[arc.target], 1);
  };
  const auto count = static_cast<std::uint32_t>(components.begin.size() - 1);
  for (std::uint32_t step = 0; step < count; ++step) {
    // Forward edges run to lower component ids, reversed ones to higher: visit sources first.
    const std::uint32_t c = backward ? step : count - 1 - step;
    const std::uint32_t first = components.begin[c];
    const std::uint32_t last = components.begin[c + 1];
    warm(first);
    if (last - first == 1) {
      const PointId u = components.members[first];
      if (!result.distance[u].is_infinite()) relax_from(u, c, false);
      continue;
    }
    queue.clear();
    const std::span<const PointId> inside(components.members.data() + first, last - first);
    if (smallest) stable_order(network, inside, ordered);
    for (const PointId u : smallest ? std::span<const PointId>(ordered) : inside)
      if (!result.distance[u].is_infinite()) queue.push_back(u), queued[u] = 1;
    for (std::size_t head = 0; head < queue.size(); ++head) {
      const PointId u = queue[head];
      queued[u] = 0;
      relax_from(u, c, true);
    }
  }
}

std::optional<std::vector<ConstraintId>> cycle_through_origin(const NetworkData& network,
                                                              const Propagation& forward) {
  for (PointId point = 1; point < network.point_count(); ++point) {
    const ConstraintId bound = NetworkData::earliest_bound(point);
    if (!network.has_earliest(point) || network.is_disabled(bound)) continue;
    const Weight latest = forward.distance[point];
    if (latest.is_infinite()) continue;
    const Weight around = latest + Weight{-network.stated[point - 1].earliest, 0};
    if (!around.below_zero()) continue;
    std::vector<ConstraintId> cycle{bound};
    for (PointId at = point; at != origin_point;) {
      cycle.push_back(forward.parent[at]);
      at = network.constraint(forward.parent[at]).from;
    }
    std::reverse(cycle.begin(), cycle.end());
    return cycle;
  }
  return std::nullopt;
}

}  // namespace chronograph::detail
