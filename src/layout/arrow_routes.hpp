#pragma once
// Internal: relation arrows between timeline marks, routed around labels.

#include <cstdint>
#include <map>
#include <span>
#include <unordered_map>
#include <vector>

#include "chronograph/layout.hpp"

namespace chronograph::detail {

// Boxes bucketed in a grid of square cells, so a segment meets only the boxes near it.
class BoxIndex {
 public:
  explicit BoxIndex(std::vector<Box> boxes, double cell = 64);
  // Starts counting a new route: every box counts once per route.
  void new_route() const { ++stamp_; }
  // Boxes not yet counted in this route whose interior the axis-parallel segment passes through.
  [[nodiscard]] std::size_t crossed(PathPoint a, PathPoint b) const;
  // Boxes meeting the x range [x0, x1] and the y range [y0, y1], in index order.
  [[nodiscard]] std::vector<Box> near(double x0, double x1, double y0, double y1) const;
  // Boxes looked at so far by crossed() and near(): the work, for tests that prove it linear.
  [[nodiscard]] std::size_t work() const { return work_; }

 private:
  [[nodiscard]] std::vector<std::uint64_t> cell_keys(const Box& area) const;
  template <typename Visit>
  void visit_cells(const Box& area, Visit&& visit) const;

  std::vector<Box> boxes_;
  double cell_ = 64;
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> cells_;
  mutable std::vector<std::uint32_t> seen_;
  mutable std::uint32_t stamp_ = 0;
  mutable std::size_t work_ = 0;
};

// Segments of routes already chosen, by the line they run on, to find where a new route would
// run along one of them. Each line keeps the union of its runs as disjoint intervals, so a query
// looks only at the intervals it overlaps: 10,000 arrows in one corridor cost n log n, not n².
class RunIndex {
 public:
  void add(std::span<const PathPoint> route);
  // Length along which the segment runs on top of (within 2 units of) an added one.
  [[nodiscard]] double shared(PathPoint a, PathPoint b) const;

 private:
  using Intervals = std::map<double, double>;  // start → end, disjoint
  static void insert(Intervals& line, double lo, double hi);
  static double overlap(const Intervals& line, double lo, double hi);
  std::map<double, Intervals> horizontal_;  // y → union of [x0, x1]
  std::map<double, Intervals> vertical_;    // x → union of [y0, y1]
};

// What a route should stay clear of, and where it may run freely.
struct RouteField {
  const BoxIndex& labels;             // crossing one of these costs most
  const BoxIndex& marks;              // then these
  std::span<const double> channels;   // y of horizontal corridors free of labels, sorted
  const RunIndex* earlier = nullptr;  // routes already drawn: better not run along them
};

// Arrows for explicit (not implied) before / after / supersedes relations between drawn events,
// in relation order. Statements with the same ends and type become one arrow (`count`). Marks
// more than `stub_reach` apart vertically get stubs without a search; the others are routed by
// route_arrow and become stubs when the best route still crosses a label or detours far.
std::vector<RelationArrow> relation_arrows(const EventGraph& graph,
                                           std::span<const EventMark> marks,
                                           const RouteField& field);

// Tries orthogonal routes between a few ports on the two marks' edges: straight or with one
// vertical (at several x between the marks), L-shaped, and through each nearby channel; when all
// of those cross a label, also out along a channel next to one mark, down a vertical beside a
// nearby box, and along a channel next to the other. Keeps the one crossing the fewest labels,
// then running the shortest way along earlier arrows, then crossing the fewest marks, then the
// shortest (a bend costs 16 units); ties keep the first tried.
// Fills x1, y1, x2, y2, route and label_crossings.
void route_arrow(RelationArrow& arrow, const Box& from, const Box& to, const RouteField& field);

// Beyond this vertical distance between two marks an arrow is drawn as stubs: a route would cross
// many rows (and cost a search over all of them) to say what two tooltips say better.
inline constexpr double stub_reach = 480;

// The two stubs of an arrow between `from` and `to` (route and to_stub), each placed in the
// corridor beside its mark where it crosses the fewest labels.
void stub_arrow(RelationArrow& arrow, const Box& from, const Box& to, const RouteField& field);

// How many of `boxes` some segment of `route` passes through (interiors; each box once).
std::size_t route_crossings(std::span<const PathPoint> route, std::span<const Box> boxes);

}  // namespace chronograph::detail
