#include "layout/arrow_routes.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace chronograph::detail {

namespace {

constexpr double lead = 10;           // straight run out of a side port, longer than an arrowhead
constexpr double bend_cost = 16;      // a bend is worth this much extra length
constexpr double channel_reach = 80;  // channels this far beyond both ends are tried

Box segment_box(PathPoint a, PathPoint b) {
  return {std::min(a.x, b.x), std::min(a.y, b.y), std::abs(b.x - a.x), std::abs(b.y - a.y)};
}

enum class Side { left, right, top, bottom };

struct Port {
  PathPoint at;
  Side side = Side::right;
};

// Where the route leaves a port: straight out of a side, or the port itself for top and bottom.
PathPoint lead_point(const Port& port) {
  switch (port.side) {
    case Side::left:
      return {port.at.x - lead, port.at.y};
    case Side::right:
      return {port.at.x + lead, port.at.y};
    default:
      return port.at;
  }
}

// A top port can only be left upwards, a bottom port downwards.
bool leaves_towards(const Port& port, double y) {
  if (port.side == Side::top) return y <= port.at.y;
  if (port.side == Side::bottom) return y >= port.at.y;
  return true;
}

std::vector<PathPoint> simplified(std::vector<PathPoint> points) {
  std::vector<PathPoint> out;
  for (const PathPoint& point : points) {
    if (!out.empty() && std::abs(out.back().x - point.x) < 1e-6 &&
        std::abs(out.back().y - point.y) < 1e-6)
      continue;
    if (out.size() >= 2) {
      const PathPoint& a = out[out.size() - 2];
      const PathPoint& b = out.back();
      const bool same_x = std::abs(a.x - b.x) < 1e-6 && std::abs(b.x - point.x) < 1e-6;
      const bool same_y = std::abs(a.y - b.y) < 1e-6 && std::abs(b.y - point.y) < 1e-6;
      if (same_x || same_y) out.pop_back();
    }
    out.push_back(point);
  }
  return out;
}

struct Cost {
  std::size_t labels = 0;
  double shared = 0;
  std::size_t marks = 0;
  double length = 0;
  bool operator<(const Cost& other) const {
    if (labels != other.labels) return labels < other.labels;
    if (std::abs(shared - other.shared) > 1e-9) return shared < other.shared;
    if (marks != other.marks) return marks < other.marks;
    return length < other.length - 1e-9;
  }
};

// The route's cost; stops early (with a cost already worse) once it crosses more labels than
// `bound`, since labels decide first.
Cost cost_of(std::span<const PathPoint> route, const RouteField& field,
             const Cost* bound = nullptr) {
  Cost cost;
  field.labels.new_route();
  field.marks.new_route();
  for (std::size_t i = 0; i + 1 < route.size(); ++i) {
    cost.labels += field.labels.crossed(route[i], route[i + 1]);
    if (bound != nullptr && cost.labels > bound->labels) return cost;
    cost.marks += field.marks.crossed(route[i], route[i + 1]);
    cost.length += std::abs(route[i + 1].x - route[i].x) + std::abs(route[i + 1].y - route[i].y);
    if (field.earlier != nullptr) cost.shared += field.earlier->shared(route[i], route[i + 1]);
  }
  cost.length += bend_cost * static_cast<double>(route.size() > 2 ? route.size() - 2 : 0);
  return cost;
}

std::vector<Port> ports(const Box& box, bool source, RelationType type) {
  const double mid = box.y + box.height / 2;
  // Both ends of the top and bottom edge, so a route can enter beside a label inside the bar
  // instead of through it; a diamond has one place.
  std::vector<double> xs{box.x + box.width / 2};
  if (box.width > 8) {
    const bool from_end = source && type != RelationType::supersedes;
    xs = from_end ? std::vector<double>{box.right() - 2, box.x + 2}
                  : std::vector<double>{box.x + 2, box.right() - 2};
  }
  std::vector<Port> out;
  if (source && type != RelationType::supersedes) out.push_back({{box.right(), mid}, Side::right});
  if (!source) out.push_back({{box.x, mid}, Side::left});
  for (const double x : xs) {
    out.push_back({{x, box.y}, Side::top});
    out.push_back({{x, box.bottom()}, Side::bottom});
  }
  return out;
}

// The channels just above and just below a box.
std::vector<double> channels_beside(const Box& box, std::span<const double> channels) {
  std::vector<double> out;
  const auto below = std::lower_bound(channels.begin(), channels.end(), box.bottom());
  if (below != channels.begin()) {
    const auto above = std::upper_bound(channels.begin(), below, box.y);
    if (above != channels.begin()) out.push_back(*(above - 1));
  }
  if (below != channels.end()) out.push_back(*below);
  return out;
}

}  // namespace

BoxIndex::BoxIndex(std::vector<Box> boxes, double cell)
    : boxes_(std::move(boxes)), cell_(cell), seen_(boxes_.size(), 0) {
  for (std::size_t i = 0; i < boxes_.size(); ++i)
    for (const std::uint64_t key : cell_keys(boxes_[i]))
      cells_[key].push_back(static_cast<std::uint32_t>(i));
}

std::vector<std::uint64_t> BoxIndex::cell_keys(const Box& area) const {
  const auto cell_of = [&](double value) {
    return static_cast<std::int64_t>(std::floor(value / cell_));
  };
  std::vector<std::uint64_t> keys;
  for (std::int64_t cx = cell_of(area.x); cx <= cell_of(area.right()); ++cx)
    for (std::int64_t cy = cell_of(area.y); cy <= cell_of(area.bottom()); ++cy)
      keys.push_back((static_cast<std::uint64_t>(cx) << 32) ^ static_cast<std::uint32_t>(cy));
  return keys;
}

template <typename Visit>
void BoxIndex::visit_cells(const Box& area, Visit&& visit) const {
  const auto cell_of = [&](double value) {
    return static_cast<std::int64_t>(std::floor(value / cell_));
  };
  for (std::int64_t cx = cell_of(area.x); cx <= cell_of(area.right()); ++cx)
    for (std::int64_t cy = cell_of(area.y); cy <= cell_of(area.bottom()); ++cy) {
      const auto it =
          cells_.find((static_cast<std::uint64_t>(cx) << 32) ^ static_cast<std::uint32_t>(cy));
      if (it != cells_.end()) visit(it->second);
    }
}

std::vector<Box> BoxIndex::near(double x0, double x1, double y0, double y1) const {
  std::vector<std::uint32_t> found;
  visit_cells({x0, y0, x1 - x0, y1 - y0}, [&](const std::vector<std::uint32_t>& members) {
    work_ += members.size();
    for (const std::uint32_t i : members)
      if (boxes_[i].x <= x1 && boxes_[i].right() >= x0 && boxes_[i].y <= y1 &&
          boxes_[i].bottom() >= y0)
        found.push_back(i);
  });
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  std::vector<Box> out;
  for (const std::uint32_t i : found) out.push_back(boxes_[i]);
  return out;
}

std::size_t BoxIndex::crossed(PathPoint a, PathPoint b) const {
  const Box segment = segment_box(a, b);
  std::size_t count = 0;
  visit_cells(segment, [&](const std::vector<std::uint32_t>& members) {
    work_ += members.size() + 1;
    for (const std::uint32_t i : members) {
      if (seen_[i] == stamp_ || !intersects(segment, boxes_[i])) continue;
      seen_[i] = stamp_;
      ++count;
    }
  });
  return count;
}

void RunIndex::insert(Intervals& line, double lo, double hi) {
  auto it = line.upper_bound(lo);
  if (it != line.begin() && std::prev(it)->second >= lo) --it;
  while (it != line.end() && it->first <= hi) {
    lo = std::min(lo, it->first);
    hi = std::max(hi, it->second);
    it = line.erase(it);
  }
  line.emplace(lo, hi);
}

double RunIndex::overlap(const Intervals& line, double lo, double hi) {
  auto it = line.upper_bound(lo);
  if (it != line.begin()) --it;
  double total = 0;
  for (; it != line.end() && it->first < hi; ++it)
    total += std::max(0.0, std::min(hi, it->second) - std::max(lo, it->first));
  return total;
}

void RunIndex::add(std::span<const PathPoint> route) {
  for (std::size_t i = 0; i + 1 < route.size(); ++i) {
    const PathPoint a = route[i], b = route[i + 1];
    if (a.y == b.y) insert(horizontal_[a.y], std::min(a.x, b.x), std::max(a.x, b.x));
    if (a.x == b.x) insert(vertical_[a.x], std::min(a.y, b.y), std::max(a.y, b.y));
  }
}

double RunIndex::shared(PathPoint a, PathPoint b) const {
  constexpr double near = 2;
  const auto along = [&](const std::map<double, Intervals>& lines, double line, double lo,
                         double hi) {
    double total = 0;
    for (auto it = lines.lower_bound(line - near); it != lines.end() && it->first < line + near;
         ++it)
      total += overlap(it->second, lo, hi);
    return total;
  };
  if (a.y == b.y) return along(horizontal_, a.y, std::min(a.x, b.x), std::max(a.x, b.x));
  if (a.x == b.x) return along(vertical_, a.x, std::min(a.y, b.y), std::max(a.y, b.y));
  return 0;
}

namespace {

void finish(RelationArrow& arrow, std::vector<PathPoint> route, const RouteField& field) {
  arrow.route = std::move(route);
  arrow.x1 = arrow.route.front().x;
  arrow.y1 = arrow.route.front().y;
  arrow.x2 = arrow.route.back().x;
  arrow.y2 = arrow.route.back().y;
  arrow.label_crossings = cost_of(arrow.route, field).labels;
}

}  // namespace

void route_arrow(RelationArrow& arrow, const Box& from, const Box& to, const RouteField& field) {
  std::vector<PathPoint> best;
  Cost best_cost;
  const auto consider = [&](std::vector<PathPoint> points) {
    std::vector<PathPoint> route = simplified(std::move(points));
    const Cost cost = cost_of(route, field, best.empty() ? nullptr : &best_cost);
    if (best.empty() || cost < best_cost) {
      best = std::move(route);
      best_cost = cost;
    }
  };
  const std::vector<Port> sources = ports(from, true, arrow.type);
  const std::vector<Port> targets = ports(to, false, arrow.type);
  // Corridors within reach of either mark (not every one between two far-apart rows).
  std::vector<double> nearby;
  for (const Box* box : {&from, &to}) {
    const auto first =
        std::lower_bound(field.channels.begin(), field.channels.end(), box->y - channel_reach);
    const auto last = std::upper_bound(first, field.channels.end(), box->bottom() + channel_reach);
    nearby.insert(nearby.end(), first, last);
  }
  std::sort(nearby.begin(), nearby.end());
  nearby.erase(std::unique(nearby.begin(), nearby.end()), nearby.end());
  for (const Port& s : sources)
    for (const Port& t : targets) {
      const PathPoint a = lead_point(s);
      const PathPoint b = lead_point(t);
      const bool sideways = s.side == Side::right && t.side == Side::left;
      if (sideways && b.x >= a.x) {
        // One vertical somewhere between the marks (none when they share a row).
        constexpr int steps = 8;
        for (int k = 0; k <= steps; ++k) {
          const double x = a.x + (b.x - a.x) * k / steps;
          consider({s.at, {x, s.at.y}, {x, t.at.y}, t.at});
        }
      }
      // L-shapes: along one mark's row, then straight into or out of the other's top or bottom.
      if (s.side == Side::right && t.side != Side::left && t.at.x >= a.x &&
          leaves_towards(t, s.at.y))
        consider({s.at, {t.at.x, s.at.y}, t.at});
      if (s.side != Side::right && t.side == Side::left && s.at.x + 4 <= t.at.x &&
          leaves_towards(s, t.at.y))
        consider({s.at, {s.at.x, t.at.y}, t.at});
      // Through a corridor between rows.
      for (const double y : nearby) {
        if (!leaves_towards(s, y) || !leaves_towards(t, y)) continue;
        consider({s.at, a, {a.x, y}, {b.x, y}, b, t.at});
      }
    }
  if (best.empty()) best = {sources.front().at, targets.front().at};
  if (best_cost.labels == 0) {
    finish(arrow, std::move(best), field);
    return;
  }

  // Two corridors joined by a vertical beside some box near the middle: only when nothing simpler
  // is clear, and only between marks at most `span` apart vertically (beyond that every vertical
  // meets many rows, and the search would cost more than the crossing it might save).
  constexpr double reach = 240;
  constexpr double span = 1000;
  constexpr std::size_t max_verticals = 24;
  const double centre = (from.right() + to.x) / 2;
  for (const double y1 : channels_beside(from, field.channels))
    for (const double y2 : channels_beside(to, field.channels)) {
      const double y_lo = std::min(y1, y2);
      const double y_hi = std::max(y1, y2);
      if (y_hi - y_lo > span) continue;
      std::vector<double> xs;
      for (const BoxIndex* index : {&field.labels, &field.marks})
        for (const Box& box : index->near(centre - reach, centre + reach, y_lo, y_hi)) {
          xs.push_back(box.x - 3);
          xs.push_back(box.right() + 3);
        }
      // Nearest the middle first; equal distances by x, so the order is total.
      const auto nearer = [&](double p, double q) {
        return std::pair{std::abs(p - centre), p} < std::pair{std::abs(q - centre), q};
      };
      const std::size_t keep = std::min(xs.size(), max_verticals);
      std::partial_sort(xs.begin(), xs.begin() + static_cast<std::ptrdiff_t>(keep), xs.end(),
                        nearer);
      xs.resize(keep);
      const std::span<const Port> few_sources(sources.data(),
                                              std::min<std::size_t>(3, sources.size()));
      const std::span<const Port> few_targets(targets.data(),
                                              std::min<std::size_t>(3, targets.size()));
      for (const Port& s : few_sources)
        for (const Port& t : few_targets) {
          if (!leaves_towards(s, y1) || !leaves_towards(t, y2)) continue;
          const PathPoint a = lead_point(s);
          const PathPoint b = lead_point(t);
          for (const double x : xs)
            consider({s.at, a, {a.x, y1}, {x, y1}, {x, y2}, {b.x, y2}, b, t.at});
        }
    }
  finish(arrow, std::move(best), field);
}

namespace {

constexpr double stub_length = 12;  // the stub's run along its corridor, arrowhead included

// The corridor just above (or below) a box: where its stub runs. A box with no corridor near it
// (the last row of the page) keeps a stub's length clear of itself instead.
double corridor_beside(const Box& box, std::span<const double> channels, bool below) {
  const std::vector<double> beside = channels_beside(box, channels);
  for (const double y : beside)
    if (below ? y >= box.bottom() && y - box.bottom() < 12 : y <= box.y && box.y - y < 12) return y;
  return below ? box.bottom() + 4 : box.y - 4;
}

// The stub leaving `box` (towards later times, to the right) or entering it (from the left),
// in the corridor above or below, whichever crosses fewer labels.
std::vector<PathPoint> best_stub(const Box& box, bool leaving, const RouteField& field) {
  const double x = box.width > 8 ? (leaving ? box.right() - 2 : box.x + 2) : box.x + box.width / 2;
  std::vector<PathPoint> best;
  Cost best_cost;
  for (const bool below : {true, false}) {
    const double edge = below ? box.bottom() : box.y;
    const double y = corridor_beside(box, field.channels, below);
    std::vector<PathPoint> stub =
        leaving ? std::vector<PathPoint>{{x, edge}, {x, y}, {x + stub_length, y}}
                : std::vector<PathPoint>{{x - stub_length, y}, {x, y}, {x, edge}};
    const Cost cost = cost_of(stub, field);
    if (best.empty() || cost < best_cost) {
      best = std::move(stub);
      best_cost = cost;
    }
  }
  return best;
}

// A route that runs far out of its way: more than twice the distance between its ends plus a few
// rows. Stubs read better than a line the eye must follow across the page.
bool detours(const RelationArrow& arrow) {
  double length = 0;
  for (std::size_t i = 0; i + 1 < arrow.route.size(); ++i)
    length += std::abs(arrow.route[i + 1].x - arrow.route[i].x) +
              std::abs(arrow.route[i + 1].y - arrow.route[i].y);
  const double direct = std::abs(arrow.x2 - arrow.x1) + std::abs(arrow.y2 - arrow.y1);
  return length > 2 * direct + 160;
}

struct ArrowKey {
  NodeId from, to;
  RelationType type;
  auto operator<=>(const ArrowKey&) const = default;
};

}  // namespace

void stub_arrow(RelationArrow& arrow, const Box& from, const Box& to, const RouteField& field) {
  arrow.form = ArrowForm::stubs;
  arrow.route = best_stub(from, true, field);
  arrow.to_stub = best_stub(to, false, field);
  arrow.x1 = arrow.route.front().x;
  arrow.y1 = arrow.route.front().y;
  arrow.x2 = arrow.to_stub.back().x;
  arrow.y2 = arrow.to_stub.back().y;
  arrow.label_crossings = cost_of(arrow.route, field).labels + cost_of(arrow.to_stub, field).labels;
}

std::vector<RelationArrow> relation_arrows(const EventGraph& graph,
                                           std::span<const EventMark> marks,
                                           const RouteField& field) {
  std::vector<RelationArrow> arrows;
  RunIndex earlier;
  std::map<NodeId, std::size_t> mark_of;
  std::map<ArrowKey, std::size_t> drawn;  // parallel statements share one arrow
  for (std::size_t i = 0; i < marks.size(); ++i) mark_of.emplace(marks[i].event, i);
  for (const Relation& relation : graph.stored_relations()) {
    const bool ordering = relation.type == RelationType::before ||
                          relation.type == RelationType::after ||
                          relation.type == RelationType::supersedes;
    if (relation.implied || !ordering) continue;
    const auto from = mark_of.find(relation.from);
    const auto to = mark_of.find(relation.to);
    if (from == mark_of.end() || to == mark_of.end() || from->second == to->second) continue;
    const bool reversed = relation.type == RelationType::after;
    const EventMark& a = marks[reversed ? to->second : from->second];
    const EventMark& b = marks[reversed ? from->second : to->second];
    const RelationType type = reversed ? RelationType::before : relation.type;
    const auto [same, fresh] = drawn.emplace(ArrowKey{a.event, b.event, type}, arrows.size());
    if (!fresh) {
      ++arrows[same->second].count;
      continue;
    }
    RelationArrow arrow{a.event, b.event, type, relation.sequence};
    const double apart = std::abs((a.box.y + a.box.bottom()) - (b.box.y + b.box.bottom())) / 2;
    if (apart <= stub_reach) {
      RouteField with_earlier = field;
      with_earlier.earlier = &earlier;
      route_arrow(arrow, a.box, b.box, with_earlier);
    }
    if (apart > stub_reach || arrow.label_crossings > 0 || detours(arrow))
      stub_arrow(arrow, a.box, b.box, field);
    earlier.add(arrow.route);
    if (arrow.form == ArrowForm::stubs) earlier.add(arrow.to_stub);
    arrows.push_back(std::move(arrow));
  }
  return arrows;
}

std::size_t route_crossings(std::span<const PathPoint> route, std::span<const Box> boxes) {
  std::size_t count = 0;
  for (const Box& box : boxes)
    for (std::size_t i = 0; i + 1 < route.size(); ++i)
      if (intersects(segment_box(route[i], route[i + 1]), box)) {
        ++count;
        break;
      }
  return count;
}

}  // namespace chronograph::detail
