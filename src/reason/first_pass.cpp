#include "reason/first_pass.hpp"

#include <algorithm>
#include <span>
#include <tuple>
#include <vector>

namespace chronograph::detail {

namespace {

constexpr std::uint32_t unvisited = no_index;

// Tarjan's bookkeeping for a point the depth-first search enters. Whether a point is completed is
// Components::of; points completed at once (settle_alone) never get a visit.
struct Visit {
  std::uint32_t order = unvisited;  // DFS discovery number
  std::uint32_t low = 0;            // Tarjan's low link
};

// An arc between two members of one component, reversed: `to` learns from `from`.
struct InsideArc {
  std::uint32_t from;  // index among the component's members
  PointId to;
  Weight weight;
  ConstraintId id;
};

class FirstPass {
 public:
  FirstPass(const NetworkData& network, Components& components, Propagation& backward)
      : network_(network),
        graph_(network.forward),
        components_(components),
        distance_(backward.distance),
        parent_(backward.parent) {}

  bool run() {
    const auto n = static_cast<std::uint32_t>(graph_.point_count());
    visit_.assign(n, Visit{});
    distance_.assign(n, Weight::infinite());
    components_.of.assign(n, unvisited);
    components_.begin.clear();
    components_.begin.reserve(n + 1);
    components_.begin.push_back(0);
    components_.members.clear();
    components_.members.reserve(n);
    components_.cyclic.clear();
    parent_.assign(n, no_index);
    for (PointId root = 0; root < n; ++root) {
      warm(root, n);
      if (completed(root)) continue;  // every search from an earlier root has run to its end
      if (settle_alone(root)) continue;
      discover(root);
      frames_.emplace_back(root, graph_.begin[root]);
      while (!frames_.empty()) {
        auto& [u, next] = frames_.back();
        if (next < graph_.begin[u + 1]) {
          const PointId v = graph_.arcs[next++].target;
          if (completed(v)) continue;
          if (visit_[v].order == unvisited) {
            if (settle_alone(v)) continue;
            discover(v);
            frames_.emplace_back(v, graph_.begin[v]);
          } else {  // still on the stack
            visit_[u].low = std::min(visit_[u].low, visit_[v].order);
          }
          continue;
        }
        const PointId done = u;
        frames_.pop_back();
        if (!frames_.empty()) {
          const PointId parent = frames_.back().first;
          visit_[parent].low = std::min(visit_[parent].low, visit_[done].low);
        }
        if (visit_[done].low == visit_[done].order && !complete(done)) return false;
      }
    }
    return true;
  }

 private:
  [[nodiscard]] bool completed(PointId u) const { return components_.of[u] != unvisited; }

  void discover(PointId u) {
    visit_[u].order = visit_[u].low = discovered_++;
    stack_.push_back(u);
  }

  // A point's earliest bound as it is pulled: its stated one, then each arc out of its component
  // to a settled point; the shortest wins, and among equally short ones the smallest constraint
  // id (the stated bound has the smallest of all).
  struct Pull {
    Weight best = Weight::infinite();
    ConstraintId parent = no_index;

    void offer(Weight settled, const Arc& arc) {
      if (settled.is_infinite()) return;
      const Weight candidate = settled + arc.weight();
      if (candidate < best || (candidate == best && arc.constraint() < parent)) {
        best = candidate;
        parent = arc.constraint();
      }
    }
  };
  [[nodiscard]] Pull start_pull(PointId u) const {
    if (u == origin_point || !network_.has_earliest(u)) return {};
    return {{-network_.stated[u - 1].earliest, 0}, NetworkData::earliest_bound(u)};
  }

  // A point whose arcs all lead to completed components (on time lines almost every point: arcs
  // lead back in time) is a component of its own: Tarjan would scan its arcs, find nothing on the
  // stack and complete it. Do that at once, and pull its earliest bound in the same scan of its
  // arcs: same components, same numbers, same bound as complete() gives. False, with nothing
  // changed, when some arc leads to a point not yet completed (or to itself).
  [[nodiscard]] bool settle_alone(PointId u) {
    Pull pulled = start_pull(u);
    for (const Arc& arc : graph_.out(u)) {
      if (!completed(arc.target)) return false;  // a loop (target = u) too
      pulled.offer(distance_[arc.target], arc);
    }
    const auto c = static_cast<std::uint32_t>(components_.begin.size() - 1);
    components_.of[u] = c;
    components_.members.push_back(u);
    components_.begin.push_back(static_cast<std::uint32_t>(components_.members.size()));
    distance_[u] = pulled.best;
    parent_[u] = pulled.parent;
    return true;
  }

  // Most of the search runs in root order (arcs lead back in time to points already visited), and
  // it waits on memory: fetch the rows, then the arcs' targets, of roots a few steps ahead.
  // Always inlined: a function made only of prefetches looks free of side effects to GCC, which
  // then deletes its calls (__builtin_prefetch touches nothing it can see).
  [[gnu::always_inline]] void warm(PointId root, std::uint32_t n) const {
    if (root + 16 < n) {
      __builtin_prefetch(graph_.arcs.data() + graph_.begin[root + 16]);  // may be one past the end
      __builtin_prefetch(&network_.stated[root + 15]);
    }
    if (root + 8 < n) {
      for (const Arc& arc : graph_.out(root + 8)) {
        __builtin_prefetch(&components_.of[arc.target]);
      }
    }
  }

  // Pops the component rooted at `root` off the stack and settles its earliest bounds.
  bool complete(PointId root) {
    const auto c = static_cast<std::uint32_t>(components_.begin.size() - 1);
    const std::size_t first = components_.members.size();
    PointId member = 0;
    do {
      member = stack_.back();
      stack_.pop_back();
      components_.of[member] = c;
      components_.members.push_back(member);
    } while (member != root);
    components_.begin.push_back(static_cast<std::uint32_t>(components_.members.size()));
    if (components_.members.size() - first == 1) return pull(root, c);
    std::sort(components_.members.begin() + static_cast<std::ptrdiff_t>(first),
              components_.members.end());
    components_.cyclic.push_back(c);
    if (components_.members.size() - first == 2) return settle_pair(c);
    if (cycle_in_component(network_, components_, c, scratch_)) return false;
    return settle_cyclic(c);
  }

  // The commonest cycle by far: two points stated equal (meets, starts, equals…). The same checks
  // and the same queue as cycle_in_component + settle_cyclic, without their general machinery,
  // which cost more than everything else the pass does for such a pair.
  bool settle_pair(std::uint32_t c) {
    const PointId pair[2] = {components_.members[components_.begin[c]],
                             components_.members[components_.begin[c] + 1]};
    // A cycle below zero: a loop, or the shortest arc one way plus the shortest the other.
    Weight shortest[2] = {Weight::infinite(), Weight::infinite()};  // out of pair[0], pair[1]
    for (int i = 0; i < 2; ++i)
      for (const Arc& arc : graph_.out(pair[i])) {
        if (arc.target == pair[i] && arc.weight().below_zero()) return false;
        if (arc.target == pair[1 - i] && arc.weight() < shortest[i]) shortest[i] = arc.weight();
      }
    if ((shortest[0] + shortest[1]).below_zero()) return false;
    pull(pair[0], c);
    pull(pair[1], c);
    // FIFO queue, started in stable_order; a point taken from it tells the other (whose arcs lead
    // to it) in constraint order, and only strict improvements count.
    const auto key = [&](PointId point) {
      return std::pair{network_.events[event_of_point(point)], is_start(point) ? 0 : 1};
    };
    int queue[4];
    int head = 0;
    int tail = 0;
    bool queued[2] = {false, false};
    const int first = key(pair[1]) < key(pair[0]) ? 1 : 0;
    for (const int i : {first, 1 - first})
      if (!distance_[pair[i]].is_infinite()) queue[tail++ % 4] = i, queued[i] = true;
    while (head < tail) {
      const int i = queue[head++ % 4];
      queued[i] = false;
      const int j = 1 - i;
      for (const Arc& arc : graph_.out(pair[j])) {
        if (arc.target != pair[i]) continue;
        const Weight candidate = distance_[pair[i]] + arc.weight();
        if (!(candidate < distance_[pair[j]])) continue;
        distance_[pair[j]] = candidate;
        parent_[pair[j]] = arc.constraint();
        if (!queued[j]) queue[tail++ % 4] = j, queued[j] = true;
      }
    }
    return true;
  }

  // The point's earliest bound from its stated one and from the arcs out of its component, whose
  // targets are all settled (Pull). False on a loop below zero (x < x), which only a lone point
  // can reach here; a larger component was checked as a whole.
  bool pull(PointId u, std::uint32_t c) {
    Pull outside = start_pull(u);
    bool looped = false;
    for (const Arc& arc : graph_.out(u)) {
      const PointId v = arc.target;
      if (v == u) {
        if (arc.weight().below_zero()) return false;
        looped = true;
      }
      if (components_.of[v] != c) outside.offer(distance_[v], arc);
    }
    distance_[u] = outside.best;
    parent_[u] = outside.parent;
    // A lone point with a loop is listed as strong_components_of lists it.
    if (looped && (components_.cyclic.empty() || components_.cyclic.back() != c))
      components_.cyclic.push_back(c);
    return true;
  }

  // A component of several points (equalities, durations): pull what comes from outside, then a
  // FIFO queue inside it that only takes strict improvements (ties inside could close a cycle of
  // parents), started in stable_order, exactly as propagate() runs it.
  bool settle_cyclic(std::uint32_t c) {
    const std::span<const PointId> members(components_.members.data() + components_.begin[c],
                                           components_.begin[c + 1] - components_.begin[c]);
    const auto local = [&](PointId point) {
      return static_cast<std::uint32_t>(std::lower_bound(members.begin(), members.end(), point) -
                                        members.begin());
    };
    for (PointId u : members) pull(u, c);
    // Reversed arcs inside the component grouped by the member they leave (the forward target),
    // each group in constraint order: the order of that member's row in the reversed graph.
    inside_.clear();
    for (PointId x : members)
      for (const Arc& arc : graph_.out(x))
        if (components_.of[arc.target] == c)
          inside_.push_back({local(arc.target), x, arc.weight(), arc.constraint()});
    std::sort(inside_.begin(), inside_.end(), [](const InsideArc& a, const InsideArc& b) {
      return std::tie(a.from, a.id) < std::tie(b.from, b.id);
    });
    row_.assign(members.size() + 1, 0);
    for (const InsideArc& arc : inside_) ++row_[arc.from + 1];
    for (std::size_t i = 0; i < members.size(); ++i) row_[i + 1] += row_[i];
    queued_.assign(members.size(), 0);
    queue_.clear();
    stable_order(network_, members, ordered_);
    for (const PointId point : ordered_) {
      const std::uint32_t i = local(point);
      if (!distance_[point].is_infinite()) queue_.push_back(i), queued_[i] = 1;
    }
    for (std::size_t head = 0; head < queue_.size(); ++head) {
      const std::uint32_t i = queue_[head];
      queued_[i] = 0;
      const Weight base = distance_[members[i]];
      for (std::uint32_t k = row_[i]; k < row_[i + 1]; ++k) {
        const InsideArc& arc = inside_[k];
        const Weight candidate = base + arc.weight;
        Weight& target = distance_[arc.to];
        if (!(candidate < target)) continue;
        target = candidate;
        parent_[arc.to] = arc.id;
        const std::uint32_t j = local(arc.to);
        if (!queued_[j]) queue_.push_back(j), queued_[j] = 1;
      }
    }
    return true;
  }

  const NetworkData& network_;
  const DistanceGraph& graph_;
  Components& components_;
  std::vector<Weight>& distance_;
  std::vector<ConstraintId>& parent_;
  std::vector<Visit> visit_;
  std::uint32_t discovered_ = 0;
  std::vector<PointId> stack_;                             // points not yet in a component
  std::vector<std::pair<PointId, std::uint32_t>> frames_;  // point, next arc to look at
  CycleScratch scratch_;
  std::vector<InsideArc> inside_;
  std::vector<std::uint32_t> row_;
  std::vector<char> queued_;
  std::vector<PointId> ordered_;
  std::vector<std::uint32_t> queue_;
};

}  // namespace

bool components_and_earliest(const NetworkData& network, Components& components,
                             Propagation& backward) {
  if (network.any_disabled) return false;
  return FirstPass(network, components, backward).run();
}

}  // namespace chronograph::detail
