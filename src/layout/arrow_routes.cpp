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

// Length along which two axis-parallel segments run on top of each other (within 2 units).
double shared_length(PathPoint a, PathPoint b, PathPoint c, PathPoint d) {
  constexpr double near = 2;
  const auto overlap = [](double a0, double a1, double b0, double b1) {
    return std::max(0.0, std::min(std::max(a0, a1), std::max(b0, b1)) -
                             std::max(std::min(a0, a1), std::min(b0, b1)));
  };
  if (a.y == b.y && c.y == d.y && std::abs(a.y - c.y) < near) return overlap(a.x, b.x, c.x, d.x);
  if (a.x == b.x && c.x == d.x && std::abs(a.x - c.x) < near) return overlap(a.y, b.y, c.y, d.y);
  return 0;
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

Cost cost_of(std::span<const PathPoint> route, const RouteField& field) {
  Cost cost;
  field.labels.new_route();
  field.marks.new_route();
  for (std::size_t i = 0; i + 1 < route.size(); ++i) {
    cost.labels += field.labels.crossed(route[i], route[i + 1]);
    cost.marks += field.marks.crossed(route[i], route[i + 1]);
    cost.length += std::abs(route[i + 1].x - route[i].x) + std::abs(route[i + 1].y - route[i].y);
    for (const RelationArrow& other : field.earlier)
      for (std::size_t k = 0; k + 1 < other.route.size(); ++k)
        cost.shared += shared_length(route[i], route[i + 1], other.route[k], other.route[k + 1]);
  }
  cost.length += bend_cost * static_cast<double>(route.size() > 2 ? route.size() - 2 : 0);
  return cost;
}

std::vector<Port> ports(const Box& box, bool source, RelationType type) {
  const double mid = box.y + box.height / 2;
  // Several places along the top and bottom edge, so a route can enter beside a label inside the
  // bar instead of through it; a diamond has one.
  std::vector<double> xs{box.x + box.width / 2};
  if (box.width > 8) {
    const bool from_end = source && type != RelationType::supersedes;
    xs = from_end ? std::vector<double>{box.right() - 2, box.right() - 6, box.x + box.width / 2,
                                        box.x + 2}
                  : std::vector<double>{box.x + 2, box.x + std::min(box.width / 2, 12.0),
                                        box.x + box.width / 2, box.right() - 2};
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

BoxIndex::BoxIndex(std::vector<Box> boxes, double cell_width)
    : boxes_(std::move(boxes)), cell_width_(cell_width), seen_(boxes_.size(), 0) {
  if (boxes_.empty()) return;
  origin_ = boxes_.front().x;
  double end = boxes_.front().right();
  for (const Box& box : boxes_) {
    origin_ = std::min(origin_, box.x);
    end = std::max(end, box.right());
  }
  cells_.resize(static_cast<std::size_t>((end - origin_) / cell_width_) + 1);
  for (std::size_t i = 0; i < boxes_.size(); ++i) {
    const auto first = static_cast<std::size_t>((boxes_[i].x - origin_) / cell_width_);
    const auto last = static_cast<std::size_t>((boxes_[i].right() - origin_) / cell_width_);
    for (std::size_t cell = first; cell <= last && cell < cells_.size(); ++cell)
      cells_[cell].push_back(static_cast<std::uint32_t>(i));
  }
}

std::vector<Box> BoxIndex::near(double x0, double x1, double y0, double y1) const {
  std::vector<std::uint32_t> found;
  if (cells_.empty() || x1 < origin_) return {};
  const auto first = static_cast<std::size_t>(std::max(x0 - origin_, 0.0) / cell_width_);
  const auto last =
      std::min(static_cast<std::size_t>((x1 - origin_) / cell_width_), cells_.size() - 1);
  for (std::size_t cell = first; cell <= last; ++cell)
    for (const std::uint32_t i : cells_[cell])
      if (boxes_[i].x <= x1 && boxes_[i].right() >= x0 && boxes_[i].y <= y1 &&
          boxes_[i].bottom() >= y0)
        found.push_back(i);
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  std::vector<Box> out;
  for (const std::uint32_t i : found) out.push_back(boxes_[i]);
  return out;
}

std::size_t BoxIndex::crossed(PathPoint a, PathPoint b) const {
  if (cells_.empty()) return 0;
  const Box segment = segment_box(a, b);
  const double lo = std::max(segment.x - origin_, 0.0);
  const double hi = segment.right() - origin_;
  if (hi < 0) return 0;
  const auto first = static_cast<std::size_t>(lo / cell_width_);
  const auto last = std::min(static_cast<std::size_t>(hi / cell_width_), cells_.size() - 1);
  std::size_t count = 0;
  for (std::size_t cell = first; cell <= last; ++cell)
    for (const std::uint32_t i : cells_[cell]) {
      if (seen_[i] == stamp_ || !intersects(segment, boxes_[i])) continue;
      seen_[i] = stamp_;
      ++count;
    }
  return count;
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
    const Cost cost = cost_of(route, field);
    if (best.empty() || cost < best_cost) {
      best = std::move(route);
      best_cost = cost;
    }
  };
  const std::vector<Port> sources = ports(from, true, arrow.type);
  const std::vector<Port> targets = ports(to, false, arrow.type);
  const double top = std::min(from.y, to.y) - channel_reach;
  const double bottom = std::max(from.bottom(), to.bottom()) + channel_reach;
  const auto first_channel = std::lower_bound(field.channels.begin(), field.channels.end(), top);
  const auto last_channel = std::upper_bound(first_channel, field.channels.end(), bottom);
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
      for (auto channel = first_channel; channel != last_channel; ++channel) {
        const double y = *channel;
        if (!leaves_towards(s, y) || !leaves_towards(t, y)) continue;
        consider({s.at, a, {a.x, y}, {b.x, y}, b, t.at});
      }
    }
  if (best.empty()) best = {sources.front().at, targets.front().at};
  if (best_cost.labels == 0) {
    finish(arrow, std::move(best), field);
    return;
  }

  // Two corridors joined by a vertical beside some nearby box: only when nothing simpler is clear.
  constexpr double reach = 240;
  constexpr std::size_t max_verticals = 24;
  for (const double y1 : channels_beside(from, field.channels))
    for (const double y2 : channels_beside(to, field.channels)) {
      const double x_lo = std::min(from.x, to.x) - reach;
      const double x_hi = std::max(from.right(), to.right()) + reach;
      const double y_lo = std::min(y1, y2);
      const double y_hi = std::max(y1, y2);
      std::vector<double> xs;
      for (const BoxIndex* index : {&field.labels, &field.marks})
        for (const Box& box : index->near(x_lo, x_hi, y_lo, y_hi)) {
          xs.push_back(box.x - 3);
          xs.push_back(box.right() + 3);
        }
      const double centre = (from.right() + to.x) / 2;
      std::stable_sort(xs.begin(), xs.end(), [&](double p, double q) {
        return std::abs(p - centre) < std::abs(q - centre);
      });
      if (xs.size() > max_verticals) xs.resize(max_verticals);
      for (const Port& s : sources)
        for (const Port& t : targets) {
          if (!leaves_towards(s, y1) || !leaves_towards(t, y2)) continue;
          const PathPoint a = lead_point(s);
          const PathPoint b = lead_point(t);
          for (const double x : xs)
            consider({s.at, a, {a.x, y1}, {x, y1}, {x, y2}, {b.x, y2}, b, t.at});
        }
    }
  finish(arrow, std::move(best), field);
}

std::vector<RelationArrow> relation_arrows(const EventGraph& graph,
                                           std::span<const EventMark> marks,
                                           const RouteField& field) {
  std::vector<RelationArrow> arrows;
  std::map<NodeId, std::size_t> mark_of;
  for (std::size_t i = 0; i < marks.size(); ++i) mark_of.emplace(marks[i].event, i);
  for (const Relation& relation : graph.relations()) {
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
    RelationArrow arrow{a.event, b.event, reversed ? RelationType::before : relation.type};
    RouteField with_earlier = field;
    with_earlier.earlier = arrows;
    route_arrow(arrow, a.box, b.box, with_earlier);
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
